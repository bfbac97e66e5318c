import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserConnector, pageConnector } from '../../src/engine/page-engine.ts';
import { getAssetBase, setAssetBase } from '../../src/engine/browser/asset-base.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { driverOf } from '../../src/engine/engine-access.ts';
import { requestsInFlight } from '../../src/engine/browser/worker-driver.ts';
import { Coordinator } from '../../src/coordinator/coordinator.ts';
import { groupQuery } from '../../src/sql/group-query.ts';
import { encode, expectHealthy, expectPantauError, rows } from '../support.ts';

const duckdbRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /duckdb-(eh|mvp|coi)\.wasm|duckdb-browser-[a-z-]+\.worker\.js/.test(name));

describe('the browser engine (duckdb-wasm in a worker, in headless Chromium)', () => {
  let db: DuckDBConnector;

  beforeAll(() => {
    db = createBrowserConnector();
  });
  afterEach(async () => {
    await expectHealthy(db);
  });
  afterAll(() => db.close());

  it('loads nothing until the first query, then the eh bundle from the page origin', async () => {
    expect(duckdbRequests()).toEqual([]);
    expect(await rows(db, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    const requests = duckdbRequests();
    // The wasm itself is fetched inside the worker, out of this page's resource timing.
    expect(requests.some((url) => url.endsWith('/duckdb/duckdb-browser-eh.worker.js'))).toBe(true);
    expect(requests.some((url) => url.includes('mvp'))).toBe(false);
    for (const url of requests) expect(new URL(url).origin).toBe(location.origin);
    expect((await driverOf(db)).engine).toMatch(/^duckdb-wasm v1\.4\./);
  });

  it('counts the requests in flight, for a harness that waits until the engine is idle', async () => {
    const driver = await driverOf(db);
    expect(requestsInFlight(driver)).toBe(0);
    const answers = [driver.query('SELECT 1 AS a'), driver.query('SELECT 2 AS b')];
    // Posted to the worker at once; the worker answers only after this task ends.
    expect(requestsInFlight(driver)).toBe(2);
    await Promise.all(answers);
    expect(requestsInFlight(driver)).toBe(0);
  });

  it('loads a CSV from a URL and aggregates it through the coordinator', async () => {
    const coordinator = new Coordinator(db);
    const info = await coordinator.registerSource({
      name: 'layanan',
      data: '/test/fixtures/layanan.csv',
    });
    expect(info.rows).toBe(6);
    const query = groupQuery({
      table: info.schema,
      groupBy: ['unit'],
      measures: { diterima: 'sum(diterima)', tepat: 'sum(tepat_waktu) / sum(selesai)' },
      orderBy: [{ key: 'unit' }],
    });
    const result = await coordinator.query(query);
    expect(result.rows()).toEqual([
      // DuckDB orders text by byte: capitals first.
      { unit: 'DPMPTSP', diterima: 930, tepat: 895 / 910 },
      { unit: 'Dinkes', diterima: 1620, tepat: 700 / 790 },
      { unit: 'Disdukcapil', diterima: 2500, tepat: 2300 / 2430 },
    ]);
  });

  it('reuses a prepared statement per SQL text: each call its own values, and a replaced table is read anew', async () => {
    const sql = 'SELECT count(*)::INTEGER AS n, max(v) AS top FROM prepared_reuse WHERE k = ?';
    await db.registerSource({
      name: 'prepared_reuse',
      data: [
        { k: 'a', v: 1 },
        { k: 'a', v: 2 },
        { k: 'b', v: 3 },
      ],
    });
    expect(await rows(db, sql, ['a'] as never[])).toEqual([{ n: 2, top: 2 }]);
    expect(await rows(db, sql, ['b'] as never[])).toEqual([{ n: 1, top: 3 }]);
    // Replaced by a reload with another type for v: the kept statement must not answer from the
    // old table or fail on the old type.
    await db.registerSource({
      name: 'prepared_reuse',
      data: [
        { k: 'a', v: 'x' },
        { k: 'b', v: 'y' },
        { k: 'b', v: 'z' },
      ],
    });
    expect(await rows(db, sql, ['b'] as never[])).toEqual([{ n: 2, top: 'z' }]);
    // A statement that cannot be prepared is an error each time and leaves the others working.
    const bad = 'SELECT nope FROM prepared_reuse WHERE k = ?';
    await expect(db.query(bad, ['a'])).rejects.toThrow();
    await expect(db.query(bad, ['a'])).rejects.toThrow();
    expect(await rows(db, sql, ['a'] as never[])).toEqual([{ n: 1, top: 'x' }]);
  });

  it('reads Parquet over HTTP ranges from the dev server', async () => {
    const info = await db.registerSource({
      name: 'layanan_pq',
      data: '/test/fixtures/layanan.parquet',
    });
    expect(info.format).toBe('parquet');
    expect(
      await rows(db, 'SELECT count(*) AS n, count(selesai) AS dilaporkan FROM layanan_pq'),
    ).toEqual([{ n: 6, dilaporkan: 5 }]);
  });

  it('reads a File the user picked, and Arrow IPC', async () => {
    const file = new File([encode('unit;nilai\nDinkes;88,5\n')], 'ikm.csv', { type: 'text/csv' });
    await db.registerSource({ name: 'dari_berkas', data: file });
    expect(await rows(db, 'SELECT * FROM dari_berkas')).toEqual([{ unit: 'Dinkes', nilai: 88.5 }]);
    await db.registerSource({ name: 'layanan_arrow', data: '/test/fixtures/layanan.arrow' });
    expect(await rows(db, 'SELECT sum(diterima) AS total FROM layanan_arrow')).toEqual([
      { total: 5050 },
    ]);
  });

  it('a URL that answers 404', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'hilang', data: '/__pantau_test__/missing.csv' }),
      'SOURCE_FETCH_FAILED',
    );
    expect(error.details).toMatchObject({ status: 404 });
  });

  it('a CSV address that the server answers with an HTML page (a login or error page)', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'hilang', data: '/__pantau_test__/login-page.csv' }),
      'SOURCE_FORMAT_MISMATCH',
    );
    expect(error.text.en).toContain('web page');
  });

  it('a streamed response (no Content-Length) over the size cap is cut off', async () => {
    const small = createBrowserConnector({ maxSourceBytes: 1000 });
    try {
      await expectPantauError(
        small.registerSource({ name: 'besar', data: '/__pantau_test__/streamed-large.csv' }),
        'SOURCE_TOO_LARGE',
      );
    } finally {
      await small.close();
    }
  });

  it('SQL cannot reach the network or write files', async () => {
    await db.registerSource({ name: 't', data: [{ a: 1 }] });
    await expectPantauError(
      db.query(`SELECT * FROM read_csv('${location.origin}/test/fixtures/layanan.csv')`),
      'ACCESS_DENIED',
    );
    await expectPantauError(
      db.query("SELECT * FROM read_csv('https://example.com/x.csv')"),
      'ACCESS_DENIED',
    );
    await expectPantauError(db.query("ATTACH 'https://example.com/x.duckdb'"), 'ACCESS_DENIED');
    await expectPantauError(db.query("COPY t TO '/pantau/sources/x.csv'"), 'ACCESS_DENIED');
    const driver = await driverOf(db);
    await expect(
      driver.query("SELECT * FROM read_csv('https://example.com/x.csv')"),
    ).rejects.toThrow(/Permission Error/);
    await expect(driver.query('SET enable_external_access = true')).rejects.toThrow(/locked/);
  });

  it('no request has left the page origin', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin !== location.origin);
    expect(foreign).toEqual([]);
  });
});

describe('the page engine and its assets', () => {
  it('is one connector per page', () => {
    expect(pageConnector()).toBe(pageConnector());
  });

  it('refuses DuckDB files from another origin (no CDN)', async () => {
    const before = getAssetBase();
    const error = await expectPantauError(
      Promise.resolve().then(() =>
        setAssetBase('https://cdn.jsdelivr.net/npm/@duckdb/duckdb-wasm/dist/'),
      ),
      'ENGINE_FAILED',
    );
    expect(error.text.en).toContain('own origin');
    expect(getAssetBase()).toBe(before);
  });

  it('once an engine has started, the asset base is fixed: another folder is refused', async () => {
    const before = getAssetBase();
    const error = await expectPantauError(
      Promise.resolve().then(() => setAssetBase('/uploads/')),
      'ENGINE_FAILED',
    );
    expect(error.text.en).toContain('once');
    expect(getAssetBase()).toBe(before);
    // The same value again is harmless.
    setAssetBase(before);
  });
});
