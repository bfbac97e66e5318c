import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserConnector } from '../../src/engine/page-engine.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { expectPantauError, rows } from '../support.ts';

const csvAt = (body: string) => `/__pantau_test__/csv/x.csv?body=${encodeURIComponent(body)}`;

/** Issue 18 items 6 and 7 where they broke: in the browser, on duckdb-wasm. */
describe('source limits and messages in the browser (duckdb-wasm)', () => {
  let db: DuckDBConnector;
  beforeAll(() => {
    db = createBrowserConnector({ maxSourceBytes: 2 * 1024 * 1024 });
  });
  afterAll(() => db.close());

  it('item 7: a ragged CSV line is named (duckdb-wasm takes the buffer; the hint reads a copy)', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'bergerigi', data: csvAt('a,b\n1,2\n3,4,5\n6,7\n') }),
      'SOURCE_PARSE_FAILED',
    );
    expect(error.text.en).toContain('line 3 has 3 fields but the header has 2');
    expect(error.text.id).toContain('baris 3 berisi 3 kolom');
    expect(await rows(db, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('item 6: Parquet without Content-Length stops at the cap while streaming', async () => {
    const error = await expectPantauError(
      db.registerSource({ name: 'pq', data: '/__pantau_test__/chunked/besar.parquet?mb=300' }),
      'SOURCE_TOO_LARGE',
    );
    expect(error.details['limit']).toBe(2 * 1024 * 1024);
    const { bytes } = (await (await fetch('/__pantau_test__/sent/besar')).json()) as {
      bytes: number;
    };
    // Cut off near the cap (plus what the sockets had buffered), far from the whole 300 MB.
    expect(bytes).toBeLessThan(64 * 1024 * 1024);
  });
});
