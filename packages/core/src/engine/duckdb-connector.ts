import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { Connector } from './connector.ts';
import type { DuckDBDriver } from './duckdb-driver.ts';
import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { PantauError } from '../errors/pantau-error.ts';
import { lockdownStatements, type LockdownOptions } from './lockdown.ts';
import { grantEngineAccess } from './engine-access.ts';
import { announceTableChange } from './table-changes.ts';
import type { SourceInfo, SourceSpec } from '../sources/source-spec.ts';
import { loadEngineCode } from './engine-code-loader.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import { loadDecoder } from '../results/run-query.ts';
import { SourceLoads } from './source-loads.ts';

export const DEFAULT_MAX_SOURCE_BYTES = 512 * 1024 * 1024;

export interface EngineOptions extends LockdownOptions {
  /** Largest source file accepted, in bytes (default 512 MB): bigger ones fail with SOURCE_TOO_LARGE. */
  maxSourceBytes?: number;
  /**
   * Browser engine: how long queries may wait with no word from DuckDB's worker before the engine
   * counts as lost and is replaced (default 120,000 ms: far past any query Pantau sends).
   */
  stallTimeoutMs?: number;
}

/** Tables that can be loaded into the engine itself: what `<pantau-source>` needs. */
export interface SourceCatalog {
  registerSource(spec: SourceSpec): Promise<SourceInfo>;
  describe(table: string): Promise<TableSchema>;
}

/**
 * A Connector over one duckdb-wasm database, shared by the browser and Node drivers. The database
 * opens on the first call (not at import), and is locked down before any caller's SQL runs. Its
 * public methods read and load sources; writes and the raw driver are capabilities held in
 * engine-access.ts, out of reach of other scripts on the page.
 *
 * A lost engine (its worker stopped, trapped or went silent) is replaced: the next call starts a
 * new one, loads every source again, and a call the loss interrupted runs once more.
 */
export class DuckDBConnector implements Connector, SourceCatalog {
  readonly options: Required<Pick<EngineOptions, 'maxSourceBytes'>> & EngineOptions;
  #openDriver: () => Promise<DuckDBDriver>;
  #driver: Promise<DuckDBDriver> | null = null;
  /** The driver #driver resolved to, while it is the one in use. */
  #live: DuckDBDriver | null = null;
  /** The sources loaded, and the latest load of each table (source-loads.ts). */
  #sources: SourceLoads;
  /** Set when an engine was lost: the next start loads the sources again. */
  #restart = false;
  #schemas = new Map<string, Promise<TableSchema>>();
  #closed = false;

