import type { Table } from 'apache-arrow';
import type { SqlValue } from '../sql/params.ts';

/**
 * The whole database contract, kept this small on purpose (see DESIGN.md "Beyond one browser"):
 * a remote engine (a DuckDB server, ClickHouse over HTTP) is one more class, not a rewrite.
 */
export interface Connector {
  /** Runs one read-only statement; `?` placeholders are bound to `params`, never pasted. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Table>;
  /** Runs statements that change the database's own tables (pre-aggregates, views). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
