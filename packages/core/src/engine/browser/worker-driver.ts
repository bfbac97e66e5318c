import type { DuckDBDriver } from '../duckdb-driver.ts';
import type { DuckDBBundleFiles as DuckDBBundles } from './asset-base.ts';
import { workerScriptUrl } from './worker-script-url.ts';
import { workerPolicyRefusal } from './worker-csp.ts';
import { DuckDBWorkerClient, type WorkerClientOptions } from './worker-client.ts';
import { pickBundle, startWorker, type DuckDBBundle, type StartedWorker } from './worker-start.ts';

/**
 * Each driver's Worker, for tests and benchmarks only (not exported by `@pantau/core`): they stop it the way a
 * browser does, behind the client's back, to check that a lost engine is noticed and replaced.
 */
const workers = new WeakMap<DuckDBDriver, { worker: Worker; client: DuckDBWorkerClient }>();

/** The Worker under a driver opened here (tests). */
export function workerOfDriver(driver: DuckDBDriver): Worker | undefined {
  return workers.get(driver)?.worker;
}

/** Requests a driver opened here has sent and not had answered (benchmarks wait for none). */
export function requestsInFlight(driver: DuckDBDriver): number {
  return workers.get(driver)?.client.inFlight ?? 0;
}

/**
 * Sets the stall deadline of a driver opened here (tests): a test that has made its worker stuck
 * shortens it then, while every healthy engine keeps a deadline no busy machine can reach.
 */
export function setStallDeadline(driver: DuckDBDriver, ms: number): void {
  const opened = workers.get(driver);
  if (opened === undefined) throw new Error('not a driver opened by openWorkerDriver');
  opened.client.stallMs = ms;
}

/**
 * duckdb-wasm in a Web Worker (the Worker made by worker-start.ts, `started`, or here when the
 * engine's start could not make it). Loaded on demand by browser-driver.ts. Only duckdb-wasm's
 * worker and wasm files are used: worker-client.ts speaks its message protocol, so duckdb-wasm's
 * JS API (and the apache-arrow it imports) is not bundled.
 */
export async function openWorkerDriver(
  bundles: DuckDBBundles,
  options: WorkerClientOptions = {},
  started: StartedWorker | null = null,
): Promise<DuckDBDriver> {
  const { worker, bundle, failed: workerFailed, early } = started ?? startHere(pickBundle(bundles));
  const db = new DuckDBWorkerClient(worker, options, early);
  try {
    const starting = (async () => {
      await db.instantiate(bundle.mainModule);
      await db.open({ query: { queryPollingInterval: SLICE_MS } });
      return Promise.all([db.connect(), db.getVersion()]);
    })();
    const [connection, version] = await Promise.race([
      starting,
      workerFailed,
      // The worker's own CSP can stop it without a word (worker-csp.ts).
      workerPolicyRefusal(bundle.mainWorker, bundle.mainModule, starting),
    ]);
    const driver = new BrowserDriver(db, connection, `duckdb-wasm ${version}`);
    workers.set(driver, { worker, client: db });
    return driver;
  } catch (error) {
    db.terminate();
    throw error;
  }
}

/** The Worker made here, with the bilingual error of a page's Trusted Types refusal. */
function startHere(bundle: DuckDBBundle): StartedWorker {
  return startWorker(bundle, workerScriptUrl(bundle.mainWorker));
}

/**
 * How long DuckDB works on a sliced statement (a cube build) before it answers and reads its next
 * message: a reader's query sent meanwhile waits at most this long. Each slice costs a round trip
 * to the worker (well under a millisecond), so much shorter slices would slow the builds down.
 */
const SLICE_MS = 10;

/**
 * Prepared statements kept per SQL text. Widgets send the same SQL with other values on every
 * cross-filter update; preparing, running and closing each time is three trips to the worker
 * (each one waits its turn behind the other widgets' queries), reusing a statement is one.
 * Statements are the bindings' own ids, run with `runPrepared`: like `runQuery`, it answers
 * Arrow IPC bytes that nothing in this page decodes with apache-arrow.
 */
const MAX_PREPARED = 64;

class BrowserDriver implements DuckDBDriver {
  #prepared = new Map<string, Promise<number>>();
  /**
   * Connections for sliced statements, not in use now. A pending query holds its connection to its
   * end (a second one started on it would end the first), so each sliced statement takes one of
   * its own: two dashboards' builds may be sliced at once. The reader's queries, on the main
   * connection, run between their slices.
   */
  #sliced: number[] = [];

  constructor(
    private readonly db: DuckDBWorkerClient,
    private readonly connectionId: number,
    readonly engine: string,
  ) {}

  query(sql: string): Promise<Uint8Array> {
    return this.db.runQuery(this.connectionId, sql);
  }

  async queryPrepared(sql: string, params: readonly unknown[]): Promise<Uint8Array> {
    const statement = this.#statement(sql);
    try {
      return await this.db.runPrepared(this.connectionId, await statement, [...params]);
    } catch (error) {
      // DuckDB re-binds a kept statement when its table is replaced (tested); any other failure
      // drops it, so the next call prepares afresh instead of failing on a bad statement again.
      this.#forget(sql, statement);
      throw error;
    }
  }

  async querySliced(sql: string, between: () => Promise<void>): Promise<void> {
    const connection = this.#sliced.pop() ?? (await this.db.connect());
    try {
      // The answer (a CREATE's row count) is not read: the next statement on this connection
      // drops it, and a materialised result holds no transaction open.
      let header = await this.db.startPendingQuery(connection, sql);
      while (header === null) {
        await between();
        header = await this.db.pollPendingQuery(connection);
      }
    } finally {
      // Free again, also after a failed statement (its pending query ended with it).
      this.#sliced.push(connection);
    }
  }

  #statement(sql: string): Promise<number> {
    let statement = this.#prepared.get(sql);
    if (statement === undefined) {
      statement = this.db.createPrepared(this.connectionId, sql);
      // A failed prepare is not kept.
      statement.catch(() => this.#forget(sql, statement!));
      if (this.#prepared.size >= MAX_PREPARED) {
        const [oldest, old] = this.#prepared.entries().next().value!;
        this.#forget(oldest, old);
      }
    } else {
      this.#prepared.delete(sql); // re-inserted below: the map's order is least recently used first
    }
    this.#prepared.set(sql, statement);
    return statement;
  }

  #forget(sql: string, statement: Promise<number>): void {
    if (this.#prepared.get(sql) === statement) this.#prepared.delete(sql);
    // Closed after the queries already sent on it: the worker runs messages in order.
    statement.then((id) => this.db.closePrepared(this.connectionId, id)).catch(() => undefined);
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.db.registerFileBuffer(name, bytes);
  }

  async dropFile(name: string): Promise<void> {
    await this.db.dropFile(name);
  }

  insertArrow(table: string, ipcStream: Uint8Array, options?: { append?: boolean }): Promise<void> {
    return this.db.insertArrowFromIPCStream(this.connectionId, ipcStream, {
      name: table,
      create: options?.append !== true,
    });
  }

  async close(): Promise<void> {
    for (const [sql, statement] of [...this.#prepared]) this.#forget(sql, statement);
    for (const connection of this.#sliced.splice(0)) {
      await this.db.disconnect(connection).catch(() => undefined);
    }
    await this.db.disconnect(this.connectionId).catch(() => undefined);
    this.db.terminate();
  }
}
