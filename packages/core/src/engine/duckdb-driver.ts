/**
 * What Pantau needs from one duckdb-wasm database and connection. The browser (async worker)
 * and Node (blocking bundle) drivers implement it, so everything above it — lock-down, sources,
 * error handling — is the same code, tested in both places.
 */
export interface DuckDBDriver {
  /** Human-readable engine name and version, for benchmark output and bug reports. */
  readonly engine: string;
  /** The answer as Arrow IPC bytes, read from duckdb-wasm without decoding. */
  query(sql: string): Promise<Uint8Array>;
  queryPrepared(sql: string, params: readonly unknown[]): Promise<Uint8Array>;
  /**
   * Runs a statement in short slices, awaiting `between()` before each next one, and drops its
   * answer: long build work that the reader's queries can pass (the browser's worker). A driver
   * without it runs such statements whole with `query`.
   */
  querySliced?(sql: string, between: () => Promise<void>): Promise<void>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Creates `table` from an Arrow IPC stream (the caller has quoted nothing: pass the raw name);
   * with `append`, adds the stream's rows to `table`, whose columns it must match in order.
   */
  insertArrow(table: string, ipcStream: Uint8Array, options?: { append?: boolean }): Promise<void>;
  close(): Promise<void>;
}
