import type { Table } from 'apache-arrow';
import type { SqlValue } from '../sql/params.ts';

/**
 * The whole database contract, kept this small on purpose (see DESIGN.md "Beyond one browser"):
 * a remote engine (a DuckDB server, ClickHouse over HTTP) is one more class, not a rewrite.
 * It only reads: writes are a capability of Pantau's own (engine-access.ts), not a method.
 */
export interface Connector {
  /** Runs one read-only statement; `?` placeholders are bound to `params`, never pasted. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Table>;
  close(): Promise<void>;
}
