/**
 * A chart and a `<pantau-filter>` that choose values of one column hold one choice (issue 15
 * item 12): the chart publishes under the filter's key, so a bar chosen shows in the filter's
 * control and a value chosen in the filter rings the bar. Under one key neither filters the other
 * (the coordinator leaves the publisher's own clauses out), so nothing loops.
 */

interface FilterLike {
  column?: string;
  type?: string;
  selectionKey?: string;
}

/** Only the filters whose clauses are the same eq / in a mark publishes. */
const CHOICE_TYPES = new Set(['select', 'multi-select']);

/** The key of the choice filter on `column` in `chart`'s dashboard, or null when there is none. */
export function linkedFilterKey(chart: Element, column: string): string | null {
  const wanted = column.trim().toLowerCase();
  if (wanted === '') return null;
  const dashboard = chart.closest('pantau-dashboard');
  if (dashboard === null) return null;
  for (const element of dashboard.querySelectorAll('pantau-filter')) {
    const filter = element as Element & FilterLike;
    // Not yet upgraded: no key to share until it is (its definition comes in the same bundle).
    if (typeof filter.selectionKey !== 'string') continue;
    if (element.closest('pantau-dashboard') !== dashboard) continue;
    if ((filter.column ?? '').trim().toLowerCase() !== wanted) continue;
    if (!CHOICE_TYPES.has((filter.type ?? 'select').trim().toLowerCase())) continue;
    return filter.selectionKey;
  }
  return null;
}
