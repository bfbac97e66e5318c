/**
 * Which columns a widget publishes clauses on, read from its attributes: what the dashboard's
 * pre-aggregation keeps in the small tables it builds for the other widgets. Only the widgets
 * whose marks publish (bars, donut slices, heatmap cells, a line's brush, legend items) say so,
 * each in its own class (`static publishes`); a widget with filter-by="none" is left out (it
 * stands apart from the dashboard's filtering).
 */

import { TRUNC_UNITS, type PublisherColumn, type TruncUnit } from '@pantau/core';

/** What a publishing element's class declares. */
export interface Publishes {
  /** The attributes naming the columns its marks publish on. */
  attributes: readonly string[];
  /** The attribute whose column is published as whole periods of `interval` (brush, period cells). */
  periodOf?: string;
}

function publishesOf(element: Element): Publishes | undefined {
  return (element.constructor as { publishes?: Publishes }).publishes;
}

export function isPublisher(element: Element): boolean {
  return (
    publishesOf(element) !== undefined &&
    (element.getAttribute('filter-by') ?? '').trim().toLowerCase() !== 'none'
  );
}

/**
 * The columns `element` publishes on. A line chart's brush and a heatmap's period cells select
 * whole periods of their `interval`, so their x is kept cut to that period; other columns are
 * published as they are, so they are kept whole.
 */
export function publisherColumns(element: Element): PublisherColumn[] {
  const publishes = publishesOf(element);
  if (publishes === undefined || !isPublisher(element)) return [];
  const out: PublisherColumn[] = [];
  for (const attribute of publishes.attributes) {
    const column = (element.getAttribute(attribute) ?? '').trim();
    if (column === '') continue;
    const interval =
      attribute === publishes.periodOf ? periodOf(element.getAttribute('interval')) : null;
    out.push({ column, interval });
  }
  return out;
}

function periodOf(value: string | null): TruncUnit | null {
  const v = (value ?? '').trim().toLowerCase();
  return (TRUNC_UNITS as readonly string[]).includes(v) ? (v as TruncUnit) : null;
}
