import { plotNumber } from '@pantau/core';
/**
 * From the query's long rows (unit, period, value) to the heatmap's matrix: units as labelled
 * rows, every period between the first and the last as a column (a month nobody reported is a
 * column of "belum input", not a missing column), and the raw values behind each row and column
 * for selections and for mapping a cell back to its result row.
 */

import {
  pivotHeatmap,
  type HeatmapData,
  type LabelFormatter,
  type TimeInterval,
} from '@pantau/charts';
import type { PlainValue, QueryResult } from '@pantau/core';
import { keyOf } from '../base/value-key.ts';

export interface HeatmapInput {
  data: HeatmapData;
  /** Raw y value per row. */
  rowValues: PlainValue[];
  /** Raw x value per column (a Date for periods, put-back periods included). */
  colValues: PlainValue[];
  /** Result row per cell (row-major), -1 for a cell nobody reported. */
  rowOf: number[];
  names: { x: string; y: string; value: string };
}

export function toHeatmapInput(
  result: QueryResult,
  options: { interval: TimeInterval | null; formatLabel: LabelFormatter },
): HeatmapInput {
  const [yName, xName, valueName] = result.names;
  if (yName === undefined || xName === undefined || valueName === undefined) {
    throw new Error('heatmap: the result lacks its y, x or value column');
  }
  const ys = result.columns[yName] ?? [];
  const xs = result.columns[xName] ?? [];
  const vs = result.columns[valueName] ?? [];
  const dates = xs.every((x) => x instanceof Date);
  // Rows are keyed by identity (two units with the same label stay two rows), labelled after.
  const rowRaw = new Map<string, PlainValue>();
  for (const y of ys) if (!rowRaw.has(keyOf(y))) rowRaw.set(keyOf(y), y);
  const matrix = pivotHeatmap(
    {
      rows: ys.map(keyOf),
      cols: dates ? xs : xs.map((x) => (x === null ? '' : String(x))),
      values: vs.map(plotNumber),
    },
    { interval: options.interval },
  );
  const rowValues = matrix.rows.map((key) => rowRaw.get(key) ?? null);
  const colRaw = new Map<string, PlainValue>();
  if (!dates) for (const x of xs) colRaw.set(x === null ? '' : String(x), x);
  const colValues = matrix.cols.map((c) => (c instanceof Date ? c : (colRaw.get(c) ?? c)));

  const rowIndex = new Map(matrix.rows.map((key, r) => [key, r]));
  const colIndex = new Map(
    matrix.cols.map((c, i) => [c instanceof Date ? `d:${c.getTime()}` : c, i]),
  );
  const rowOf = new Array<number>(matrix.values.length).fill(-1);
  ys.forEach((y, i) => {
    const r = rowIndex.get(keyOf(y));
    const x = xs[i];
    const colKey = x instanceof Date ? periodKey(x, matrix.cols) : x === null ? '' : String(x);
    const c = colIndex.get(colKey ?? '');
    if (r !== undefined && c !== undefined) rowOf[r * matrix.cols.length + c] = i;
  });
  return {
    data: { ...matrix, rows: rowValues.map((v) => options.formatLabel(v)) },
    rowValues,
    colValues,
    rowOf,
    names: { x: xName, y: yName, value: valueName },
  };
}

/** The pivot's column key for a date: the column whose period start equals it. */
function periodKey(date: Date, cols: readonly (Date | string)[]): string | undefined {
  const t = date.getTime();
  return cols.some((c) => c instanceof Date && c.getTime() === t) ? `d:${t}` : undefined;
}
