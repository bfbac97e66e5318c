/**
 * Which columns a widget publishes clauses on, read from its attributes: what the dashboard's
 * pre-aggregation keeps in the small tables it builds for the other widgets. Only the widgets
 * whose marks publish (bars, donut slices, heatmap cells, a line's brush, legend items); a
 * widget with filter-by="none" is left out (it stands apart from the dashboard's filtering).
 */

import { TRUNC_UNITS, type PublisherColumn, type TruncUnit } from '@pantau/core';

/** The elements whose marks publish, and the attributes naming the columns they publish on. */
const PUBLISHERS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'pantau-bar-chart': ['x', 'color'],
  'pantau-donut': ['category'],
  'pantau-heatmap': ['y', 'x'],
  'pantau-line-chart': ['x', 'series'],
});

export function isPublisher(element: Element): boolean {
  return (
    Object.hasOwn(PUBLISHERS, element.localName) &&
    (element.getAttribute('filter-by') ?? '').trim().toLowerCase() !== 'none'
  );
}

/**
 * The columns `element` publishes on. A line chart's brush and a heatmap's period cells select
 * whole periods of their `interval`, so their x is kept cut to that period; other columns are
 * published as they are, so they are kept whole.
 */
export function publisherColumns(element: Element): PublisherColumn[] {
  const attributes = PUBLISHERS[element.localName];
  if (attributes === undefined || !isPublisher(element)) return [];
  const out: PublisherColumn[] = [];
  for (const attribute of attributes) {
    const column = (element.getAttribute(attribute) ?? '').trim();
    if (column === '') continue;
    const interval =
      (element.localName === 'pantau-line-chart' || element.localName === 'pantau-heatmap') &&
      attribute === 'x'
        ? periodOf(element.getAttribute('interval'))
        : null;
    out.push({ column, interval });
  }
  return out;
}

function periodOf(value: string | null): TruncUnit | null {
  const v = (value ?? '').trim().toLowerCase();
  return (TRUNC_UNITS as readonly string[]).includes(v) ? (v as TruncUnit) : null;
}
