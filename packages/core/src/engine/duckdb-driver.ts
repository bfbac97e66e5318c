import type { Table } from 'apache-arrow';

/**
 * What Pantau needs from one duckdb-wasm database and connection. The browser (async worker)
 * and Node (blocking bundle) drivers implement it, so everything above it — lock-down, sources,
 * error handling — is the same code, tested in both places.
 */
export interface DuckDBDriver {
  /** Human-readable engine name and version, for benchmark output and bug reports. */
  readonly engine: string;
  query(sql: string): Promise<Table>;
  queryPrepared(sql: string, params: readonly unknown[]): Promise<Table>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Creates `table` from Arrow data (the caller has quoted nothing: pass the raw name). */
  insertArrow(table: string, data: Table): Promise<void>;
  close(): Promise<void>;
}
