// A statement's time limit and a build's cancel on a busy server (issue 17), on real DuckDB.
// DuckDB forgets an interrupt sent before the statement starts running, and statements wait to
// start whenever libuv's four threads are taken by others: these tests make them wait that way
// (six long counts on other connections), then give the waiting statement a deadline or cancel
// it, and expect it stopped, not run to its end.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementClock } from '../src/engine/statement-clock.ts';

// About a minute of work alone on this machine: a statement that ran to its end would be seen.
const LONG = 'SELECT count(*) FROM range(3000000000) t(x) WHERE x % 7 = 3';
const BUSY = 6;

describe('a statement waiting behind others', { timeout: 180_000 }, () => {
  let db: DuckDBInstance;
  let connection: DuckDBConnection;
  let others: { connection: DuckDBConnection; clock: StatementClock }[];

  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:');
    connection = await db.connect();
    others = [];
    for (let i = 0; i < BUSY; i++) {
      const c = await db.connect();
      others.push({ connection: c, clock: new StatementClock(c) });
    }
  });
  afterAll(() => {
    for (const { connection: c } of others ?? []) c.closeSync();
    connection?.closeSync();
    db?.closeSync();
  });

  /** Every libuv thread busy with a long count (each stopped by `release`). */
  function occupy(): { release: () => Promise<void> } {
    const running = others.map(({ clock, connection: c }) =>
      clock.run(() => c.runAndReadAll(LONG), 600_000).catch(() => undefined),
    );
    return {
      release: async () => {
        for (const { clock } of others) clock.interrupt();
        await Promise.all(running);
      },
    };
  }

  it('is stopped by its deadline once it starts (QUERY_TIMEOUT), not left to run', async () => {
    const busy = occupy();
    const clock = new StatementClock(connection);
    const waiting = clock.run(() => connection.runAndReadAll(LONG), 50);
    // The others go when the deadline has passed: the statement starts after it.
    setTimeout(() => void busy.release(), 300);
    await expect(waiting).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    await busy.release();
  });

  it('is stopped by a cancel sent while it waits', async () => {
    const busy = occupy();
    const clock = new StatementClock(connection);
    const waiting = clock.run(() => connection.runAndReadAll(LONG), 600_000);
    clock.interrupt();
    setTimeout(() => void busy.release(), 300);
    await expect(waiting).rejects.toThrow(/interrupt/i);
    await busy.release();
  });

  it('does not stop the next statement on the connection', async () => {
    const clock = new StatementClock(connection);
    await expect(clock.run(() => connection.runAndReadAll(LONG), 50)).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT',
    });
    const next = await clock.run(() => connection.runAndReadAll('SELECT 42 AS answer'), 60_000);
    expect(next.getRowObjects()).toEqual([{ answer: 42 }]);
  });
});
