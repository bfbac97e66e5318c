/**
 * A lost engine (issue 17 item 1): DuckDB's worker is stopped behind Pantau's back, as a browser
 * reclaiming memory stops it, and nothing on the page is told; or it is stuck in a query that does
 * not end. The client notices by the silence (the stall deadline: 120 s by default, shortened by
 * the test only for a worker it has stopped or stuck, engine-faults.ts), the connector starts a
 * new engine, loads the sources again and runs the interrupted calls once more. Real duckdb-wasm
 * workers throughout.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createBrowserConnector } from '../../src/engine/page-engine.ts';
import { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { openBrowserDriver } from '../../src/engine/browser/browser-driver.ts';
import { bundlesAt, getAssetBase } from '../../src/engine/browser/asset-base.ts';
import { driverOf } from '../../src/engine/engine-access.ts';
import { tableChanges } from '../../src/engine/table-changes.ts';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import { expectPantauError, rows } from '../support.ts';
import { stickWorker, stopWorker } from './engine-faults.ts';

const BY_UNIT = 'SELECT unit, sum(diterima)::DOUBLE AS n FROM layanan GROUP BY 1 ORDER BY 1';
const FROM_ROWS = 'SELECT k, sum(v)::DOUBLE AS v FROM dari_baris GROUP BY 1 ORDER BY 1';

/** Every page-wide "any table changed" announcement (a lost engine makes one: cubes go). */
function tableChangeAnnouncements(): (string | null)[] {
  const seen: (string | null)[] = [];
  tableChanges().addEventListener('change', (e) =>
    seen.push((e as CustomEvent<string | null>).detail),
  );
  return seen;
}

async function loadTables(coordinator: Coordinator): Promise<void> {
  await coordinator.registerSource({ name: 'layanan', data: '/test/fixtures/layanan.csv' });
  await coordinator.registerSource({
    name: 'dari_baris',
    data: [
      { k: 'a', v: 1 },
      { k: 'a', v: 2 },
      { k: 'b', v: 5 },
    ],
  });
}

// Each restart instantiates DuckDB anew (1-2 s on a quiet machine, 10-20 s at load 25): the
// bound is wide so a busy machine makes a test slower, not failed.
describe('a DuckDB worker that stops', { timeout: 180_000 }, () => {
  const db = createBrowserConnector();
  const coordinator = new Coordinator(db);
  afterAll(() => db.close());

  it('is noticed and replaced: calls in flight and after answer, from every source loaded again', async () => {
    await loadTables(coordinator);
    const byUnit = await rows(db, BY_UNIT);
    const fromRows = await rows(db, FROM_ROWS);
    expect(fromRows).toEqual([
      { k: 'a', v: 3 },
      { k: 'b', v: 5 },
    ]);
    const announced = tableChangeAnnouncements();
    const first = await driverOf(db);
    await stopWorker(db);
    // Sent to the dead worker: they wait for the stall deadline, then run on the new engine.
    const [again, one, schema] = await Promise.all([
      rows(db, BY_UNIT),
      coordinator.query({ sql: 'SELECT 1 AS one' }),
      coordinator.describe('dari_baris'),
    ]);
    expect(again).toEqual(byUnit);
    expect(one.rows()).toEqual([{ one: 1 }]);
    expect(schema.columns.map((c) => c.name)).toEqual(['k', 'v']);
    expect(await rows(db, FROM_ROWS)).toEqual(fromRows);
    expect(await driverOf(db)).not.toBe(first);
    // One loss, noticed by three calls, announced once, naming no table: every one (and every
    // cube) is new. (CustomEvent turns an absent detail into null.)
    expect(announced).toEqual([null]);
  });

  it('a worker stopped while idle is replaced on the next call, which answers', async () => {
    const before = await rows(db, BY_UNIT);
    await stopWorker(db);
    expect(await rows(db, 'SELECT 40 + 2 AS answer')).toEqual([{ answer: 42 }]);
    expect(await rows(db, BY_UNIT)).toEqual(before);
  });

  it('a worker stuck in a query that does not end is given up and replaced', async () => {
    const before = await rows(db, BY_UNIT);
    const first = await driverOf(db);
    await stickWorker(db);
    // The next call finds the engine lost, starts a new one and answers from it.
    expect(await rows(db, BY_UNIT)).toEqual(before);
    expect(await driverOf(db)).not.toBe(first);
  });

  it('a source loading when the worker stops is loaded into the new engine', async () => {
    await stopWorker(db);
    const info = await coordinator.registerSource({
      name: 'sesudah',
      data: [{ unit: 'Dinkes', n: 7 }],
    });
    expect(info.rows).toBe(1);
    expect(await rows(db, 'SELECT unit, n FROM sesudah')).toEqual([{ unit: 'Dinkes', n: 7 }]);
  });
});

describe('a restart that fails', { timeout: 180_000 }, () => {
  const good = getAssetBase();
  let base = good;
  const db = new DuckDBConnector(() => openBrowserDriver(bundlesAt(base)));
  const coordinator = new Coordinator(db);
  afterAll(() => db.close());

  it('says so in both languages, and the next call tries again', async () => {
    await loadTables(coordinator);
    const byUnit = await rows(db, BY_UNIT);
    // The engine's files are gone from the server when it restarts: its worker cannot load.
    base = new URL('/no-such-folder/duckdb/', location.href).href;
    await stopWorker(db);
    const error = await expectPantauError(rows(db, BY_UNIT), 'ENGINE_FAILED');
    expect(error.text.en).toMatch(/stopped and could not be restarted.*Retry/);
    expect(error.text.id).toMatch(/berhenti dan gagal dimulai ulang.*Coba lagi/);
    // A second call tries again at once (no deadline to wait for: the engine is known gone).
    await expectPantauError(rows(db, 'SELECT 1'), 'ENGINE_FAILED');
    base = good;
    expect(await rows(db, BY_UNIT)).toEqual(byUnit);
    expect(await rows(db, FROM_ROWS)).toEqual([
      { k: 'a', v: 3 },
      { k: 'b', v: 5 },
    ]);
  });
});
