// @ts-check
/**
 * The engine's floor: native DuckDB in Node (@duckdb/node-api), one thread (duckdb-wasm's eh
 * bundle runs on one), the same file and the same SQL as the hand-written contender (spec.mjs).
 * It draws nothing: S1 is its load, S2 the six queries, S3 the six queries under each kind of
 * selection the gestures make.
 */
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { NATIVE_STATES, widgetQueries } from './spec.mjs';

/**
 * @param {string} file the Parquet file
 * @param {number} interactions timed filter states (cycling through NATIVE_STATES)
 */
export async function runNative(file, interactions) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  try {
    const t0 = performance.now();
    const quoted = `'${path.resolve(file).replaceAll("'", "''")}'`;
    await conn.run(`CREATE TABLE applications AS SELECT * FROM read_parquet(${quoted})`);
    const loadMs = performance.now() - t0;

    /** @param {import('./spec.mjs').FilterState} state */
    const six = async (state) => {
      const started = performance.now();
      for (const q of widgetQueries(state)) {
        const prepared = await conn.prepare(q.sql);
        prepared.bind(q.params);
        await prepared.runAndReadAll();
      }
      return performance.now() - started;
    };
    const s2 = await six({});
    /** @type {number[]} */
    const latencies = [];
    for (let i = 0; i < interactions; i++) {
      latencies.push(await six(/** @type {any} */ (NATIVE_STATES[i % NATIVE_STATES.length])));
    }
    return { loadMs, s2, latencies };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
