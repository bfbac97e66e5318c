/**
 * The data side of a line chart, pure and DOM-free: x values sorted onto an axis with every
 * missing period put back as a row of nulls (so a gap is a gap, never a straight segment across
 * it), the interval guessed when not given, and counts of what is not reported.
 */

import { chartValue } from '../absent.ts';
import { isTimeInterval, periodIndex, periodStart, type TimeInterval } from '../periods.ts';
import { xKey, type LineX } from './x.ts';

export { xKey, type LineX } from './x.ts';

export interface LineSeries {
  name: string;
  /** One value per x; null (or a missing entry) = not reported. */
  values: readonly (number | null)[];
}

export interface LineData {
  /** Dates (wall-clock values as UTC instants) or plain numbers; in any order. */
  x: readonly LineX[];
  series: readonly LineSeries[];
}

/** The x axis as drawn: sorted, gaps filled. */
export interface LineAxis {
  xs: LineX[];
  /** Per axis row: the input row it came from, or -1 for a period put back because it was missing. */
  source: number[];
  /** Per series, per axis row: the value, or null. */
  values: (number | null)[][];
  /** Dates or numbers. */
  time: boolean;
  /** The period of one row, when known (gaps are detected only then). */
  interval: TimeInterval | null;
}

/** At most this many missing periods are put back: a stray date in 1900 must not fill a century. */
const MAX_FILLED = 100_000;

/** A finite number, null (not reported) or NaN (not computable: drawn as a gap, not a band). */
function cleanValue(v: number | null | undefined): number | null {
  return chartValue(v);
}

/**
 * The period of dates that all sit on period starts: all on 1 January = year, all on the 1st =
 * month, all Mondays at midnight = week, all at midnight = day. Null for timestamps with a time of
 * day, where no period can be assumed (and no gap detected).
 */
export function inferInterval(dates: readonly Date[]): TimeInterval | null {
  if (dates.length === 0) return null;
  const midnight = dates.every((d) => d.getTime() % 86_400_000 === 0);
  if (!midnight) return null;
  if (dates.length > 1 && dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) {
    return 'year';
  }
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  if (dates.length > 1 && dates.every((d) => d.getUTCDay() === 1)) return 'week';
  return 'day';
}

/**
 * Sorts the rows by x and, when the interval is known, puts every missing period back with null
 * values. Numbers count as years under `interval: 'year'` (x = 2021, 2022, ...); other numeric x
 * have no periods, so only nulls break their line.
 */
export function buildAxis(data: LineData, interval?: TimeInterval | null): LineAxis {
  // One pass: rows with a valid x of the first valid x's kind (dates and numbers cannot share an
  // axis), their sort keys, and whether they already come in order (query answers mostly do).
  const rows: number[] = [];
  const key = new Float64Array(data.x.length);
  let kind: boolean | null = null;
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < data.x.length; i++) {
    // validX and xKey at once: a finite number, or a Date with a finite time.
    const x: unknown = data.x[i];
    const dated = x instanceof Date;
    const k = dated ? x.getTime() : typeof x === 'number' ? x : NaN;
    if (!Number.isFinite(k)) continue;
    kind ??= dated;
    if (dated !== kind) continue;
    key[i] = k;
    if (k < last) sorted = false;
    last = k;
    rows.push(i);
  }
  // Ties stay in row order. Skipped when sorted: it would leave the rows as they are, after some
  // 1.7 million comparator calls for 100,000 points.
  if (!sorted) rows.sort((a, b) => key[a]! - key[b]! || a - b);
  const time = kind === true;

  const given = isTimeInterval(interval) ? interval : null;
  const resolved: TimeInterval | null = time
    ? (given ?? inferIntervalOf(rows, data.x))
    : given === 'year'
      ? 'year'
      : null;

  let xs: LineX[];
  let source: number[];
  if (resolved === null) {
    // No periods, so nothing to put back; every row valid and in order is the input as it is.
    xs = rows.length === data.x.length && sorted ? data.x.slice() : rows.map((i) => data.x[i]!);
    source = rows;
  } else {
    xs = [];
    source = [];
    let filled = 0;
    let previous: number | null = null;
    for (const i of rows) {
      const x = data.x[i]!;
      const period = periodOf(x, resolved);
      if (period !== null && previous !== null && period - previous > 1) {
        for (let p = previous + 1; p < period && filled < MAX_FILLED; p++, filled++) {
          xs.push(time ? periodStart(p, resolved) : p);
          source.push(-1);
        }
      }
      xs.push(x);
      source.push(i);
      if (period !== null) previous = period;
    }
  }
  const values = data.series.map((s) => {
    const out = new Array<number | null>(source.length);
    for (let k = 0; k < source.length; k++) {
      const row = source[k]!;
      out[k] = row < 0 ? null : cleanValue(s.values[row]);
    }
    return out;
  });
  return { xs, source, values, time, interval: resolved };
}

/** inferInterval of the dates in `rows`, without copying them out when one has a time of day. */
function inferIntervalOf(rows: readonly number[], x: readonly LineX[]): TimeInterval | null {
  if (rows.some((i) => xKey(x[i]!) % 86_400_000 !== 0)) return null;
  return inferInterval(rows.map((i) => x[i] as Date));
}

function periodOf(x: LineX, interval: TimeInterval): number | null {
  if (typeof x === 'number') return Number.isInteger(x) ? x : null;
  return periodIndex(x, interval);
}

/** Axis rows where no series has a value: the periods drawn as hatched "belum input" bands. */
export function emptyRows(axis: LineAxis): boolean[] {
  const empty = new Array<boolean>(axis.xs.length).fill(true);
  for (const values of axis.values) {
    for (let k = 0; k < empty.length; k++) if (values[k] !== null) empty[k] = false;
  }
  return empty;
}

/** Per series, how many axis rows (periods) have no value. */
export function missingCounts(axis: LineAxis): number[] {
  return axis.values.map((v) => v.filter((x) => x === null).length);
}
