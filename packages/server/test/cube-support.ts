// What the cube tests share: the server's cube store, a plan's rows as served, and the plan they
// ask (applications counted by status, under a filter).
import { expect } from 'vitest';
import { aggregatePlan, type FilterClause, type QueryPlan, type Row } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import type { DuckDBEngine } from '../src/engine/duckdb-engine.ts';
import { ask, resultOf } from './support.ts';

export const storeOf = (server: PantauServer) => (server.engine as DuckDBEngine).cubes!;

export async function served(server: PantauServer, plan: QueryPlan): Promise<Row[]> {
  const answer = await ask(server, [{ id: 'p', plan }]);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return [...resultOf(answer, 'p').rows()];
}

export const countByStatus = (table: string, filter: FilterClause[]) =>
  aggregatePlan({
    table,
    groups: ['status'],
    measures: { n: 'count(*)' },
    filter,
    order: [{ key: 'status' }],
  });
