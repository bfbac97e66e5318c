/**
 * A large table's first views wait for a root and its cuts (coordinator/first-roots.ts), on a
 * real DuckDB: widgets asking on their own as the table arrives are answered from cubes, with
 * the base table's figures, after one root; a small table's first views are not held; a root
 * too big is dropped and the held views read the table, answers unchanged.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import type { QueryClient } from '../../src/coordinator/query-client.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import type { PantauError } from '../../src/errors/pantau-error.ts';
import { createNodeConnector } from '../../src/node/index.ts';
import { aggregatePlan, periodPlan } from '../../src/plan/builders.ts';
import { renderPlan } from '../../src/plan/duckdb-sql.ts';
import type { QueryPlan } from '../../src/plan/plan.ts';
import type { PreAggregateOptions } from '../../src/coordinator/pre-aggregator.ts';
import type { Row } from '../../src/results/query-result.ts';
import { runQuery } from '../../src/results/run-query.ts';

const ROWS = Array.from({ length: 3000 }, (_, i) => ({
  unit: `U${i % 7}`,
  status: ['baru', 'proses', 'selesai'][i % 3]!,
  submitted_at: new Date(Date.UTC(2024, i % 12, 1 + (i % 28), i % 24)),
  sla: i % 11 === 0 ? null : (i * 13) % 17,
}));

let db: DuckDBConnector;
beforeAll(() => {
  db = createNodeConnector();
});
afterAll(() => db.close());

const PLANS: QueryPlan[] = [
  aggregatePlan({ table: 'jumbo', measures: { n: 'count(*)', rata: 'avg(sla)' } }),
  aggregatePlan({ table: 'jumbo', groups: ['unit'], measures: { y: 'sum(sla)' } }),
  aggregatePlan({ table: 'jumbo', groups: ['status'], measures: { n: 'count(*)' } }),
  periodPlan({
    table: 'jumbo',
    groups: [{ column: 'submitted_at', interval: 'month' }],
    measures: { y: 'max(sla) - min(sla)' },
  }),
];

interface Widget extends QueryClient {
  plan: QueryPlan;
  rows: Row[] | null;
  error: PantauError | null;
}

function widget(plan: QueryPlan): Widget {
  const w: Widget = {
    plan,
    rows: null,
    error: null,
    query: () => plan,
    queryResult: (result) => void (w.rows = [...result.rows()]),
    queryError: (error) => void (w.error = error),
  };
  return w;
}

/**
 * A dashboard's first load: the table registered, then each widget asking on its own in one
 * task (as elements do when their source is ready), with publishers on `unit` and `status`.
 */
async function firstLoad(options: Partial<PreAggregateOptions>) {
  const coordinator = new Coordinator(db, { preAggregate: { minRows: 0, ...options } });
  coordinator.firstRoots.hints = () => [{ column: 'unit' }, { column: 'status' }];
  const roots: string[] = [];
  coordinator.preAggregator.addEventListener('root', (e) =>
    roots.push((e as CustomEvent<{ name: string }>).detail.name),
  );
  await coordinator.registerSource({ name: 'jumbo', data: ROWS });
  const widgets = PLANS.map(widget);
  for (const w of widgets) coordinator.connect(w);
  await Promise.all(widgets.map((w) => coordinator.requestQuery(w)));
  return { coordinator, widgets, roots };
}

/** The widget's own plan on the table itself. */
async function fromTable(plan: QueryPlan): Promise<Row[]> {
  const { sql, params } = renderPlan(plan, await db.describe('jumbo'));
  return [...(await runQuery(db, sql, params)).rows()];
}

it("a large table's first views are answered from cubes cut from one root", async () => {
  const { coordinator, widgets, roots } = await firstLoad({ firstRootRows: 1_000 });
  expect(roots).toHaveLength(1);
  const pre = coordinator.preAggregator;
  expect(pre.cubes.length).toBe(PLANS.length);
  for (const cube of pre.cubes) expect(cube.from).toBe(roots[0]);
  // Every first view was routed to a cube, none to the table.
  expect(pre.stats).toMatchObject({ cube: PLANS.length, base: 0 });
  for (const w of widgets) {
    expect(w.error).toBeNull();
    expect(w.rows).toEqual(await fromTable(w.plan));
  }
  await pre.dispose();
});

it("a smaller table's first views are sent at once, from the table", async () => {
  const { coordinator, widgets, roots } = await firstLoad({ firstRootRows: 3_001 });
  expect(roots).toEqual([]);
  expect(coordinator.preAggregator.cubes).toEqual([]);
  expect(coordinator.preAggregator.stats.cube).toBe(0);
  for (const w of widgets) expect(w.rows).toEqual(await fromTable(w.plan));
  await coordinator.preAggregator.dispose();
});

it('a root too big is dropped: the held views read the table, and no cube is scanned', async () => {
  const { coordinator, widgets, roots } = await firstLoad({
    firstRootRows: 1_000,
    maxCubeShare: 0.001,
  });
  expect(roots).toEqual([]);
  // Nothing was built from the table while the first views waited.
  expect(coordinator.preAggregator.cubes).toEqual([]);
  expect(coordinator.preAggregator.stats.cube).toBe(0);
  for (const w of widgets) expect(w.rows).toEqual(await fromTable(w.plan));
  await coordinator.preAggregator.dispose();
});
