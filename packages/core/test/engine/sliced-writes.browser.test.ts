/**
 * Long writes (cube builds) run in slices on a connection of their own, so a reader's query sent
 * meanwhile is answered between two slices instead of after the whole statement (issue 13: a
 * gesture during the idle builds). Real duckdb-wasm in headless Chromium; what is asserted is the
 * order in which answers arrive, never wall-clock time. The worker answers messages in the order
 * they come, so a query posted between two slices runs before the next one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserConnector } from '../../src/engine/page-engine.ts';
import type { DuckDBConnector } from '../../src/engine/duckdb-connector.ts';
import { driverOf, writerOf } from '../../src/engine/engine-access.ts';
import { PantauError } from '../../src/errors/pantau-error.ts';
import { expectHealthy, rows } from '../support.ts';

// Tens of milliseconds of DuckDB's time on any machine, so several 10 ms slices.
const ROWS = 4_000_000;

describe('sliced writes on the browser engine', () => {
  let db: DuckDBConnector;

  beforeAll(async () => {
    db = createBrowserConnector();
    // The base table made below the statement gate (a page's sources arrive as files).
    await (
      await driverOf(db)
    ).query(`CREATE TABLE numbers AS SELECT range AS i FROM range(${ROWS})`);
  });
  afterEach(async () => {
    await expectHealthy(db);
  });
  afterAll(() => db.close());

  it('answers a query sent between two slices before the write ends, and the write is whole', async () => {
    const order: string[] = [];
    let slices = 0;
    let asked: Promise<void> | undefined;
    await writerOf(db)!.exec(
      'CREATE TABLE per_key AS SELECT i % 1000 AS k, count(*) AS n, sum(i) AS s FROM numbers GROUP BY 1',
      async () => {
        slices++;
        // Sent, not awaited: the next slice is posted behind it.
        asked ??= rows(db, 'SELECT 40 + 2 AS answer').then((answer) => {
          expect(answer).toEqual([{ answer: 42 }]);
          order.push('query answered');
        });
      },
    );
    order.push('write ended');
    await asked;
    expect(slices).toBeGreaterThan(0);
    expect(order).toEqual(['query answered', 'write ended']);
    // Committed, and seen from the reader's connection.
    expect(await rows(db, 'SELECT count(*) AS keys, sum(n) AS n FROM per_key')).toEqual([
      { keys: 1000, n: ROWS },
    ]);
  });

  it('a write that fails halfway reports DuckDB’s error and leaves no table', async () => {
    let slices = 0;
    const failed = await writerOf(db)!
      .exec(
        `CREATE TABLE half AS SELECT CAST(CASE WHEN i = ${ROWS - 1} THEN 'x' ELSE i::VARCHAR END AS INTEGER) AS v FROM numbers`,
        async () => {
          slices++;
        },
      )
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failed).toBeInstanceOf(PantauError);
    expect(String((failed as PantauError).details['engineMessage'])).toMatch(/convert/i);
    expect(slices).toBeGreaterThan(0);
    expect(
      await rows(db, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'half'"),
    ).toEqual([{ n: 0 }]);
  });

  it('two sliced writes at once (two dashboards building) both end whole', async () => {
    const writer = writerOf(db)!;
    let slices = 0;
    const between = async () => {
      slices++;
    };
    await Promise.all([
      writer.exec(
        'CREATE TABLE by_ten AS SELECT i % 10 AS k, count(*) AS n FROM numbers GROUP BY 1',
        between,
      ),
      writer.exec(
        'CREATE TABLE by_seven AS SELECT i % 7 AS k, count(*) AS n FROM numbers GROUP BY 1',
        between,
      ),
    ]);
    // Both were cut into slices, their polls interleaved in the worker.
    expect(slices).toBeGreaterThan(1);
    for (const [table, keys] of [
      ['by_ten', 10],
      ['by_seven', 7],
    ] as const) {
      expect(await rows(db, `SELECT count(*) AS keys, sum(n) AS n FROM ${table}`)).toEqual([
        { keys, n: ROWS },
      ]);
    }
  });

  it('runs a write whole when no one waits between slices', async () => {
    await writerOf(db)!.exec('CREATE TABLE whole AS SELECT i % 7 AS k FROM numbers WHERE i < 70');
    expect(await rows(db, 'SELECT count(*) AS n, max(k) AS k FROM whole')).toEqual([
      { n: 70, k: 6 },
    ]);
  });
});
