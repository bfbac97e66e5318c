/**
 * The data side of a heatmap, pure: the matrix shape, and a pivot from the long rows a query
 * returns (unit, month, value) into that matrix, putting back every month no unit reported so a
 * missing month is a column of "belum input", not a column that silently disappears.
 */

import { chartValue } from '../absent.ts';
import { inferInterval } from '../line/data.ts';
import { periodIndex, periodStart, type TimeInterval } from '../time-axis.ts';
import type { ValueCategory } from '../types.ts';

export type HeatmapColumn = Date | string;

export interface HeatmapData {
  /** Row labels (units). */
  rows: readonly string[];
  /** Column keys: periods (dates, wall-clock as UTC) or labels. */
  cols: readonly HeatmapColumn[];
  /** Row-major: the value of row r, column c is `values[r * cols.length + c]`; null = not reported. */
  values: readonly (number | null)[];
  /** Row-major grade per cell, when the measure has one (IKM, PEKPPP, IID). */
  categories?: readonly (ValueCategory | null)[];
}

/** A cell's value: null for not reported (a missing entry or null), NaN for not computable. */
export function cellValue(data: HeatmapData, r: number, c: number): number | null {
  return chartValue(data.values[r * data.cols.length + c]);
}

/** The cells read once (row-major, as data.values), with what the legend and colours need. */
export interface CellScan {
  /** Per cell: null not reported, NaN not computable (a zero divisor), else the value. */
  values: (number | null)[];
  /** Lowest and highest value, or null when there is none. */
  extent: [number, number] | null;
  anyMissing: boolean;
  anyNotComputable: boolean;
  /** True when some cell has a grade (IKM, PEKPPP, IID): cells take their grade's colour. */
  categorical: boolean;
}

export function scanCells(data: HeatmapData): CellScan {
  const nRows = data.rows.length;
  const nCols = data.cols.length;
  const values = new Array<number | null>(nRows * nCols);
  let lo = Infinity;
  let hi = -Infinity;
  let anyMissing = false;
  let anyNotComputable = false;
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const v = cellValue(data, r, c);
      values[r * nCols + c] = v;
      if (v === null) {
        anyMissing = true;
        continue;
      }
      if (Number.isNaN(v)) {
        anyNotComputable = true;
        continue;
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return {
    values,
    extent: lo === Infinity ? null : [lo, hi],
    anyMissing,
    anyNotComputable,
    categorical: data.categories?.some((c) => c !== null && c !== undefined) === true,
  };
}

export interface PivotInput {
  rows: readonly unknown[];
  cols: readonly unknown[];
  values: readonly (number | null)[];
  categories?: readonly (ValueCategory | null)[];
}

export interface PivotOptions {
  /** Fill missing periods between the first and last date column (default: guessed from dates). */
  interval?: TimeInterval | null;
  /** Row order; default: first appearance. */
  rowOrder?: readonly string[];
}

/** At most this many columns are made; a stray date far away must not make a million. */
const MAX_COLUMNS = 5_000;

/**
 * Long rows to the matrix. Rows keep their first-appearance order; date columns are sorted and,
 * with a known interval, every missing period is added; text columns keep first-appearance order.
 * A cell given twice keeps the last value.
 */
export function pivotHeatmap(input: PivotInput, options: PivotOptions = {}): HeatmapData {
  const n = Math.min(input.rows.length, input.cols.length);
  const rowNames: string[] = options.rowOrder ? [...options.rowOrder] : [];
  const rowIndex = new Map(rowNames.map((name, i) => [name, i]));
  const dates = input.cols
    .slice(0, n)
    .filter((c): c is Date => c instanceof Date && Number.isFinite(c.getTime()));
  const byDate = dates.length > 0 && dates.length === n;

  let cols: HeatmapColumn[];
  let colOf: (value: unknown) => number;
  if (byDate) {
    const interval = options.interval ?? inferInterval(dates);
    const keys = dates.map((d) => (interval === null ? d.getTime() : periodIndex(d, interval)));
    // A loop, not Math.min(...keys): spreading a long answer's keys overflows the stack.
    let lo = Infinity;
    let hi = -Infinity;
    for (const key of keys) {
      if (key < lo) lo = key;
      if (key > hi) hi = key;
    }
    if (interval !== null && hi - lo < MAX_COLUMNS) {
      cols = [];
      for (let p = lo; p <= hi; p++) cols.push(periodStart(p, interval));
      colOf = (value) => periodIndex(value as Date, interval) - lo;
    } else {
      const unique = [...new Set(keys)].sort((a, b) => a - b);
      const at = new Map(unique.map((k, i) => [k, i]));
      cols = unique.map((k) => new Date(k));
      colOf = (value) => at.get((value as Date).getTime()) ?? -1;
    }
  } else {
    const labels: string[] = [];
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = String(input.cols[i] ?? '');
      if (!at.has(key)) {
        at.set(key, labels.length);
        labels.push(key);
      }
    }
    cols = labels;
    colOf = (value) => at.get(String(value ?? '')) ?? -1;
  }

  for (let i = 0; i < n; i++) {
    const name = String(input.rows[i] ?? '');
    if (!rowIndex.has(name)) {
      rowIndex.set(name, rowNames.length);
      rowNames.push(name);
    }
  }
  const values: (number | null)[] = new Array(rowNames.length * cols.length).fill(null);
  const categories: (ValueCategory | null)[] | undefined = input.categories
    ? new Array(values.length).fill(null)
    : undefined;
  for (let i = 0; i < n; i++) {
    const r = rowIndex.get(String(input.rows[i] ?? ''))!;
    const c = colOf(input.cols[i]);
    if (c < 0 || c >= cols.length) continue;
    const v = input.values[i];
    values[r * cols.length + c] = chartValue(v);
    if (categories) categories[r * cols.length + c] = input.categories?.[i] ?? null;
  }
  return { rows: rowNames, cols, values, ...(categories ? { categories } : {}) };
}
