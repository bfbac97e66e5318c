// Server cubes (issue 14) on real DuckDB: every chart kind's plans, and the cross-filter's
// plans with clauses on unit, status and months, answered from cubes the server builds give what
// the oracle SQL and a server without cubes give, while the cubes build (off the request path,
// from the table) and after; a cube built for one unit never answers another; a replaced file
// drops its cubes. Builds held on their queue and cancelled: cube-builds.test.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregatePlan,
  decodeResult,
  periodPlan,
  type FilterClause,
  type QueryPlan,
  type Row,
  type SqlValue,
} from '@pantau/core';
import { createNodeConnector } from '@pantau/core/node';
import type { DuckDBConnector } from '@pantau/core';
import type { PantauServer } from '../src/index.ts';
import type { DuckDBEngine } from '../src/engine/duckdb-engine.ts';
import { PLANS } from './chart-plans.ts';
import { ask, dataFolder, removeFolder, replaceWithRejected, resultOf, serve } from './support.ts';

const FILES = ['service_performance.parquet', 'ikm_responses.parquet', 'applications.parquet'];
// The committed tables are small: cubes are built for them as for 100M rows.
// waitMs 0: a request never waits for a build, so the first answers come from the table.
const SMALL = { minRows: 0, maxCubeShare: 1, maxCubeRows: 1_000_000, waitMs: 0 };

let dir: string;
let cubed: PantauServer;
let plain: PantauServer;
let page: DuckDBConnector;

const storeOf = (server: PantauServer) => (server.engine as DuckDBEngine).cubes!;

async function oracle(sql: string, params: SqlValue[] = []): Promise<Row[]> {
  return [...decodeResult(await page.query(sql, params)).rows()];
}

async function served(
  server: PantauServer,
  plans: Record<string, QueryPlan>,
  headers: Record<string, string> = {},
): Promise<Record<string, Row[]>> {
  const answer = await ask(
    server,
    Object.entries(plans).map(([id, plan]) => ({ id, plan })),
    headers,
  );
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return Object.fromEntries(Object.keys(plans).map((id) => [id, [...resultOf(answer, id).rows()]]));
}

const unit = (value: string): FilterClause => ({ column: 'unit_code', predicate: 'eq', value });
const status = (value: string): FilterClause => ({ column: 'status', predicate: 'eq', value });
// A brush over whole months, as the line chart publishes it.
const months: FilterClause = {
  column: 'submitted_at',
  predicate: 'between',
  value: ['2023-03-01T00:00:00.000Z', '2023-08-31T23:59:59.999Z'],
};

/** The bench dashboard's widgets (bench/crossfilter/page), each without its own clause. */
function dashboard(filter: Record<string, FilterClause[]>): Record<string, QueryPlan> {
  const f = (id: string) => filter[id] ?? [];
  const t = 'applications';
  return {
    total: aggregatePlan({ table: t, measures: { v: 'count(*)' }, filter: f('total') }),
    sla: aggregatePlan({ table: t, measures: { v: 'avg(sla_days)' }, filter: f('sla') }),
    status: aggregatePlan({
      table: t,
      groups: ['status'],
      measures: { n: 'count(*)' },
      filter: f('status'),
      order: [{ key: 'n', desc: true }, { key: 'status' }],
    }),
    units: aggregatePlan({
      table: t,
      groups: ['unit_code'],
      measures: { n: 'count(*)' },
      filter: f('units'),
      order: [{ key: 'n', desc: true }, { key: 'unit_code' }],
      limit: 12,
    }),
    months: periodPlan({
      table: t,
      groups: [{ column: 'submitted_at', interval: 'month' }],
      measures: { n: 'count(*)' },
      filter: f('months'),
    }),
    channel: aggregatePlan({
      table: t,
      groups: ['channel'],
      measures: { sla: 'avg(sla_days)', total: 'sum(sla_days) / count(*)' },
      filter: f('channel'),
      order: [{ key: 'channel' }],
    }),
    grid: aggregatePlan({
      table: t,
      groups: ['kecamatan', 'status'],
      measures: { n: 'count(*)' },
      filter: f('grid'),
      order: [{ key: 'kecamatan' }, { key: 'status' }],
    }),
  };
}