  constructor(openDriver: () => Promise<DuckDBDriver>, options: EngineOptions = {}) {
    this.#openDriver = openDriver;
    this.options = { maxSourceBytes: DEFAULT_MAX_SOURCE_BYTES, ...options };
    grantEngineAccess(this, {
      writer: { exec: (sql, between) => this.#exec(sql, between) },
      driver: () => this.#open(),
    });
    this.#sources = new SourceLoads({
      open: () => this.#open(),
      lose: (driver) => this.#lose(driver),
      limits: this.options,
      changed: (name, info) => {
        if (info === undefined) this.#schemas.delete(name);
        else this.#schemas.set(name, Promise.resolve(info.schema));
      },
    });
  }

  /** The locked-down driver, opened on first need; a failed start is retried on the next call. */
  #open(): Promise<DuckDBDriver> {
    if (this.#closed) {
      return Promise.reject(
        new PantauError({
          code: 'ENGINE_FAILED',
          text: sayBoth(CORE_START_WORDS, 'dataEngineBeenClosed'),
        }),
      );
    }
    this.#driver ??= (this.#restart ? this.#restartEngine() : this.#start()).then(
      (driver) => (this.#live = driver),
      (error: unknown) => {
        this.#driver = null;
        throw error;
      },
    );
    return this.#driver;
  }

  async #start(): Promise<DuckDBDriver> {
    const statements = lockdownStatements(this.options);
    let driver: DuckDBDriver;
    try {
      driver = await this.#openDriver();
    } catch (error) {
      // Already says what to do (the worker's own CSP, worker-csp.ts).
      if (error instanceof PantauError) throw error;
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: sayBoth(CORE_START_WORDS, 'dataEngineDuckdbFailed'),
        details: { engineMessage: error instanceof Error ? error.message : String(error) },
        cause: error,
      });
    }
    // One trip to the worker, not one per setting (each waits for the main thread's turn).
    await driver.query(statements.join('; '));
    return driver;
  }

  /** A new engine in place of a lost one, holding every source again (restart.ts). */
  async #restartEngine(): Promise<DuckDBDriver> {
    const { restartEngine } = await loadEngineCode();
    const driver = await restartEngine(
      () => this.#start(),
      this.#sources.loaded.values(),
      this.options,
    );
    this.#restart = false;
    return driver;
  }

  /**
   * Runs `call` on the engine. If the engine is lost meanwhile, it is replaced and `call` runs
   * once more on the new one (which holds the same tables); a second loss is the caller's error.
   */
  async #withEngine<T>(call: (driver: DuckDBDriver) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const driver = await this.#open();
      try {
        return await call(driver);
      } catch (error) {
        // Loaded already: the call went through it.
        if (!(await loadEngineCode()).isEngineLost(error)) throw error;
        this.#lose(driver);
        if (attempt > 0) throw error;
      }
    }
  }

  /** `driver` was found lost: the next call starts a new engine (once, however many noticed). */
  #lose(driver: DuckDBDriver): void {
    if (this.#live !== driver) return;
    this.#live = null;
    this.#driver = null;
    this.#restart = true;
    void driver.close().catch(() => undefined);
    // Every cube went with it (the new engine gets the sources, not the cubes): the page's
    // pre-aggregators drop theirs and build again, lazily, as after a reload.
    announceTableChange();
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Uint8Array> {
    const { checkStatements, fromDuckDBError } = await loadEngineCode();
    checkStatements(sql, 'read');
    try {
      return await this.#withEngine((driver) =>
        params.length === 0 ? driver.query(sql) : driver.queryPrepared(sql, params.map(bindable)),
      );
    } catch (error) {
      throw fromDuckDBError(error, sql);
    }
  }

  /**
   * Starts DuckDB now rather than at the first query (a page that knows it will need it soon);
   * resolves to the engine's name and version.
   */
  async start(): Promise<string> {
    return (await this.#open()).engine;
  }

  /**
   * Changes the source cap (next load on) and, before the engine starts, DuckDB's memory limit;
   * true when the memory limit came too late (the engine's settings are locked). A malformed one
   * throws. setEngineLimits() in engine-limits.ts is the public way in.
   */
  setLimits(limits: { maxSourceBytes?: number; memoryLimit?: string }): boolean {
    if (limits.maxSourceBytes !== undefined) this.options.maxSourceBytes = limits.maxSourceBytes;
    const memoryLimit = limits.memoryLimit;
    if (memoryLimit === undefined || memoryLimit === this.options.memoryLimit) return false;
    lockdownStatements({ memoryLimit }); // throws on a malformed limit
    if (this.#driver !== null) return true;
    this.options.memoryLimit = memoryLimit;
    return false;
  }

  /** Pantau's own writes (engine-access.ts): the write gate, then no built-in name shadowed. */
  async #exec(sql: string, between?: () => Promise<void>): Promise<void> {
    const { checkStatements, checkDefinitions, fromDuckDBError } = await loadEngineCode();
    const definitions = checkStatements(sql, 'write');
    try {
      await this.#withEngine(async (driver) => {
        await checkDefinitions(driver, definitions);
        if (between !== undefined && driver.querySliced) await driver.querySliced(sql, between);
        else await driver.query(sql);
      });
    } catch (error) {
      throw fromDuckDBError(error, sql);
    }
    // A statement may have created, altered or dropped any table.
    this.#schemas.clear();
  }

  /** Loads a source into table `spec.name`; the latest load of a name wins (source-loads.ts). */
  registerSource(spec: SourceSpec): Promise<SourceInfo> {
    return this.#sources.register(spec);
  }

  describe(table: string): Promise<TableSchema> {
    let schema = this.#schemas.get(table);
    if (!schema) {
      schema = this.#withEngine((driver) => describeTable(driver, table));
      schema.catch(() => this.#schemas.delete(table));
      this.#schemas.set(table, schema);
    }
    return schema;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const driver = this.#driver;
    this.#driver = null;
    if (driver) await (await driver.catch(() => null))?.close();
  }
}

/** The schema DuckDB reports for a table, as Pantau's TableSchema. */
export async function describeTable(driver: DuckDBDriver, table: string): Promise<TableSchema> {
  const { fromDuckDBError } = await loadEngineCode();
  try {
    const [bytes, { decodeResult }] = await Promise.all([
      driver.query(`DESCRIBE ${quoteIdentifier(table)}`),
      loadDecoder(),
    ]);
    const { columns } = decodeResult(bytes);
    return {
      table,
      columns: (columns['column_name'] ?? []).map((name, i) => ({
        name: String(name),
        type: String(columns['column_type']?.[i]),
      })),
    };
  } catch (error) {
    throw fromDuckDBError(error);
  }
}

/** duckdb-wasm binds parameters through JSON: send dates as ISO text and let SQL cast them. */
function bindable(value: SqlValue): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
