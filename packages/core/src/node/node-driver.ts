import { createRequire } from 'node:module';
import path from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
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

  return {
    engine,
    query: async (sql) => conn.query(sql) as Table,
    queryPrepared: async (sql, params) => {
      const statement = conn.prepare(sql);
      try {
        return statement.query(...params) as Table;
      } finally {
        statement.close();
      }
    },
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    // As IPC bytes, not a Table: the CJS bundle's apache-arrow is another module instance than
    // ours, and its `instanceof` checks would silently insert nothing.
    insertArrow: async (table, data) =>
      conn.insertArrowFromIPCStream(tableToIPC(data, 'stream'), { name: table, create: true }),
    close: async () => {
      conn.close();
      db.reset();
    },
  };
}
