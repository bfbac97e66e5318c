/**
 * A chart and a `<pantau-filter>` that choose values of one column hold one choice (issue 15
 * item 12): the chart publishes under the filter's key, so a bar chosen shows in the filter's
 * control and a value chosen in the filter rings the bar. Under one key neither filters the other
 * (the coordinator leaves the publisher's own clauses out), so nothing loops.
 */

interface FilterLike extends Element {
  column?: string;
  type?: string;
  /** Undefined until the filter is upgraded: no key to share until then (same bundle). */
  selectionKey?: string;
}

/**
 * The key of the select or multi-select filter on `column` in `chart`'s dashboard (only those
 * publish the same eq / in clauses a mark does), or null when there is none.
 */
export function linkedFilterKey(chart: Element, column: string): string | null {
  const dashboard = chart.closest('pantau-dashboard');
  const wanted = column.trim().toLowerCase();
  if (dashboard === null || wanted === '') return null;
  for (const filter of dashboard.querySelectorAll<FilterLike>('pantau-filter')) {
    if (
      filter.selectionKey &&
      filter.column?.trim().toLowerCase() === wanted &&
      /^(multi-)?select$/i.test(filter.type?.trim() ?? '')
    ) {
      return filter.selectionKey;
    }
  }
  return null;
}
