import type { PlainValue } from './plain-values.ts';

export type Row = Record<string, PlainValue>;

/** A query's answer as plain columns, with row objects made on demand. */
export interface QueryResult {
  /** Column names in the order the query returned them. */
  readonly names: readonly string[];
  /** DuckDB/Arrow type of each column, by name (for formatting decisions). */
  readonly types: Readonly<Record<string, string>>;
  readonly columns: Readonly<Record<string, readonly PlainValue[]>>;
  readonly numRows: number;
  /** Row objects, built once on first access. */
  rows(): readonly Row[];
}

/** A result from plain columns (decoded from Arrow by decode-result.ts, or saved earlier, e.g. in a snapshot). */
export function plainResult(
  names: readonly string[],
  types: Readonly<Record<string, string>>,
  columns: Readonly<Record<string, readonly PlainValue[]>>,
  numRows: number,
): QueryResult {
  let rows: Row[] | null = null;
  return {
    names,
    types,
    columns,
    numRows,
    rows() {
      rows ??= Array.from({ length: numRows }, (_, r) => {
        const row: Row = {};
        for (const name of names) row[name] = columns[name]?.[r] ?? null;
        return row;
      });
      return rows;
    },
  };
}
