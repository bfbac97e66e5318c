// Cube builds that fail and builds that are stopped (issue 14), on real DuckDB. The builds read
// an operator's view of the applications repeated 5,000 times (100M rows): its cube takes 1-4 s
// to build on this machine, so a 200 ms limit truly times it out, and a cancel a request later
// truly interrupts its running statement. Answers are compared with a server without cubes over
// the same view.
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterClause } from '@pantau/core';
import type { DuckDBEngine } from '../src/engine/duckdb-engine.ts';
import type { PantauServer, ServerOptions } from '../src/index.ts';
import type { BuildJob } from '../src/cubes/build-queue.ts';
import type { BuildOutcome } from '../src/cubes/build-retries.ts';
import type { CubeOptions } from '../src/cubes/cube-options.ts';
import { countByStatus, served, storeOf } from './cube-support.ts';
import { dataFolder, removeFolder, replaceWithRejected, serve } from './support.ts';

const MANY: ServerOptions['views'] = [
  {
    name: 'applications_many',
    sql: 'SELECT a.*, r.range AS copy FROM applications a CROSS JOIN range(5000) r',
  },
];

// Cubes for a view of any size; no request waits for a build; a failed build may run again at once.
const CUBES: Partial<CubeOptions> = {
  minRows: 0,
  maxCubeShare: 1,
  maxCubeRows: 1_000_000,
  waitMs: 0,
  buildRetryMs: 0,
};
// Far shorter than the build (seconds), far longer than a statement takes to start.
const TOO_SHORT_MS = 200;

const byStatus = (filter: FilterClause[]) => countByStatus('applications_many', filter);
const unit = (value: string): FilterClause => ({ column: 'unit_code', predicate: 'eq', value });

/** Every build's outcome, in the order they end. */
function outcomes(server: PantauServer): BuildOutcome[] {
  const seen: BuildOutcome[] = [];
  storeOf(server).builds.events.on('end', (_job, outcome) => seen.push(outcome));
  return seen;
}

describe('a cube build that times out', { timeout: 180_000 }, () => {
  let dir: string;
  let plain: PantauServer;
  beforeAll(async () => {
    dir = await dataFolder(['applications.parquet']);
    plain = await serve({ data: dir, cubes: false, views: MANY });
  });
  afterAll(async () => {
    await plain?.close();
    await removeFolder(dir);
  });

  it('once is built on a later request; the answers stay equal', async () => {
    const server = await serve({
      data: dir,
      views: MANY,
      cubes: { ...CUBES, buildTimeoutMs: TOO_SHORT_MS },
    });
    try {
      const store = storeOf(server);
      const ended = outcomes(server);
      const plan = byStatus([unit('disdukcapil')]);
      const oracle = await served(plain, plan);
      expect(await served(server, plan)).toEqual(oracle);
      await store.builds.idle();
      expect(ended).toEqual(['timedOut']);
      expect(store.retries.stats).toMatchObject({ timedOut: 1, retried: 0, gaveUp: 0 });
      // The load has passed: the next try has the time it needs.
      store.options.buildTimeoutMs = 600_000;
      expect(await served(server, plan)).toEqual(oracle);
      await store.builds.idle();
      expect(ended).toEqual(['timedOut', 'built']);
      expect(store.retries.stats).toMatchObject({ timedOut: 1, retried: 1, gaveUp: 0 });
      const fromCube = store.stats.cube;
      expect(await served(server, plan)).toEqual(oracle);
      expect(store.stats.cube).toBe(fromCube + 1);
    } finally {
      await server.close();
    }
  });

  it('every time stops being tried after maxBuildTries; the table answers right throughout', async () => {
    const server = await serve({
      data: dir,
      views: MANY,
      cubes: { ...CUBES, buildTimeoutMs: TOO_SHORT_MS, maxBuildTries: 2 },
    });
    try {
      const store = storeOf(server);
      const ended = outcomes(server);
      const plan = byStatus([unit('dpmptsp')]);
      const oracle = await served(plain, plan);
      for (let request = 0; request < 4; request++) {
        expect(await served(server, plan)).toEqual(oracle);
        await store.builds.idle();
      }
      // Two tries, then none: the third and fourth requests queued nothing.
      expect(ended).toEqual(['timedOut', 'timedOut']);
      expect(store.retries.stats).toMatchObject({ timedOut: 2, retried: 1, gaveUp: 1 });
      expect(store.stats).toMatchObject({ cube: 0, base: 4, built: 0 });
      expect(store.builds.size).toEqual({ queued: 0, running: 0 });
    } finally {
      await server.close();
    }
  });
});

