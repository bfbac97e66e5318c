import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import type { DuckDBDriver } from '../engine/duckdb-driver.ts';
import { SOURCE_DIR } from '../engine/lockdown.ts';
import { decodeResult } from '../results/decode-result.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { CsvOptions } from './source-spec.ts';
import { findRaggedLine, sniffDialect, type CsvDialect } from './csv-dialect.ts';
import { sourceParseFailed } from './source-errors.ts';
import { toUtf8 } from './text-encoding.ts';
import { textTypesOption, typeNumbersExactly } from './csv-numbers.ts';
import type { BilingualText } from '../errors/pantau-error.ts';

let fileSeq = 0;
const KEEP_FOR_HINTS = 64 * 1024 * 1024;

/** SQL string literal; only ever used for values Pantau itself made (paths, dialect characters). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * How officials' spreadsheets write "not reported" (DOMAIN.md: missing, never zero, never text
 * that turns a number column into words): read as NULL, like an empty cell.
 */
const NOT_REPORTED_MARKERS = ['', '-', '--', '—', 'belum input', 'Belum input', 'BELUM INPUT'];

export function readCsvSql(path: string, dialect: CsvDialect, textColumns: string[] = []): string {
  const types = textTypesOption(textColumns);
  const options = [
    'header = true',
    `delim = ${literal(dialect.delimiter)}`,
    `decimal_separator = ${literal(dialect.decimalSeparator)}`,
    `nullstr = [${NOT_REPORTED_MARKERS.map(literal).join(', ')}]`,
    ...(dialect.dateFormat ? [`dateformat = ${literal(dialect.dateFormat)}`] : []),
    ...(types ? [types] : []),
  ];
  return `read_csv(${literal(path)}, ${options.join(', ')})`;
}

/**
 * Loads CSV bytes into `table` with DuckDB's reader. The file is registered in the source folder,
 * read once into a table, and dropped: queries never touch files. Columns DuckDB would read as
 * DOUBLE are read as text and typed exactly (csv-numbers.ts); the warnings say where they could
 * not be.
 */
export async function loadCsv(
  driver: DuckDBDriver,
  source: string,
  table: string,
  bytes: Uint8Array,
  options: CsvOptions = {},
): Promise<BilingualText[]> {
  const utf8 = toUtf8(bytes);
  const head = new TextDecoder().decode(utf8.subarray(0, 64 * 1024));
  const dialect = sniffDialect(head, options);
  const path = `${SOURCE_DIR}${++fileSeq}.csv`;
  // duckdb-wasm transfers the buffer to its worker, leaving ours empty: a copy is registered, so
  // the ragged-line check below still reads the file (issue 18: the hint never showed in browsers).
  // Above 64 MB the copy would cost too much memory: DuckDB's own line number is shown instead.
  const kept = utf8.byteLength <= KEEP_FOR_HINTS ? utf8 : null;
  await driver.registerFile(path, kept === null ? utf8 : utf8.slice());
  let floating: string[];
  try {
    floating = await sniffedDoubles(driver, readCsvSql(path, dialect));
    await driver.query(
      `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM ${readCsvSql(path, dialect, floating)}`,
    );
  } catch (error) {
    throw explainCsvError(source, kept, dialect, error);
  } finally {
    await driver.dropFile(path);
  }
  const warnings = await typeNumbersExactly(driver, table, floating, dialect.decimalSeparator);
  if (dialect.decimalSeparator === ',') await convertGroupedNumbers(driver, table);
  return warnings;
}

/** The columns DuckDB's sniffer would read as DOUBLE. */
async function sniffedDoubles(driver: DuckDBDriver, read: string): Promise<string[]> {
  const described = decodeResult(await driver.query(`DESCRIBE SELECT * FROM ${read}`));
  const names = (described.columns['column_name'] ?? []) as string[];
  const types = (described.columns['column_type'] ?? []) as string[];
  return names.filter((_, i) => types[i] === 'DOUBLE');
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
  utf8: Uint8Array | null,
  dialect: CsvDialect,
  error: unknown,
): Error {
  const engineMessage = error instanceof Error ? error.message : String(error);
  const ragged = utf8 && findRaggedLine(new TextDecoder().decode(utf8), dialect.delimiter);
  if (ragged) {
    return sourceParseFailed(
      source,
      'csv',
      sayBoth(
        SOURCE_ERRORS,
        'lineFieldsButHeader',
        ragged.line,
        ragged.fields,
        ragged.expected,
        dialect.delimiter,
      ),
      error,
    );
  }
  const line = /on Line: (\d+)/.exec(engineMessage)?.[1];
  const where = line ? sayBoth(SOURCE_ERRORS, 'line', line) : sayBoth(SOURCE_ERRORS, 'message2');
  const first = engineMessage.split('\n')[0] ?? engineMessage;
  return sourceParseFailed(
    source,
    'csv',
    // DuckDB's English words stay out of the Indonesian text; they are in details.engineMessage.
    sayBoth(SOURCE_ERRORS, 'duckdbRefusedFile', where, first),
    error,
  );
}
