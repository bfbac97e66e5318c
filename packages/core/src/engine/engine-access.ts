import type { DuckDBDriver } from './duckdb-driver.ts';

/**
 * Writes and the raw driver are capabilities, not methods: a script on the page that reaches a
 * dashboard's coordinator (or the page's connector) finds no way to change a table, define a
 * macro or call DuckDB unchecked. The capabilities live in this module's WeakMaps, which
 * `@pantau/core`'s public entry does not export; Pantau's own pre-aggregator takes its writer
 * from here, and the repo's tests, benchmarks and demo import this file by path.
 */

/** Runs statements that change the database's own tables (pre-aggregates, views). */
export interface EngineWriter {
  /**
   * `between`, when given, is awaited between the slices of a long statement (DuckDBDriver's
   * `querySliced`): a cube build waits there while the reader's queries go first.
   */
  exec(sql: string, between?: () => Promise<void>): Promise<void>;
}

interface EngineAccess {
  writer: EngineWriter;
  driver: () => Promise<DuckDBDriver>;
}

const granted = new WeakMap<object, EngineAccess>();

/** Called once by a connector over a database Pantau owns. */
export function grantEngineAccess(connector: object, access: EngineAccess): void {
  if (granted.has(connector)) throw new Error('engine access is granted once');
  granted.set(connector, access);
}

/** The connector's writer, or null when its database is not Pantau's to change (a server). */
export function writerOf(connector: object): EngineWriter | null {
  return granted.get(connector)?.writer ?? null;
}

/** The locked-down driver under a connector (tests, benchmarks): DuckDB with no statement gate. */
export function driverOf(connector: object): Promise<DuckDBDriver> {
  const access = granted.get(connector);
  if (!access) return Promise.reject(new Error('this connector has no DuckDB driver of its own'));
  return access.driver();
}
