import type { CsvOptions } from './source-spec.ts';

/**
 * Works out how a CSV file is written before DuckDB reads it. DuckDB's own sniffer, given a file
 * with one ragged row, silently falls back to a single column: wrong numbers with no error. So the
 * delimiter is decided here from the header line and always passed explicitly.
 *
 * Spreadsheet programs in Indonesian locale save "CSV" with `;` between fields, a decimal comma
 * (`88,56`), `.` between thousands (`1.234.567`) and dates as `17/08/2024`.
 */

export interface CsvDialect {
  delimiter: string;
  decimalSeparator: '.' | ',';
  dateFormat: string | undefined;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Splits one CSV line into fields, honouring double quotes. */
function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function firstLines(text: string, count: number): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, count)
    .filter((line) => line.trim() !== '');
}

const DECIMAL_COMMA = /^-?\d+,\d+$/;
const GROUPED_DECIMAL_COMMA = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const DAY_MONTH_YEAR = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

export function sniffDialect(head: string, options: CsvOptions = {}): CsvDialect {
  const lines = firstLines(head, 200);
  const header = lines[0] ?? '';
  const delimiter =
    options.delimiter ??
    DELIMITERS.reduce(
      (best, candidate) =>
        splitCsvLine(header, candidate).length > splitCsvLine(header, best).length
          ? candidate
          : best,
      ',',
    );
  const sample = lines
    .slice(1)
    .flatMap((line) => splitCsvLine(line, delimiter).map((f) => f.trim()));
  const decimalSeparator =
    options.decimalSeparator ??
    (delimiter !== ',' && sample.some((f) => DECIMAL_COMMA.test(f) || GROUPED_DECIMAL_COMMA.test(f))
      ? ','
      : '.');
  // Indonesia writes day first; DuckDB's sniffer would guess month first for 01/02/2024.
  const dateFormat =
    options.dateFormat ?? (sample.some((f) => DAY_MONTH_YEAR.test(f)) ? '%d/%m/%Y' : undefined);
  return { delimiter, decimalSeparator, dateFormat };
}

/**
 * The first data line whose field count differs from the header's, for an error that points at
 * it. Only run after DuckDB has refused the file, so its cost never touches a good load.
 */
export function findRaggedLine(
  text: string,
  delimiter: string,
): { line: number; fields: number; expected: number } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const expected = splitCsvLine(lines[0] ?? '', delimiter).length;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    // A quoted field may span lines; skip the check rather than report a false position.
    if ((line.match(/"/g)?.length ?? 0) % 2 === 1) return null;
    const fields = splitCsvLine(line, delimiter).length;
    if (fields !== expected) return { line: i + 1, fields, expected };
  }
  return null;
}
