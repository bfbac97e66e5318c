/**
 * A CSV file read where it lies (a Pantau server's view over its data folder) with the typing the
 * page gives the same file when it loads it (csv.ts): the same dialect sniffing, "belum input" and
 * dashes as NULL, and columns DuckDB would read as DOUBLE typed exactly (csv-numbers.ts), so a
 * sum of decimals reads the same on both engines.
 */

import type { BilingualText } from '../errors/pantau-error.ts';
import { readCsvSql } from './csv.ts';
import { sniffDialect } from './csv-dialect.ts';
import { exactNumberCasts } from './csv-numbers.ts';

/** Runs one statement and resolves to its rows as objects keyed by column name. */
export type RowsOf = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The SELECT that reads the CSV file at `path` (whose first bytes, as text, are `head`) in place,
 * typed as the page types it. Reads the file once to measure its number columns.
 */
export async function exactCsvSelect(
  path: string,
  head: string,
  rowsOf: RowsOf,
): Promise<{ sql: string; warnings: BilingualText[] }> {
  const dialect = sniffDialect(head);
  const described = await rowsOf(`DESCRIBE SELECT * FROM ${readCsvSql(path, dialect)}`);
  const floating = described
    .filter((row) => row['column_type'] === 'DOUBLE')
    .map((row) => String(row['column_name']));
  const reader = readCsvSql(path, dialect, floating);
  const { casts, warnings } = await exactNumberCasts(
    async (sql) => (await rowsOf(sql))[0],
    reader,
    floating,
    dialect.decimalSeparator,
  );
  const replace = casts.length === 0 ? '' : ` REPLACE (${casts.join(', ')})`;
  return { sql: `SELECT *${replace} FROM ${reader}`, warnings };
}