describe('a running cube build stopped', { timeout: 180_000 }, () => {
  /** The build the lane takes next, once it has taken it. */
  const started = (server: PantauServer) =>
    once(storeOf(server).builds.events, 'start') as Promise<[BuildJob]>;
  /** Resolves with the outcome of `job` when it ends (at once if it has ended). */
  const endOf = (server: PantauServer, job: BuildJob) =>
    new Promise<BuildOutcome>((resolve) => {
      const events = storeOf(server).builds.events;
      const listener = (ended: BuildJob, outcome: BuildOutcome) => {
        if (ended !== job) return;
        events.off('end', listener);
        resolve(outcome);
      };
      events.on('end', listener);
      const known = endings.get(job);
      if (known !== undefined) listener(job, known);
    });
  /** Every build's outcome, kept from the server's start (a build may end before it is asked). */
  const endings = new Map<BuildJob, BuildOutcome>();
  const startRecorded = async (options: ServerOptions) => {
    const server = await serve(options);
    storeOf(server).builds.events.on('end', (job, outcome) => endings.set(job, outcome));
    return server;
  };

  it('by a new version of the data is interrupted; the lane then builds the new rows’ cube', async () => {
    const folder = await dataFolder(['applications.parquet']);
    const server = await startRecorded({ data: folder, views: MANY, cubes: CUBES });
    const plain = await serve({ data: folder, views: MANY, cubes: false });
    try {
      const store = storeOf(server);
      const plan = byStatus([unit('disdukcapil')]);
      const taken = started(server);
      await served(server, plan);
      const [old] = await taken;
      const oldEnded = endOf(server, old);
      // A new version of the file while the old rows' cube is being built.
      await replaceWithRejected(folder);
      (server.engine as DuckDBEngine).expireVersion();
      (plain.engine as DuckDBEngine).expireVersion();
      const next = started(server);
      const fresh = await served(server, plan);
      expect(fresh).toEqual(await served(plain, plan));
      expect(fresh.map((r) => r['status'])).toEqual(['ditolak']);
      expect(await oldEnded).toBe('interrupted');
      expect(store.builds.cancelled).toBe(1);
      // The lane is free again and takes the new version's build.
      const [job] = await next;
      expect(job.version).not.toBe(old.version);
      expect(await endOf(server, job)).toBe('built');
      expect(store.builds.size).toEqual({ queued: 0, running: 0 });
      const fromCube = store.stats.cube;
      expect(await served(server, plan)).toEqual(fresh);
      expect(store.stats.cube).toBe(fromCube + 1);
    } finally {
      await Promise.all([server.close(), plain.close()]);
      await removeFolder(folder);
    }
  });

  it('by the server closing is interrupted before its connection closes', async () => {
    const folder = await dataFolder(['applications.parquet']);
    const server = await startRecorded({ data: folder, views: MANY, cubes: CUBES });
    try {
      const taken = started(server);
      await served(server, byStatus([unit('dinsos')]));
      const [job] = await taken;
      const ended = endOf(server, job);
      await server.close();
      expect(await ended).toBe('interrupted');
      expect(storeOf(server).builds.size).toEqual({ queued: 0, running: 0 });
    } finally {
      await removeFolder(folder);
    }
  });
});
