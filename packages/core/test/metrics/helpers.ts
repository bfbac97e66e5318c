import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import type { Row } from '../../src/results/query-result.ts';
import { runQuery } from '../../src/results/run-query.ts';
import { groupQuery, type GroupQuerySpec } from '../../src/sql/group-query.ts';
import type { MetricRegistry } from '../../src/sql/metrics.ts';
import type { SqlValue } from '../../src/sql/params.ts';

export const datasetDir = fileURLToPath(
  new URL('../../../../datasets/banjarmasin/', import.meta.url),
);

/** Registers `datasets/banjarmasin/<name>.csv` as table `<name>`. */
export async function loadDataset(db: DuckDBConnector, name: string): Promise<void> {
  const data = new Uint8Array(readFileSync(`${datasetDir}${name}.csv`));
  await db.registerSource({ name, data, format: 'csv' });
}

export async function sqlRows(
  db: DuckDBConnector,
  sql: string,
  params: SqlValue[] = [],
): Promise<Row[]> {
  return [...(await runQuery(db, sql, params)).rows()];
}

/** Runs a groupQuery built against the table's real schema. */
export async function grouped(
  db: DuckDBConnector,
  table: string,
  spec: Omit<GroupQuerySpec, 'table'>,
  metrics: MetricRegistry,
): Promise<Row[]> {
  const query = groupQuery({ ...spec, table: await db.describe(table) }, metrics);
  return sqlRows(db, query.sql, query.params);
}

export function groupRows<R extends Record<string, unknown>>(
  rows: readonly R[],
  key: (row: R) => string,
): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k) ?? [];
    list.push(row);
    groups.set(k, list);
  }
  return groups;
}

/**
 * Respondent rows whose answer to each element sums to `totals[i]`: the first
 * `total mod n` respondents get one more than the floor.
 */
export function respondentsWithTotals(n: number, totals: readonly number[]): Row[] {
  return Array.from({ length: n }, (_, r) => {
    const row: Row = { unit_code: 'uji' };
    totals.forEach((total, i) => {
      const base = Math.floor(total / n);
      row[`u${i + 1}`] = base + (r < total - base * n ? 1 : 0);
    });
    return row;
  });
}
