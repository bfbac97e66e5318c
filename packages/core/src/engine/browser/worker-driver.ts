import {
  AsyncDuckDB,
  VoidLogger,
  selectBundle,
  type AsyncDuckDBConnection,
  type DuckDBBundles,
} from '@duckdb/duckdb-wasm';
import { tableToIPC, type Table } from 'apache-arrow';
import type { DuckDBDriver } from '../duckdb-driver.ts';
import { workerScriptUrl } from './trusted-types.ts';

/**
 * duckdb-wasm in a Web Worker. `eh` (wasm exceptions) where the browser has them, `mvp` otherwise;
 * never `coi`, which needs COOP/COEP headers that embedders cannot set. Loaded on demand by
 * browser-driver.ts, so duckdb-wasm's JavaScript is not part of what a page loads up front.
 */
export async function openWorkerDriver(bundles: DuckDBBundles): Promise<DuckDBDriver> {
  const bundle = await selectBundle({ mvp: bundles.mvp, eh: bundles.eh });
  if (!bundle.mainWorker) throw new Error('duckdb-wasm bundle has no worker');
  // A classic worker: duckdb-wasm's worker file is not an ES module. Under Trusted Types the
  // constructor takes only a TrustedScriptURL (TypeScript's DOM types do not know it).
  const worker = new Worker(workerScriptUrl(bundle.mainWorker) as string);
  // A worker script that fails to load (404, wrong MIME type, CSP) only fires `error` on the
  // worker; duckdb-wasm would wait for its reply forever.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`DuckDB worker failed to load from ${bundle.mainWorker}`));
    });
  });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await Promise.race([
      (async () => {
        await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
        await db.open({});
      })(),
      workerFailed,
    ]);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const conn = await db.connect();
  const version = await db.getVersion();
  return new BrowserDriver(db, conn, worker, `duckdb-wasm ${version}`);
}

class BrowserDriver implements DuckDBDriver {
  constructor(
    private readonly db: AsyncDuckDB,
    private readonly conn: AsyncDuckDBConnection,
    private readonly worker: Worker,
    readonly engine: string,
  ) {}

  query(sql: string): Promise<Table> {
    return this.conn.query(sql);
  }

  async queryPrepared(sql: string, params: readonly unknown[]): Promise<Table> {
    const statement = await this.conn.prepare(sql);
    try {
      return await statement.query(...params);
    } finally {
      await statement.close();
    }
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.db.registerFileBuffer(name, bytes);
  }

  async dropFile(name: string): Promise<void> {
    await this.db.dropFile(name);
  }

  insertArrow(table: string, data: Table): Promise<void> {
    // As IPC bytes: a page may hold another apache-arrow copy, whose `instanceof` checks in
    // duckdb-wasm would silently insert nothing.
    return this.conn.insertArrowFromIPCStream(tableToIPC(data, 'stream'), {
      name: table,
      create: true,
    });
  }

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.terminate();
    this.worker.terminate();
  }
}
