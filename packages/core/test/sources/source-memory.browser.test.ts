import { describe, expect, it } from 'vitest';
import { createBrowserConnector } from '../../src/engine/page-engine.ts';
import { setEngineLimits } from '../../src/engine/engine-limits.ts';
import { expectPantauError, rows } from '../support.ts';

/**
 * Issue 17 item 6 on duckdb-wasm: a source too large for the engine is refused before its data is
 * fetched, naming the limit and the ways out, and the limits are settable without internals.
 * test/fixtures/layanan.parquet is 940 bytes; its six columns decode to 47-96 bytes each.
 */
const FAULTS = '/__pantau_faults__';
let seq = 0;
const parquetAt = () => {
  const key = `mem-${Date.now()}-${++seq}`;
  return { key, url: `${FAULTS}/parquet/${key}.parquet` };
};
const requests = async (key: string) =>
  ((await (await fetch(`${FAULTS}/stats/${key}`)).json()) as { requests: number }).requests;

describe('sources too large for the engine (real duckdb-wasm)', () => {
  it('the whole file over the cap: refused after the HEAD, naming the limit and the ways out', async () => {
    const db = createBrowserConnector({ maxSourceBytes: 600 });
    const { key, url } = parquetAt();
    const error = await expectPantauError(
      db.registerSource({ name: 'besar', data: url }),
      'SOURCE_TOO_LARGE',
    );
    expect(error.details).toMatchObject({ bytes: 940, limit: 600, measure: 'file' });
    expect(await requests(key)).toBe(1);
    for (const way of [
      'columns="a, b"',
      'Pantau server',
      'max-source-size="1GB"',
      'setEngineLimits',
    ]) {
      expect(error.text.en).toContain(way);
    }
    expect(error.text.id).toContain('server Pantau');
    await db.close();
  });

  it('columns= under the cap loads, though the file is over it; over the cap stops at the footer', async () => {
    const db = createBrowserConnector({ maxSourceBytes: 600 });
    const small = parquetAt();
    const info = await db.registerSource({
      name: 'kecil',
      data: small.url,
      columns: ['bulan', 'diterima'],
    });
    expect(info.rows).toBe(6);
    expect(await rows(db, 'SELECT sum(diterima)::INTEGER AS d FROM kecil')).toEqual([{ d: 5050 }]);

    await setEngineLimits({ maxSourceBytes: '200' }, db);
    const wide = parquetAt();
    const error = await expectPantauError(
      db.registerSource({
        name: 'lebar',
        data: wide.url,
        columns: ['unit', 'selesai', 'rerata_hari'],
      }),
      'SOURCE_TOO_LARGE',
    );
    expect(error.details).toMatchObject({ bytes: 96 + 74 + 95, limit: 200, measure: 'decoded' });
    expect(error.text.en).toContain('needs 1 MB for the columns loaded, over the 1 MB limit');
    // HEAD and the footer only: no column was fetched.
    expect(await requests(wide.key)).toBe(2);
    await db.close();
  });

  it("DuckDB's memory limit: set before the start, refused after it with advice", async () => {
    const db = createBrowserConnector();
    await setEngineLimits({ memoryLimit: '300MB' }, db);
    expect(await rows(db, "SELECT current_setting('memory_limit') AS m")).toEqual([
      { m: '286.1 MiB' },
    ]);
    const late = await expectPantauError(
      setEngineLimits({ memoryLimit: '1GB' }, db),
      'ENGINE_FAILED',
    );
    expect(late.text.en).toContain('memory-limit attribute');
    await expectPantauError(setEngineLimits({ maxSourceBytes: 'banyak' }, db), 'ENGINE_FAILED');
    await db.close();
  });
});
