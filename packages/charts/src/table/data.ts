/**
 * A table's data and options, and the pure parts: how many pages, the next sort, the text of
 * every cell. DOM-free.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import type { ChartContext } from '../types.ts';

export interface TableColumn {
  /** Key of the column in `data.columns`. */
  key: string;
  /** Header text. */
  label: string;
  /** Right-aligned, tabular digits; formatted with `context.formatValue` unless `format` is given. */
  numeric?: boolean;
  /** Formats one cell; default `formatValue` for numeric columns, `formatLabel` otherwise. */
  format?: (value: unknown) => string;
  /** Offer a sort button in the header. Default true. */
  sortable?: boolean;
}

/** One page of rows, columnar (as query results arrive). */
export interface TableData {
  columns: Readonly<Record<string, readonly unknown[]>>;
}

export interface TableSort {
  key: string;
  desc?: boolean;
}

export interface TableOptions {
  columns: readonly TableColumn[];
  /** The order the rows arrive in (the query sorted them); shown with `aria-sort`. */
  sort?: TableSort | null;
  /** Page shown, from 0. */
  page?: number;
  /** Rows per page. Default: the rows given. */
  pageSize?: number;
  /** Rows over all pages (from a count query); default: the rows given. */
  totalRows?: number;
  /** Columns whose values a row stands for when selected: `{ [key]: value }` per mark. */
  selectKeys?: readonly string[];
}

/** Number of pages for `total` rows (at least one, so "page 1 of 1" holds for no rows). */
export function pageCount(total: number, pageSize: number): number {
  if (!(pageSize > 0)) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The next sort after clicking `key`'s header: ascending first, then it flips. */
export function nextSort(current: TableSort | null | undefined, key: string): TableSort {
  if (current?.key === key) return { key, desc: current.desc !== true };
  return { key, desc: false };
}

function rowCount(data: TableData, columns: readonly TableColumn[]): number {
  let n = 0;
  for (const c of columns) n = Math.max(n, data.columns[c.key]?.length ?? 0);
  return n;
}

/** The text of every cell, exactly as drawn. */
export function tableCells(
  data: TableData,
  columns: readonly TableColumn[],
  context: Pick<ChartContext, 'formatValue' | 'formatLabel' | 'lang'>,
): string[][] {
  const n = rowCount(data, columns);
  const formatters = columns.map((c) => c.format ?? defaultFormat(c, context));
  return Array.from({ length: n }, (_, r) =>
    columns.map((c, i) => formatters[i]!(data.columns[c.key]?.[r] ?? null)),
  );
}

function defaultFormat(
  column: TableColumn,
  context: Pick<ChartContext, 'formatValue' | 'formatLabel' | 'lang'>,
): (value: unknown) => string {
  if (column.numeric === true) {
    // A bigint (an exact total beyond 2^53) is a figure, not "not reported"; NaN (a zero
    // divisor) stays NaN, which formatValue writes as "tak terhitung (dibagi nol)".
    const figure = (v: unknown) =>
      typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : null;
    return (v) => context.formatValue(figure(v));
  }
  const label = context.formatLabel;
  return (v) => {
    if (v === null || v === undefined) return say(CHART_WORDS, context.lang, 'notReported');
    return label ? label(v) : String(v);
  };
}
