/**
 * An interaction's queries as one statement. duckdb-wasm's worker answers one query at a time and
 * every trip costs far more than a small aggregate does (20 small aggregates: 179-340 ms as
 * separate queries, about 11 ms as one statement; TOOLCHAIN.md), so the coordinator sends the
 * plans one selection change needs together:
 *
 *   SELECT * FROM (
 *     (SELECT 0 AS "__q", row_number() OVER () AS "__r", "unit" AS "0:unit", ... FROM (<q0>) AS b0)
 *     UNION ALL BY NAME
 *     (SELECT 1 AS "__q", ... FROM (<q1>) AS b1)
 *   ) ORDER BY "__q", "__r"
 *
 * Each query keeps its own SQL, values and types (its columns are renamed apart, so two answers
 * with a column of the same name and different types never meet); `BY NAME` fills the others'
 * columns with NULL. `__r` numbers each answer's rows in the order its own ORDER BY gave them.
 * The split hands every query exactly the columns and rows it would have got alone.
 */

import { plainResult, type QueryResult } from '../results/query-result.ts';
import type { PlainValue } from '../results/plain-values.ts';
import type { SqlValue } from '../sql/params.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';

export interface MergeableQuery {
  sql: string;
  params: readonly SqlValue[];
  /** The query's result columns, in order. */
  outputs: readonly string[];
}

export interface MergedStatement {
  sql: string;
  params: SqlValue[];
  /** The merged answer cut back into each query's own answer, in the order given. */
  split(result: QueryResult): QueryResult[];
}

const QUERY = '__q';
const ROW = '__r';

const columnName = (query: number, output: string): string => `${query}:${output}`;

export function mergeQueries(queries: readonly MergeableQuery[]): MergedStatement {
  const branches = queries.map((q, i) => {
    const columns = q.outputs.map(
      (name) => `${quoteIdentifier(name)} AS ${quoteIdentifier(columnName(i, name))}`,
    );
    return (
      `(SELECT ${i} AS "${QUERY}", row_number() OVER () AS "${ROW}"` +
      `${columns.length > 0 ? `, ${columns.join(', ')}` : ''} FROM (${q.sql}) AS "__b${i}")`
    );
  });
  const sql =
    `SELECT * FROM (${branches.join(' UNION ALL BY NAME ')}) AS "__merged" ` +
    `ORDER BY "${QUERY}", "${ROW}"`;
  return {
    sql,
    params: queries.flatMap((q) => [...q.params]),
    split: (result) => splitMerged(result, queries),
  };
}

function splitMerged(result: QueryResult, queries: readonly MergeableQuery[]): QueryResult[] {
  const which = result.columns[QUERY] ?? [];
  // Rows are ordered by query: each query's rows are one run from its first row.
  const first = new Map<number, number>();
  which.forEach((q, r) => {
    if (!first.has(Number(q))) first.set(Number(q), r);
  });
  return queries.map((q, i) => {
    const from = first.get(i) ?? 0;
    const to = first.has(i) ? firstRowAfter(which, i, from) : 0;
    const columns: Record<string, readonly PlainValue[]> = {};
    const types: Record<string, string> = {};
    for (const name of q.outputs) {
      const merged = columnName(i, name);
      columns[name] = (result.columns[merged] ?? []).slice(from, to);
      types[name] = result.types[merged] ?? '';
    }
    return plainResult([...q.outputs], types, columns, to - from);
  });
}

function firstRowAfter(which: readonly PlainValue[], query: number, from: number): number {
  let r = from;
  while (r < which.length && Number(which[r]) === query) r++;
  return r;
}
