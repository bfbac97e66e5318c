/**
 * A lookup table (a source loaded with `key`) names each code once: its key must be unique, or a
 * join would put one bar, row or option twice. Checked with plans once the table is in, so the
 * same check runs on the page's engine and on a Pantau server; loaded only by a source with a key.
 */

import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { aggregatePlan } from '../plan/builders.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';
import type { FilterClause } from '../sql/filter.ts';
import { quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import type { TableSchema } from '../sql/schema.ts';

/** Examples of repeated keys named in the error. */
const SHOWN = 3;

/**
 * Resolves once every non-null value of `key` appears in one row only; rejects with
 * DUPLICATE_KEY naming a few repeated values (UNKNOWN_COLUMN when the table has no such column).
 * `source`: the author's name of the source, for the message; `filter`: the rows that may be
 * read (a server's row-level scope).
 */
export async function checkLookupKey(
  query: (plan: QueryPlan) => Promise<QueryResult>,
  schema: TableSchema,
  key: string,
  source: string,
  filter: readonly FilterClause[] = [],
): Promise<void> {
  const column = resolveColumn(schema, key);
  const quoted = quoteIdentifier(column);
  const counts = await query(
    aggregatePlan({
      table: schema.table,
      filter,
      measures: { keyed: `count(${quoted})`, distinct: `count_distinct(${quoted})` },
    }),
  );
  const [row] = counts.rows();
  if (row === undefined || Number(row['keyed']) === Number(row['distinct'])) return;
  const repeated = await query(
    aggregatePlan({
      table: schema.table,
      groups: [column],
      measures: { rows: 'count(*)' },
      filter: [...filter, { column, predicate: 'not_null' }],
      order: [{ key: 'rows', desc: true }],
      limit: SHOWN,
    }),
  );
  const examples = repeated
    .rows()
    .filter((r) => Number(r['rows']) > 1)
    .map((r) => `"${String(r[column])}" (${Number(r['rows'])}x)`)
    .join(', ');
  throw new PantauError({
    code: 'DUPLICATE_KEY',
    text: sayBoth(SOURCE_ERRORS, 'lookupKeyNotUnique', source, column, examples),
    details: { source, key: column, examples },
  });
}
