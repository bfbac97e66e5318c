/**
 * A brushed time range as a filter clause and as words. The range covers whole periods of the
 * chart's interval: it starts at the first period's first instant and ends at the last period's
 * last millisecond, so one clause holds whole months on a DATE column (compared by day: Jan 1 to
 * Mar 31) and on a TIMESTAMP column alike. Dates are wall-clock values as UTC instants, as the
 * line chart's periods are. Pure, so the clause and its label can be tested without a browser.
 */

import {
  PERIOD_NOUNS,
  POINT_NOUN,
  monthName,
  periodIndex,
  periodStart,
  type TimeInterval,
} from '@pantau/charts';
import type { BilingualText, FilterClause, Lang } from '@pantau/core';

export type RangeX = Date | number;

/** The clause for the periods from `first` to `last` (inclusive) of the column `column`. */
export function rangeClause(
  column: string,
  first: RangeX,
  last: RangeX,
  interval: TimeInterval | null,
): FilterClause {
  return { column, predicate: 'between', value: rangeBounds(first, last, interval) };
}

/** [start of the first period, last instant of the last one]; plain values without an interval. */
export function rangeBounds(
  first: RangeX,
  last: RangeX,
  interval: TimeInterval | null,
): [RangeX, RangeX] {
  const [lo, hi] = order(first, last);
  if (!(lo instanceof Date) || !(hi instanceof Date) || interval === null) return [lo, hi];
  return [periodStart(periodIndex(lo, interval), interval), periodEnd(hi, interval)];
}

/** The last millisecond of the period `date` falls in. */
export function periodEnd(date: Date, interval: TimeInterval): Date {
  return new Date(periodStart(periodIndex(date, interval) + 1, interval).getTime() - 1);
}

/** The bounds of this chart's range clause on `column`, or null when it has none. */
export function rangeOf(clauses: readonly FilterClause[], column: string): [RangeX, RangeX] | null {
  const clause = clauses.find(
    (c) => c.predicate === 'between' && c.column.toLowerCase() === column.toLowerCase(),
  );
  if (clause === undefined || !Array.isArray(clause.value) || clause.value.length !== 2) {
    return null;
  }
  const [from, to] = clause.value as unknown[];
  return isRangeX(from) && isRangeX(to) ? [from, to] : null;
}

function isRangeX(value: unknown): value is RangeX {
  return (
    (value instanceof Date && Number.isFinite(value.getTime())) ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function order(a: RangeX, b: RangeX): [RangeX, RangeX] {
  const ka = a instanceof Date ? a.getTime() : a;
  const kb = b instanceof Date ? b.getTime() : b;
  return ka <= kb ? [a, b] : [b, a];
}

/**
 * The range as people write it: "Jan–Mar 2024", "Nov 2023–Feb 2024", "2022–2024",
 * "1–14 Jan 2024" (days and weeks: first to last day), "Mar 2024" for one month.
 * `formatNumber` writes numbers that are not years.
 */
export function rangeText(
  first: RangeX,
  last: RangeX,
  interval: TimeInterval | null,
  lang: Lang,
  formatNumber: (value: number) => string = String,
): string {
  const [lo, hi] = rangeBounds(first, last, interval);
  if (!(lo instanceof Date) || !(hi instanceof Date)) {
    const write = (v: RangeX) =>
      typeof v === 'number' && interval === 'year' ? String(v) : formatNumber(Number(v));
    return lo === hi ? write(lo) : `${write(lo)}–${write(hi)}`;
  }
  const y0 = lo.getUTCFullYear();
  const y1 = hi.getUTCFullYear();
  const m0 = monthName(lo.getUTCMonth(), lang, true);
  const m1 = monthName(hi.getUTCMonth(), lang, true);
  if (interval === 'year') return y0 === y1 ? String(y0) : `${y0}–${y1}`;
  if (interval === 'month') {
    if (y0 !== y1) return `${m0} ${y0}–${m1} ${y1}`;
    return m0 === m1 ? `${m0} ${y0}` : `${m0}–${m1} ${y0}`;
  }
  const d0 = lo.getUTCDate();
  const d1 = hi.getUTCDate();
  if (y0 !== y1) return `${d0} ${m0} ${y0}–${d1} ${m1} ${y1}`;
  if (m0 !== m1) return `${d0} ${m0}–${d1} ${m1} ${y0}`;
  return d0 === d1 ? `${d0} ${m0} ${y0}` : `${d0}–${d1} ${m0} ${y0}`;
}

/** rangeText in both languages, for the dashboard's filter summary. */
export function rangeLabel(
  first: RangeX,
  last: RangeX,
  interval: TimeInterval | null,
  formatNumber: (value: number, lang: Lang) => string,
): BilingualText {
  return {
    id: rangeText(first, last, interval, 'id', (v) => formatNumber(v, 'id')),
    en: rangeText(first, last, interval, 'en', (v) => formatNumber(v, 'en')),
  };
}

/** "3 bulan" / "3 months": how long a range of `count` periods is. */
export function periodCount(count: number, interval: TimeInterval | null, lang: Lang): string {
  const noun = interval === null ? POINT_NOUN : PERIOD_NOUNS[interval];
  return lang === 'id'
    ? `${count} ${noun.id}`
    : `${count} ${count === 1 ? noun.en : noun.enPlural}`;
}
