/**
 * Values that travel next to SQL as bound parameters, never inside its text.
 */

/** What a `?` placeholder can be bound to. Dates are bound as ISO strings by the builders. */
export type SqlValue = string | number | boolean | null | Date;

/** A query ready for a connector: SQL text with `?` placeholders, and their values in order. */
export interface SqlQuery {
  sql: string;
  params: SqlValue[];
}
