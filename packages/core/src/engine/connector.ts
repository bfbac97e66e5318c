import type { SqlValue } from '../sql/params.ts';

/**
 * The whole database contract, kept this small on purpose (see DESIGN.md "Beyond one browser"):
 * a remote engine (a DuckDB server, ClickHouse over HTTP) is one more class, not a rewrite.
 * Answers are Arrow IPC bytes, decoded once by results/decode-result.ts, whoever sent them.
 * It only reads: writes are a capability of Pantau's own (engine-access.ts), not a method.
 */
export interface Connector {
  /**
   * Runs one read-only statement; `?` placeholders are bound to `params`, never pasted. Resolves
   * to the answer as Arrow IPC bytes (stream or file format).
   */
  query(sql: string, params?: readonly SqlValue[]): Promise<Uint8Array>;
  close(): Promise<void>;
}