/** Gestures: each publisher's clause reaches every widget but itself. */
const GESTURES: Record<string, FilterClause[]>[] = [
  {},
  { total: [unit('disdukcapil')], sla: [unit('disdukcapil')], status: [unit('disdukcapil')] },
  {
    total: [unit('disdukcapil'), status('selesai')],
    months: [unit('disdukcapil'), status('selesai')],
    units: [status('selesai')],
    status: [unit('disdukcapil')],
    channel: [unit('disdukcapil'), status('selesai')],
    grid: [unit('disdukcapil')],
  },
  {
    total: [status('ditolak'), months],
    units: [status('ditolak'), months],
    months: [status('ditolak')],
    status: [months],
    channel: [status('ditolak'), months],
    grid: [months],
    sla: [months],
  },
];

describe('server cubes', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = await dataFolder(FILES);
    cubed = await serve({ data: dir, cubes: SMALL });
    plain = await serve({ data: dir, cubes: false });
    page = createNodeConnector();
    for (const file of FILES) {
      const name = file.replace('.parquet', '');
      const data = new Uint8Array(await readFile(path.join(dir, file)));
      await page.registerSource({ name, data, format: 'parquet' });
    }
  });
  afterAll(async () => {
    await cubed?.close();
    await plain?.close();
    await page?.close();
    await removeFolder(dir);
  });

  it('every chart kind, from cubes: the oracle SQL answers', async () => {
    const plans = Object.fromEntries(Object.entries(PLANS).map(([id, { plan }]) => [id, plan]));
    const store = storeOf(cubed);
    // Twice: the first queues the builds (and is answered from the tables), the second, once the
    // builds are done, reads the cubes.
    for (const round of [1, 2]) {
      const answers = await served(cubed, plans);
      for (const [id, { sql }] of Object.entries(PLANS)) {
        expect(answers[id], `${id}, round ${round}`).toEqual(await oracle(sql));
      }
      await store.builds.idle();
    }
    expect(store.stats.cube).toBeGreaterThanOrEqual(6);
    expect(store.cubes.length).toBeGreaterThan(0);
  });

  it('cross-filter gestures: the same answers with cubes, without, and on the page engine', async () => {
    const before = { ...storeOf(cubed).stats };
    for (const [i, gesture] of GESTURES.entries()) {
      const plans = dashboard(gesture);
      // While the gesture's cubes build (answered from the table) and once they are built.
      const during = await served(cubed, plans);
      await storeOf(cubed).builds.idle();
      const withCubes = await served(cubed, plans);
      const without = await served(plain, plans);
      for (const id of Object.keys(plans)) {
        expect(during[id], `gesture ${i}, ${id}, during the builds`).toEqual(without[id]);
        expect(withCubes[id], `gesture ${i}, ${id}`).toEqual(without[id]);
        expect(without[id]!.length, `gesture ${i}, ${id}`).toBeGreaterThan(0);
      }
    }
    // A hand-written oracle for the last gesture's line: whole months of rejected applications.
    const line = await served(cubed, { m: dashboard(GESTURES[3]!)['months']! });
    expect(line['m']).toEqual(
      await oracle(`SELECT CAST(date_trunc('month', submitted_at) AS TIMESTAMP) AS submitted_at,
        count(*) AS n FROM applications WHERE status = 'ditolak' GROUP BY 1 ORDER BY 1`),
    );
    const after = storeOf(cubed).stats;
    expect(after.cube - before.cube).toBeGreaterThan(15);
    expect((plain.engine as DuckDBEngine).cubes).toBeNull();
  });
});

