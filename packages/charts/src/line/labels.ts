/**
 * How a line chart writes its x values and counts: a period ("Agu 2024") for dates, the label
 * formatter for numbers, and "12 bulan" for a count of periods.
 */

import type { SummaryNoun } from '../summary.ts';
import { PERIOD_NOUNS, POINT_NOUN } from '../period-nouns.ts';
import { formatPeriod } from '../time-axis.ts';
import type { ChartContext } from '../types.ts';
import type { LineAxis, LineX } from './data.ts';

/** What one step of the axis is called: its period ("bulan"), or a point. */
export function nounOf(axis: LineAxis): SummaryNoun {
  return axis.interval === null ? POINT_NOUN : PERIOD_NOUNS[axis.interval];
}

/** How an x value is written: a period ("Agu 2024") for dates, the label formatter for numbers. */
export function xLabel(x: LineX, axis: LineAxis, context: ChartContext, long = false): string {
  if (x instanceof Date) return formatPeriod(x, axis.interval ?? 'day', context.lang, long);
  // Years are written as years ("2024"), never with a thousands separator ("2.024").
  if (axis.interval === 'year') return String(x);
  return context.formatLabel ? context.formatLabel(x) : String(x);
}

const DAY_MS = 86_400_000;

/**
 * xLabel for one render, remembering what it wrote: a table and marks label thousands of points,
 * and hourly points share their day's label ("17 Agu 2024"). A date's label is decided by its UTC
 * day alone (formatPeriod reads the UTC year, month and day), so labels are kept per day; numbers
 * per value.
 */
export function xLabeller(
  axis: LineAxis,
  context: ChartContext,
  long = false,
): (x: LineX) => string {
  const byDay = new Map<number, string>();
  const byNumber = new Map<number, string>();
  return (x) => {
    // A Map takes -0 for 0; a label formatter might not.
    if (x === 0 && 1 / x < 0) return xLabel(x, axis, context, long);
    const dated = x instanceof Date;
    const key = dated ? Math.floor(x.getTime() / DAY_MS) : x;
    const seen = dated ? byDay : byNumber;
    let label = seen.get(key);
    if (label === undefined) {
      label = xLabel(x, axis, context, long);
      seen.set(key, label);
    }
    return label;
  };
}
