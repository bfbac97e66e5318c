/**
 * The record count that tells "no rows matched" (empty) apart from "value not reported", for the
 * single-value and share widgets (KPI, donut, gauge, radar).
 */

import type { QueryResult } from '@pantau/core';

/**
 * Output column counting the rows behind a whole-table value. An aggregate over no rows still
 * returns one row (of NULLs); the count lets the widget say "Tidak ada data" for a filter that
 * matched nothing instead of "belum input" as if the value were not reported.
 */
const RECORDS = 'records';

export function recordsMeasure(taken: readonly string[]): { alias: string; measure: string } {
  let alias = RECORDS;
  while (taken.some((t) => t.toLowerCase() === alias)) alias = `${alias}_`;
  return { alias, measure: 'count(*)' };
}

/** True when a whole-table query found no rows at all. */
export function noRecords(result: QueryResult | null, alias: string): boolean {
  if (result === null || result.numRows !== 1) return false;
  const count = result.columns[alias]?.[0];
  return count === 0;
}
