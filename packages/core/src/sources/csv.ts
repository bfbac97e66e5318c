import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { SOURCE_DIR } from '../engine/lockdown.ts';
import { decodeResult } from '../results/decode-result.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { CsvOptions } from './source-spec.ts';
import { findRaggedLine, sniffDialect, type CsvDialect } from './csv-dialect.ts';
import { sourceParseFailed } from './source-errors.ts';
import { toUtf8 } from './text-encoding.ts';

let fileSeq = 0;

/** SQL string literal; only ever used for values Pantau itself made (paths, dialect characters). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function readCsvSql(path: string, dialect: CsvDialect): string {
  const options = [
    'header = true',
    `delim = ${literal(dialect.delimiter)}`,
    `decimal_separator = ${literal(dialect.decimalSeparator)}`,
    ...(dialect.dateFormat ? [`dateformat = ${literal(dialect.dateFormat)}`] : []),
  ];
  return `read_csv(${literal(path)}, ${options.join(', ')})`;
}

/**
 * Loads CSV bytes into `table` with DuckDB's reader. The file is registered in the source folder,
 * read once into a table, and dropped: queries never touch files.
 */
export async function loadCsv(
  driver: DuckDBDriver,
  source: string,
  table: string,
  bytes: Uint8Array,
  options: CsvOptions = {},
): Promise<void> {
  const utf8 = toUtf8(bytes);
  const head = new TextDecoder().decode(utf8.subarray(0, 64 * 1024));
  const dialect = sniffDialect(head, options);
  const path = `${SOURCE_DIR}${++fileSeq}.csv`;
  await driver.registerFile(path, utf8);
  try {
    await driver.query(
      `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM ${readCsvSql(path, dialect)}`,
    );
  } catch (error) {
    throw explainCsvError(source, utf8, dialect, error);
  } finally {
    await driver.dropFile(path);
  }
  if (dialect.decimalSeparator === ',') await convertGroupedNumbers(driver, table);
}

/**
 * DuckDB reads `88,56` with a decimal comma but not `1.234.567` (thousands dots), which it leaves
 * as text. Text columns whose every value is written that way become numbers.
 */
async function convertGroupedNumbers(driver: DuckDBDriver, table: string): Promise<void> {
  const described = decodeResult(await driver.query(`DESCRIBE ${quoteIdentifier(table)}`));
  const names = (described.columns['column_name'] ?? []) as string[];
  const types = (described.columns['column_type'] ?? []) as string[];
  const pattern = literal('^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$|^-?\\d+(,\\d+)?$');
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== 'VARCHAR') continue;
    const column = quoteIdentifier(names[i] as string);
    const check = await driver.query(
      `SELECT count(${column})::INTEGER AS filled, count(*) FILTER (WHERE ${column} IS NOT NULL AND NOT regexp_full_match(trim(${column}), ${pattern}))::INTEGER AS other FROM ${quoteIdentifier(table)}`,
    );
    const row = decodeResult(check).rows()[0];
    if (row && Number(row['filled']) > 0 && Number(row['other']) === 0) {
      await driver.query(
        `ALTER TABLE ${quoteIdentifier(table)} ALTER ${column} TYPE DOUBLE USING replace(replace(trim(${column}), '.', ''), ',', '.')::DOUBLE`,
      );
    }
  }
}

function explainCsvError(
  source: string,
  utf8: Uint8Array,
  dialect: CsvDialect,
  error: unknown,
): Error {
  const engineMessage = error instanceof Error ? error.message : String(error);
  const text = new TextDecoder().decode(utf8);
  const ragged = findRaggedLine(text, dialect.delimiter);
  if (ragged) {
    return sourceParseFailed(
      source,
      'csv',
      {
        id: `baris ${ragged.line} berisi ${ragged.fields} kolom, padahal judul berisi ${ragged.expected}. Perbaiki baris itu (pemisah "${dialect.delimiter}" atau tanda kutip yang kurang), lalu simpan ulang berkasnya.`,
        en: `line ${ragged.line} has ${ragged.fields} fields but the header has ${ragged.expected}. Fix that line (a stray "${dialect.delimiter}" or a missing quote) and save the file again.`,
      },
      error,
    );
  }
  const line = /on Line: (\d+)/.exec(engineMessage)?.[1];
  const where = line ? { id: ` di baris ${line}`, en: ` on line ${line}` } : { id: '', en: '' };
  const first = engineMessage.split('\n')[0] ?? engineMessage;
  return sourceParseFailed(
    source,
    'csv',
    {
      id: `DuckDB menolaknya${where.id} (${first}). Periksa isi berkas dan pemisah kolomnya.`,
      en: `DuckDB refused it${where.en} (${first}). Check the file's contents and its field separator.`,
    },
    error,
  );
}
