/**
 * Plans that read one table under the same filter, answered from the filter's rows taken once.
 * On a selection change every widget but the publisher is filtered by the same clauses, so
 * without this each widget's query scans the whole table again. In duckdb-wasm, 9 such plans at
 * 1M rows: 260 ms merged over the table, 81 ms over the filtered rows once (`npm run bench:merge`,
 * a one-unit filter). The rows are a MATERIALIZED common table expression of just the columns the
 * plans read; each plan is rendered over it without its filter, as it would be over the table.
 */

import { compileFilter, type FilterClause } from '../sql/filter.ts';
import { quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { renderPlan, type RenderedPlan } from './duckdb-sql.ts';
import type { QueryPlan } from './plan.ts';

export interface FilteredRows {
  /** `"name" AS MATERIALIZED (SELECT ... FROM table WHERE ...)`, for a WITH clause. */
  definition: string;
  /** The definition's values, in text order. */
  params: SqlValue[];
  /** Each plan rendered over the filtered rows, in the order given. */
  plans: RenderedPlan[];
}

/**
 * `plans` all read `schema`'s table under `filter` (the clauses they share) and each under its
 * own further clauses (their `filter`, applied over the shared rows); `reads` is every column they
 * read besides filters'. `name` must be unique within the statement.
 */
export function overFilteredRows(
  name: string,
  schema: TableSchema,
  filter: readonly FilterClause[],
  plans: readonly QueryPlan[],
  reads: readonly string[],
): FilteredRows {
  const own = plans.flatMap((p) => (p.filter ?? []).map((c) => resolveColumn(schema, c.column)));
  const columns = schema.columns.filter((c) => reads.includes(c.name) || own.includes(c.name));
  const rows: TableSchema = { table: name, columns };
  const where = compileFilter(filter, schema);
  const select = columns.length > 0 ? columns.map((c) => quoteIdentifier(c.name)).join(', ') : '1';
  return {
    definition:
      `${quoteIdentifier(name)} AS MATERIALIZED (SELECT ${select} ` +
      `FROM ${quoteIdentifier(schema.table)}${where.sql === '' ? '' : ` WHERE ${where.sql}`})`,
    params: where.params,
    plans: plans.map((plan) => renderPlan({ ...plan, table: name }, rows)),
  };
}
