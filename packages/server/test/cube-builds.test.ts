// Cube builds off the request path (issue 14), on real DuckDB: while a build waits on its queue
// the plan is answered from the table, equal to a server without cubes; once built, from the
// cube, still equal; a replaced file cancels the queued build of the old rows; a full queue drops
// the least recently wanted build; a request waits for a running build when the table's last
// build rate says it is nearly done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregatePlan, type FilterClause } from '@pantau/core';
import type { DuckDBEngine } from '../src/engine/duckdb-engine.ts';
import type { PantauServer } from '../src/index.ts';
import type { CubeOptions } from '../src/cubes/cube-options.ts';
import { countByStatus, served, storeOf } from './cube-support.ts';
import { dataFolder, removeFolder, replaceWithRejected, serve } from './support.ts';

// The committed applications table is small: cubes are built for it as for 100M rows.
const SMALL: Partial<CubeOptions> = {
  minRows: 0,
  maxCubeShare: 1,
  maxCubeRows: 1_000_000,
  waitMs: 0,
};

const byStatus = (filter: FilterClause[]) => countByStatus('applications', filter);
const byChannel = (filter: FilterClause[]) =>
  aggregatePlan({
    table: 'applications',
    groups: ['channel'],
    measures: { sla: 'avg(sla_days)' },
    filter,
    order: [{ key: 'channel' }],
  });
const unit = (value: string): FilterClause => ({ column: 'unit_code', predicate: 'eq', value });

describe('cube builds off the request path', { timeout: 120_000 }, () => {
  let dir: string;
  let plain: PantauServer;
  beforeAll(async () => {
    dir = await dataFolder(['applications.parquet']);
    plain = await serve({ data: dir, cubes: false });
  });
  afterAll(async () => {
    await plain?.close();
    await removeFolder(dir);
  });

  it('answers from the table while the build waits, from the cube once built: the same rows', async () => {
    const server = await serve({ data: dir, cubes: SMALL });
    try {
      const store = storeOf(server);
      store.builds.pause();
      const plan = byStatus([unit('disdukcapil')]);
      const oracle = await served(plain, plan);
      const during = await served(server, plan);
      expect(store.builds.size.queued).toBe(1);
      expect(store.stats).toMatchObject({ cube: 0, base: 1, built: 0 });
      expect(during).toEqual(oracle);
      // Still held: a second request does not queue the same build twice.
      expect(await served(server, plan)).toEqual(oracle);
      expect(store.builds.size.queued).toBe(1);
      store.builds.resume();
      await store.builds.idle();
      expect(store.stats.built).toBe(1);
      expect(await served(server, plan)).toEqual(oracle);
      expect(await served(server, byStatus([unit('dpmptsp')]))).toEqual(
        await served(plain, byStatus([unit('dpmptsp')])),
      );
      expect(store.stats).toMatchObject({ cube: 2, base: 2, built: 1 });
    } finally {
      await server.close();
    }
  });

  it('a full queue drops the least recently wanted build', async () => {
    const server = await serve({ data: dir, cubes: { ...SMALL, maxQueuedBuilds: 1 } });
    try {
      const store = storeOf(server);
      store.builds.pause();
      await served(server, byStatus([unit('disdukcapil')]));
      await served(server, byChannel([unit('disdukcapil')]));
      expect(store.builds.size.queued).toBe(1);
      expect(store.builds.cancelled).toBe(1);
      store.builds.resume();
      await store.builds.idle();
      // The channel's cube was built, the status's was not.
      const before = { ...store.stats };
      await served(server, byChannel([unit('dpmptsp')]));
      expect(store.stats.cube).toBe(before.cube + 1);
    } finally {
      await server.close();
    }
  });

  it('a request waits for a build nearly done, by the last build rate', async () => {
    // Any build is "nearly done" within a minute: the second shape's request waits for its cube.
    const server = await serve({ data: dir, cubes: { ...SMALL, waitMs: 60_000 } });
    try {
      const store = storeOf(server);
      const first = byStatus([unit('disdukcapil')]);
      // No build rate known yet: the first request does not wait.
      expect(await served(server, first)).toEqual(await served(plain, first));
      expect(store.stats).toMatchObject({ base: 1, waited: 0 });
      await store.builds.idle();
      const second = byChannel([unit('disdukcapil')]);
      expect(await served(server, second)).toEqual(await served(plain, second));
      expect(store.stats).toMatchObject({ base: 1, cube: 1, waited: 1, built: 2 });
    } finally {
      await server.close();
    }
  });
});

describe('a queued build and a replaced file', { timeout: 120_000 }, () => {
  it('is cancelled; the next build reads the new rows', async () => {
    const folder = await dataFolder(['applications.parquet']);
    const server = await serve({ data: folder, cubes: SMALL });
    try {
      const store = storeOf(server);
      store.builds.pause();
      const plan = byStatus([unit('disdukcapil')]);
      const old = await served(server, plan);
      expect(store.builds.size.queued).toBe(1);
      // A new version of the file: only the rejected applications.
      await replaceWithRejected(folder);
      (server.engine as DuckDBEngine).expireVersion();
      const fresh = await served(server, plan);
      expect(store.builds.cancelled).toBe(1);
      expect(fresh.map((r) => r['status'])).toEqual(['ditolak']);
      expect(fresh).not.toEqual(old);
      store.builds.resume();
      await store.builds.idle();
      expect(store.stats.built).toBe(1);
      const cubeAnswers = store.stats.cube;
      expect(await served(server, plan)).toEqual(fresh);
      expect(store.stats.cube).toBe(cubeAnswers + 1);
    } finally {
      await server.close();
      await removeFolder(folder);
    }
  });
});
