import { plotNumber } from '@pantau/core';
/**
 * From the query's answer to the bars renderer's input: labels formatted for display, the raw x
 * (and series) values kept for selections, and for several series a pivot to one value per label
 * and series (a missing combination is null: "belum input", not zero; a zero divisor stays NaN:
 * "tak terhitung"), ranked by label totals.
 */

import type { BarsData, LabelFormatter } from '@pantau/charts';
import type { PlainValue, QueryResult } from '@pantau/core';
import type { BarSortOrder } from './bar-chart-query.ts';
import { keyOf } from '../base/value-key.ts';

export interface BarInput {
  data: BarsData;
  /** The x value of each label, as the data holds it (for `pantau-select`). */
  xValues: PlainValue[];
  /** The series value of each series, when there are several. */
  seriesValues: PlainValue[] | null;
  /** Result column names: x, series (or null), measure, and x's label column when there is one. */
  names: { x: string; series: string | null; value: string; label?: string };
}

export function toBarInput(
  result: QueryResult,
  options: {
    series: boolean;
    /** The result's second column names each x (the `label` attribute). */
    label?: boolean;
    sort: BarSortOrder;
    limit: number | null;
    formatLabel: LabelFormatter;
  },
): BarInput {
  const { formatLabel } = options;
  const names = [...result.names];
  const xName = names.shift();
  const labelName = options.label === true ? (names.shift() ?? null) : null;
  const [second, third] = names;
  if (xName === undefined || second === undefined)
    throw new Error('bar chart: result has no columns');
  const xs = result.columns[xName] ?? [];
  const shown = labelName === null ? xs : (result.columns[labelName] ?? []);
  // A code without a name still gets a bar, under its code.
  const nameOf = (r: number) => formatLabel(shown[r] ?? xs[r]);
  const labelled = labelName === null ? {} : { label: labelName };
  if (!options.series) {
    const values = (result.columns[second] ?? []).map(plotNumber);
    return {
      data: { labels: xs.map((_, r) => nameOf(r)), values },
      xValues: [...xs],
      seriesValues: null,
      names: { x: xName, series: null, value: second, ...labelled },
    };
  }
  if (third === undefined) throw new Error('bar chart: result has no series column');
  const ss = result.columns[second] ?? [];
  const vs = result.columns[third] ?? [];
  const labelOf = new Map<string, string>();
  const labelIndex = new Map<string, number>();
  const seriesIndex = new Map<string, number>();
  const xValues: PlainValue[] = [];
  const seriesValues: PlainValue[] = [];
  xs.forEach((x, r) => {
    if (!labelIndex.has(keyOf(x))) {
      labelIndex.set(keyOf(x), xValues.length);
      xValues.push(x);
      labelOf.set(keyOf(x), nameOf(r));
    }
    const s = ss[r] ?? null;
    if (!seriesIndex.has(keyOf(s))) {
      seriesIndex.set(keyOf(s), seriesValues.length);
      seriesValues.push(s);
    }
  });
  const grid: (number | null)[][] = seriesValues.map(() => xValues.map(() => null));
  xs.forEach((x, r) => {
    const row = grid[seriesIndex.get(keyOf(ss[r] ?? null))!]!;
    row[labelIndex.get(keyOf(x))!] = plotNumber(vs[r]);
  });
  const order = rankLabels(grid, xValues.length, options.sort, options.limit);
  return {
    data: {
      labels: order.map((i) => labelOf.get(keyOf(xValues[i])) ?? formatLabel(xValues[i])),
      series: seriesValues.map((s, si) => ({
        name: formatLabel(s),
        values: order.map((i) => grid[si]![i] ?? null),
      })),
    },
    xValues: order.map((i) => xValues[i] ?? null),
    seriesValues,
    names: { x: xName, series: second, value: third, ...labelled },
  };
}

/**
 * Label order for several series: by the total of reported parts (largest first for `desc`);
 * labels not computable (NaN: a zero divisor) after them, and labels with nothing reported last,
 * as NULLS LAST does for one series. `x`/`none` keep the
 * query's order. Then the first `limit` labels.
 */
function rankLabels(
  grid: readonly (readonly (number | null)[])[],
  count: number,
  sort: BarSortOrder,
  limit: number | null,
): number[] {
  const indices = Array.from({ length: count }, (_, i) => i);
  if (sort === 'desc' || sort === 'asc') {
    const totals = indices.map((i) => {
      let total: number | null = null;
      for (const row of grid) {
        const v = row[i];
        if (v !== null && v !== undefined) total = (total ?? 0) + v;
      }
      return total;
    });
    const sign = sort === 'desc' ? -1 : 1;
    // Array.prototype.sort is stable: equal totals keep the query's order (by x).
    indices.sort((a, b) => {
      const ta = totals[a] ?? null;
      const tb = totals[b] ?? null;
      const absent = absentRank(ta) - absentRank(tb);
      if (absent !== 0 || ta === null || tb === null || Number.isNaN(ta)) return absent;
      return sign * (ta - tb);
    });
  }
  return limit === null ? indices : indices.slice(0, limit);
}

/** Reported totals first, then not computable (NaN), then not reported (null). */
function absentRank(total: number | null): number {
  if (total === null) return 2;
  return Number.isNaN(total) ? 1 : 0;
}
