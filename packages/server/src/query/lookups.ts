/**
 * A plan's lookups on a server: each lookup table must be one the catalogue serves (findTable),
 * and its key one row per code, checked with core's own check (the page runs the same when a
 * `<pantau-source key>` loads) the first time a table and key are joined, then remembered. A
 * lookup table with the scope column is read only within the scope (answer.ts), like any table.
 */

import {
  checkLookupKey,
  decodeResult,
  defaultMetrics,
  renderPlan,
  type FilterClause,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import type { CatalogueTable } from '../catalogue.ts';
import type { RunStatement } from '../engine/engine.ts';
import { findTable, type AnswerContext } from './answer.ts';

/** Keys found unique, per catalogue table (a table object lives as long as the server). */
const uniqueKeys = new WeakMap<CatalogueTable, Set<string>>();

/** Rejects with UNKNOWN_TABLE, UNKNOWN_COLUMN or DUPLICATE_KEY before the plan is rendered. */
export async function checkLookups(
  plan: QueryPlan,
  context: AnswerContext,
  run: RunStatement,
  scope: (schema: TableSchema) => FilterClause[],
): Promise<void> {
  for (const lookup of plan.lookups ?? []) {
    const schema = findTable(context.tables, lookup.table);
    const table = context.tables.get(lookup.table.toLowerCase())!;
    const filter = scope(schema);
    const known = uniqueKeys.get(table) ?? new Set<string>();
    // Within a scope the answer depends on the unit: checked each time, never remembered.
    if (filter.length === 0 && known.has(lookup.key)) continue;
    const query = async (check: QueryPlan) => {
      const { sql, params } = renderPlan(check, schema, defaultMetrics, context.engine.plans);
      return decodeResult((await run(sql, params)).ipc);
    };
    await checkLookupKey(query, schema, lookup.key, lookup.table, filter);
    if (filter.length > 0) continue;
    known.add(lookup.key);
    uniqueKeys.set(table, known);
  }
}
