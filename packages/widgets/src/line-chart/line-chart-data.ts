import { plotNumber } from '@pantau/core';
/**
 * From the query's long rows (x, series, value) to the line renderer's columns: one x per
 * period, one line per series value, null where a series has no row for a period ("belum
 * input", drawn as a gap), plus what it takes to map a mark back to its row and raw values.
 */

import type { LabelFormatter, LineData } from '@pantau/charts';
import type { PlainValue, QueryResult } from '@pantau/core';
import { keyOf } from '../base/value-key.ts';

export interface LineInput {
  data: LineData;
  /** The raw x of each data.x entry (a Date stays a Date) for selections. */
  xValues: PlainValue[];
  /** The raw series value of each line, or null for a single line. */
  seriesValues: PlainValue[] | null;
  /** Result row of (series, x), or -1 when that series has no row there. */
  rowOf: number[][];
  names: { x: string; series: string | null; value: string };
}

/** Ascending, nulls last; text by code point (as DuckDB compares VARCHAR). */
export function compareValues(a: PlainValue, b: PlainValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  const sx = String(x);
  const sy = String(y);
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

export function toLineInput(
  result: QueryResult,
  options: { series: boolean; formatLabel: LabelFormatter },
): LineInput {
  const [xName, second, third] = result.names;
  const valueName = options.series ? third : second;
  if (xName === undefined || valueName === undefined) {
    throw new Error('line chart: the result lacks its x or value column');
  }
  const seriesName = options.series ? (second ?? null) : null;
  const xs = result.columns[xName] ?? [];
  const vs = result.columns[valueName] ?? [];
  const ss = seriesName === null ? null : (result.columns[seriesName] ?? []);

  const xIndex = new Map<string, number>();
  const xValues: PlainValue[] = [];
  const seriesIndex = new Map<string, number>();
  const seriesValues: PlainValue[] = [];
  xs.forEach((x, r) => {
    if (x === null) return; // no period to draw it at
    if (!xIndex.has(keyOf(x))) {
      xIndex.set(keyOf(x), xValues.length);
      xValues.push(x);
    }
    const s = ss === null ? null : (ss[r] ?? null);
    if (!seriesIndex.has(keyOf(s))) {
      seriesIndex.set(keyOf(s), seriesValues.length);
      seriesValues.push(s);
    }
  });
  if (seriesValues.length === 0) seriesValues.push(null);
  // Lines in the series' own order (as the query sorts: by value, nulls last), not in the order
  // they first report: a unit missing January must not move to the end of the legend.
  seriesValues.sort(compareValues);
  seriesValues.forEach((s, i) => seriesIndex.set(keyOf(s), i));
  const values = seriesValues.map(() => xValues.map((): number | null => null));
  const rowOf = seriesValues.map(() => xValues.map(() => -1));
  xs.forEach((x, r) => {
    if (x === null) return;
    const s = seriesIndex.get(keyOf(ss === null ? null : (ss[r] ?? null)))!;
    const i = xIndex.get(keyOf(x))!;
    values[s]![i] = plotNumber(vs[r]);
    rowOf[s]![i] = r;
  });
  return {
    data: {
      x: xValues.map((x) => (x instanceof Date ? x : Number(x))),
      series: seriesValues.map((s, i) => ({
        name: ss === null ? '' : options.formatLabel(s),
        values: values[i]!,
      })),
    },
    xValues,
    seriesValues: ss === null ? null : seriesValues,
    rowOf,
    names: { x: xName, series: seriesName, value: valueName },
  };
}
