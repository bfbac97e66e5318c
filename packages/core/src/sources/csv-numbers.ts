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

export interface NumberTyping {
  column: string;
  type: string;
}

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
export function exactType(digits: number, scale: number): string | null {
  const precision = digits + scale;
  if (precision > 38) return null;
  if (scale === 0) return digits <= 18 ? 'BIGINT' : 'HUGEINT';
  return `DECIMAL(${precision <= 18 ? 18 : 38}, ${scale})`;
}

/**
 * Types each of `columns` (read as text) exactly; returns warnings for columns that could only be
 * held as DOUBLE. `decimal` is the file's decimal mark.
 */
export async function typeNumbersExactly(
  driver: DuckDBDriver,
  table: string,
  columns: readonly string[],
  decimal: '.' | ',',
): Promise<BilingualText[]> {
  const warnings: BilingualText[] = [];
  const mark = decimal === ',' ? ',' : '\\.';
  const plain = literal(`^[+-]?[0-9]*(${mark}[0-9]*)?$`);
  for (const column of columns) {
    const v = `trim(${quoteIdentifier(column)})`;
    const stats = (
      await driver.query(
        `SELECT count(*) FILTER (WHERE ${v} <> '' AND NOT regexp_full_match(${v}, ${plain}))::INTEGER AS other,
          coalesce(max(length(ltrim(regexp_extract(${v}, '^[+-]?([0-9]*)', 1), '0'))), 0)::INTEGER AS digits,
          coalesce(max(length(regexp_extract(${v}, '${mark}([0-9]*)$', 1))), 0)::INTEGER AS scale
        FROM ${quoteIdentifier(table)}`,
      )
    ).get(0);
    const other = Number(stats?.['other'] ?? 0);
    const type = other > 0 ? null : exactType(Number(stats?.['digits']), Number(stats?.['scale']));
    const text = decimal === ',' ? `replace(${v}, ',', '.')` : v;
    await driver.query(
      `ALTER TABLE ${quoteIdentifier(table)} ALTER ${quoteIdentifier(column)} TYPE ${type ?? 'DOUBLE'} USING nullif(${text}, '')::${type ?? 'DOUBLE'}`,
    );
    if (type === null && other === 0) warnings.push(roundedWarning(column));
  }
  return warnings;
}

function roundedWarning(column: string): BilingualText {
  return {
    id: `Kolom "${column}" berisi angka lebih dari 38 digit; DuckDB tidak dapat menyimpannya persis, sehingga nilainya dibulatkan (DOUBLE). Simpan kolom itu sebagai teks atau dalam satuan yang lebih besar.`,
    en: `Column "${column}" holds numbers of more than 38 digits; DuckDB cannot hold them exactly, so its values are rounded (DOUBLE). Store that column as text or in a larger unit.`,
  };
}