describe('server cubes under a row-level scope', { timeout: 120_000 }, () => {
  let scoped: PantauServer;
  beforeAll(async () => {
    dir = await dataFolder(FILES);
    scoped = await serve({
      data: dir,
      cubes: SMALL,
      scope: { header: 'X-Pantau-Unit', column: 'unit_code' },
    });
    page = createNodeConnector();
    const data = new Uint8Array(await readFile(path.join(dir, 'applications.parquet')));
    await page.registerSource({ name: 'applications', data, format: 'parquet' });
  });
  afterAll(async () => {
    await scoped?.close();
    await page?.close();
    await removeFolder(dir);
  });

  const byStatus = (filter: FilterClause[]) =>
    dashboard({ status: filter, total: filter })['status']!;

  it('a cube built for unit A never answers unit B', async () => {
    const a = { 'X-Pantau-Unit': 'disdukcapil' };
    const b = { 'X-Pantau-Unit': 'dpmptsp' };
    const plan = byStatus([{ column: 'channel', predicate: 'eq', value: 'online' }]);
    const expected = (u: string) =>
      oracle(
        `SELECT status, count(*) AS n FROM applications WHERE channel = 'online' AND unit_code = ?
         GROUP BY 1 ORDER BY 2 DESC, 1`,
        [u],
      );
    const store = storeOf(scoped);
    expect((await served(scoped, { s: plan }, a))['s']).toEqual(await expected('disdukcapil'));
    await store.builds.idle();
    expect(store.cubes.map((c) => c.scopeValue)).toEqual(['disdukcapil']);
    const usedBefore = store.stats.cube;
    // B's first request builds B's own cube (over B's rows only); its second reads it.
    expect((await served(scoped, { s: plan }, b))['s']).toEqual(await expected('dpmptsp'));
    await store.builds.idle();
    expect(store.cubes.map((c) => c.scopeValue).sort()).toEqual(['disdukcapil', 'dpmptsp']);
    expect((await served(scoped, { s: plan }, b))['s']).toEqual(await expected('dpmptsp'));
    expect(store.stats.cube).toBe(usedBefore + 1);
    // A's cube holds A's rows and nothing else: its counts add up to A's applications.
    const cubeA = store.cubes.find((c) => c.scopeValue === 'disdukcapil')!;
    const engine = scoped.engine as DuckDBEngine;
    const total = await engine.withConnection(async (c) =>
      Number((await c.runAndReadAll(`SELECT sum(p_0) FROM "${cubeA.name}"`)).getColumnsJS()[0]![0]),
    );
    const [own] = await oracle(
      `SELECT count(*)::DOUBLE AS n FROM applications WHERE unit_code = 'disdukcapil'`,
    );
    expect(total).toBe(own!['n']);
    // A clause naming B sent with A's header still gets A's rows only (none of B's).
    const evasion = byStatus([unit('dpmptsp')]);
    expect((await served(scoped, { s: evasion }, a))['s']).toEqual([]);
  });
});

describe('server cubes and a changed file', { timeout: 120_000 }, () => {
  it('a replaced file drops its cubes; answers follow the new rows', async () => {
    const folder = await dataFolder(['applications.parquet']);
    const server = await serve({ data: folder, cubes: SMALL });
    try {
      const plan = dashboard({ status: [unit('disdukcapil')] })['status']!;
      const first = await served(server, { s: plan });
      const store = storeOf(server);
      await store.builds.idle();
      expect(store.cubes.length).toBe(1);
      // A new version of the file: only the rejected applications.
      await replaceWithRejected(folder);
      (server.engine as DuckDBEngine).expireVersion();
      const second = await served(server, { s: plan });
      expect(second['s']!.map((r) => r['status'])).toEqual(['ditolak']);
      expect(second['s']).not.toEqual(first['s']);
      expect(store.stats.dropped).toBeGreaterThanOrEqual(1);
      await store.builds.idle();
      expect(store.cubes.length).toBe(1);
      const fromCube = store.stats.cube;
      expect(await served(server, { s: plan })).toEqual(second);
      expect(store.stats.cube).toBe(fromCube + 1);
    } finally {
      await server.close();
      await removeFolder(folder);
    }
  });
});
