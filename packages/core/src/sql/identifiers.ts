/**
 * Identifiers are the only names that ever reach SQL text. Table names are checked against a
 * strict pattern (they come from HTML attributes); column names are checked against the
 * table's schema and then quoted, so a hostile name can at most be "not found".
 */

import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import type { ColumnInfo, TableSchema } from './schema.ts';
import { closestName, listNames } from './suggest.ts';

/** Source names as written in `<pantau-source name>`: short, plain, safe in URLs and SQL. */
const SOURCE_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,62}$/;

/**
 * Double-quotes a name for SQL, doubling embedded quotes. Empty names and NUL are refused:
 * DuckDB rejects both, and a NUL could truncate the text in C code further down.
 */
export function quoteIdentifier(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\0')) {
    throw new PantauError({
      code: 'BAD_NAME',
      text: sayBoth(CORE_START_WORDS, 'columnTableNameNot'),
      details: { name },
    });
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** Returns the name if it is a valid source (table) name, else throws BAD_NAME. */
export function checkSourceName(name: string): string {
  if (typeof name === 'string' && SOURCE_NAME.test(name)) return name;
  const shown = typeof name === 'string' ? name.slice(0, 80) : String(name);
  throw new PantauError({
    code: 'BAD_NAME',
    text: {
      id:
        `Nama sumber data "${shown}" tidak valid. Gunakan huruf, angka, "_" atau "-", ` +
        'diawali huruf atau "_", paling panjang 63 karakter (mis. "layanan_2024").',
      en:
        `Source name "${shown}" is not valid. Use letters, digits, "_" or "-", ` +
        'starting with a letter or "_", at most 63 characters (e.g. "layanan_2024").',
    },
    details: { name },
  });
}

/**
 * The schema's own spelling of a column: an exact match first, then a unique case-insensitive
 * match (DuckDB treats identifiers case-insensitively, so `Waktu` and `waktu` are one column).
 */
export function resolveColumn(schema: TableSchema, name: string): string {
  const names = schema.columns.map((c) => c.name);
  if (typeof name === 'string') {
    if (names.includes(name)) return name;
    const lower = name.toLowerCase();
    const matches = names.filter((n) => n.toLowerCase() === lower);
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      const list = listNames(matches);
      throw new PantauError({
        code: 'UNKNOWN_COLUMN',
        text: sayBoth(CORE_START_WORDS, 'columnAmbiguousTableMatches', name, schema.table, list),
        details: { column: name, table: schema.table, matches, available: names },
      });
    }
  }
  const shown = String(name).slice(0, 80);
  const suggestion = typeof name === 'string' ? closestName(name, names) : undefined;
  const available = listNames(names);
  throw new PantauError({
    code: 'UNKNOWN_COLUMN',
    text: {
      id:
        `Kolom "${shown}" tidak ada di tabel ${schema.table}. Kolom yang ada: ${available.id}.` +
        (suggestion === undefined ? '' : ` Maksud Anda "${suggestion}"?`),
      en:
        `Column "${shown}" does not exist in table ${schema.table}. Available columns: ${available.en}.` +
        (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`),
    },
    details: { column: name, table: schema.table, available: names, suggestion },
  });
}

/** The column's entry in the schema (after resolution), for type-dependent decisions. */
export function columnInfo(schema: TableSchema, name: string): ColumnInfo {
  const resolved = resolveColumn(schema, name);
  return schema.columns.find((c) => c.name === resolved)!;
}
