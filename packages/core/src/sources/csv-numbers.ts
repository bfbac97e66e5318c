import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { decodeResult } from '../results/decode-result.ts';
import type { BilingualText } from '../errors/pantau-error.ts';
import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';

/**
 * Numbers exactly as written. DuckDB's CSV sniffer types a column DOUBLE when it holds a decimal
 * point, or one integer beyond BIGINT: `0.1 + 0.2` then sums to `0.30000000000000004`, and
 * integers beyond 2^53 are rounded at load, so group sums go wrong even for small values. Such
 * columns are read as text, and typed here from the digits they hold:
 *
 * - integers: BIGINT up to 18 digits, HUGEINT up to 38 (DuckDB's widest exact integer);
 * - decimals: DECIMAL(18, s) or DECIMAL(38, s), s the most decimals any value has;
 * - beyond 38 digits, or with an exponent: DOUBLE, and a warning that says values were rounded
 *   (a 39-digit integer has no exact type in DuckDB).
 */

/** One SQL string literal (column names become keys of read_csv's `types`). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The `types = {...}` option that reads `columns` as text. */
export function textTypesOption(columns: readonly string[]): string | null {
  if (columns.length === 0) return null;
  return `types = {${columns.map((c) => `${literal(c)}: 'VARCHAR'`).join(', ')}}`;
}

/** The exact type for a column whose values have at most `digits` integer and `scale` decimals. */
function exactType(digits: number, scale: number): string | null {
  const precision = digits + scale;
  if (precision > 38) return null;
  if (scale === 0) return digits <= 18 ? 'BIGINT' : 'HUGEINT';
  return `DECIMAL(${precision <= 18 ? 18 : 38}, ${scale})`;
}

/**
 * Types each of `columns` (read as text) exactly; returns warnings for columns that could only be
 * held as DOUBLE. `decimal` is the file's decimal mark. One scan measures every column and one
 * rewrite types them all (a rewrite per column cost a second per column at 1M rows).
 */
export async function typeNumbersExactly(
  driver: DuckDBDriver,
  table: string,
  columns: readonly string[],
  decimal: '.' | ',',
): Promise<BilingualText[]> {
  if (columns.length === 0) return [];
  const measure = async (sql: string) => decodeResult(await driver.query(sql)).rows()[0];
  const { casts, warnings } = await exactNumberCasts(
    measure,
    quoteIdentifier(table),
    columns,
    decimal,
  );
  await driver.query(
    `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} AS SELECT * REPLACE (${casts.join(', ')}) FROM ${quoteIdentifier(table)}`,
  );
  return warnings;
}

/**
 * The casts (`expr AS "column"`, for `SELECT * REPLACE (...)`) that type `columns` of `from` (a
 * table, or a reader that reads them as text) exactly, measured with one query run by `measure`
 * (which resolves to its one row). Shared by the page's load and the server's views (issue 14:
 * the same figures on both).
 */
export async function exactNumberCasts(
  measure: (sql: string) => Promise<Record<string, unknown> | undefined>,
  from: string,
  columns: readonly string[],
  decimal: '.' | ',',
): Promise<{ casts: string[]; warnings: BilingualText[] }> {
  if (columns.length === 0) return { casts: [], warnings: [] };
  // The number as DuckDB would read it: trimmed, with a decimal point.
  const text = (column: string) =>
    decimal === ','
      ? `replace(trim(${quoteIdentifier(column)}), ',', '.')`
      : `trim(${quoteIdentifier(column)})`;
  // Plain string functions, not regular expressions: at 1M rows and two columns 0.5 s, not 2.9 s.
  // Anything with a letter (an exponent, inf, nan, hex) counts as other, and stays DOUBLE; a
  // trailing point ("5.") makes a scale of 1, since "5." does not read as an integer.
  const measures = columns.flatMap((column, i) => {
    const v = text(column);
    const unsigned = `ltrim(${v}, '+-')`;
    const dot = `strpos(${unsigned}, '.')`;
    return [
      `count(*) FILTER (WHERE ${v} <> '' AND (TRY_CAST(${v} AS DOUBLE) IS NULL OR lower(${v}) <> upper(${v})))::INTEGER AS o${i}`,
      `coalesce(max(CASE WHEN ${dot} > 0 THEN ${dot} - 1 ELSE length(${unsigned}) END), 0)::INTEGER AS d${i}`,
      `coalesce(max(CASE WHEN ${dot} > 0 THEN greatest(length(${unsigned}) - ${dot}, 1) ELSE 0 END), 0)::INTEGER AS s${i}`,
    ];
  });
  const stats = await measure(`SELECT ${measures.join(', ')} FROM ${from}`);
  const warnings: BilingualText[] = [];
  const casts = columns.map((column, i) => {
    const other = Number(stats?.[`o${i}`] ?? 0);
    const type = other > 0 ? null : exactType(Number(stats?.[`d${i}`]), Number(stats?.[`s${i}`]));
    if (type === null && other === 0) warnings.push(roundedWarning(column));
    return `nullif(${text(column)}, '')::${type ?? 'DOUBLE'} AS ${quoteIdentifier(column)}`;
  });
  return { casts, warnings };
}

function roundedWarning(column: string): BilingualText {
  return sayBoth(SOURCE_ERRORS, 'numbersTooLong', column);
}
