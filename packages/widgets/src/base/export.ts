/**
 * Downloads: the rows drawn as CSV, and saving a file. Images are made in export-image.ts, loaded
 * with the rest of the download code (downloads.ts) on first use.
 */

import type { Lang, Row } from '@pantau/core';

/** Cells that spreadsheets would run as formulas start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /**
   * `id`: cells separated by `;` and decimal commas, as Excel with Indonesian regional settings
   * reads and writes CSV (its list separator is `;` where the decimal symbol is `,`); `en` or
   * none: `,` and points.
   */
  lang?: Lang;
  /** The first line's headings, one per name (the chart's labels); default the names. */
  headers?: readonly string[];
  /** Digits after the decimal separator per column name, as displayed; a column not listed as is. */
  decimals?: Readonly<Record<string, number>>;
}

/**
 * RFC 4180 CSV, UTF-8 with a BOM so Excel in Indonesian locale reads the names right. Text that a
 * spreadsheet would treat as a formula (`=HYPERLINK(...)`) is prefixed with `'`. No `sep=;` line:
 * Excel then ignores the BOM (names with é or – garble), other programs read it as a row, and
 * Excel set to Indonesian splits on `;` without it.
 */
export function rowsToCsv(
  names: readonly string[],
  rows: readonly Row[],
  options: CsvOptions = {},
): string {
  const separator = options.lang === 'id' ? ';' : ',';
  const cell = (value: unknown, name?: string) =>
    csvCell(value, separator, name === undefined ? undefined : options.decimals?.[name]);
  const lines = [(options.headers ?? names).map((h) => cell(h)).join(separator)];
  for (const row of rows) lines.push(names.map((n) => cell(row[n], n)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A figure that cannot be computed (NaN: a ratio over a zero denominator) is written as Excel's
 * own error value `#DIV/0!`: Excel, LibreOffice and Google Sheets read it back as that error, it
 * is what the same formula gives in the sheet, and SUM/AVERAGE over the column then show the
 * error instead of quietly skipping the cell. An empty cell would read as "not reported" (null,
 * which stays empty) and a 0 as a real zero.
 */
const CSV_NOT_COMPUTABLE = '#DIV/0!';

function csvCell(value: unknown, separator: string, decimals: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return CSV_NOT_COMPUTABLE;
  let text: string;
  if (value instanceof Date) text = value.toISOString().replace('T00:00:00.000Z', '');
  else if (typeof value === 'number') text = csvNumber(value, separator, decimals);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const roundings = new Map<number, Intl.NumberFormat>();

/** Rounded as displayed (half away from zero, as Intl does on screen), no grouping. */
function csvNumber(value: number, separator: string, decimals: number | undefined): string {
  let text = String(value);
  if (decimals !== undefined) {
    let rounding = roundings.get(decimals);
    if (rounding === undefined) {
      const options = { maximumFractionDigits: decimals, useGrouping: false } as const;
      rounding = new Intl.NumberFormat('en-US', { ...options, signDisplay: 'negative' });
      roundings.set(decimals, rounding);
    }
    text = rounding.format(value);
  }
  return separator === ';' ? text.replace('.', ',') : text;
}

/** Saves a file through a temporary link (no popup, no navigation). */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the chart's title: lower case, dashes, no path characters. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'pantau'}.${extension}`;
}
