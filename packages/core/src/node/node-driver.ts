import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Blocking from '@duckdb/duckdb-wasm/blocking';
import type { DuckDBDriver } from '../engine/duckdb-driver.ts';

const require = createRequire(import.meta.url);

/**
 * duckdb-wasm's blocking bundle: the only one that works under Node (the async Node bundle
 * hangs). The same engine build as the browser's, so Node tests exercise the same SQL.
 */
export async function openBlockingDuckDB(): Promise<{
  db: Blocking.DuckDBBindings;
  conn: Blocking.DuckDBConnection;
}> {
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof Blocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await duckdb.createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open({});
  return { db, conn: db.connect() };
}

export async function openNodeDriver(): Promise<DuckDBDriver> {
  const { db, conn } = await openBlockingDuckDB();
  const engine = `duckdb-wasm ${db.getVersion()} (node, blocking)`;
  const id = conn.useUnsafe((_, connectionId) => connectionId);

  // The bindings' byte-level calls, as the browser driver makes them: Arrow IPC in and out.
  return {
    engine,
    query: async (sql) => db.runQuery(id, sql),
    queryPrepared: async (sql, params) => {
      const statement = db.createPrepared(id, sql);
      try {
        return db.runPrepared(id, statement, [...params]);
      } finally {
        db.closePrepared(id, statement);
      }
    },
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    insertArrow: async (table, ipcStream, options) =>
      db.insertArrowFromIPCStream(id, ipcStream, { name: table, create: options?.append !== true }),
    close: async () => {
      conn.close();
      db.reset();
    },
  };
}
