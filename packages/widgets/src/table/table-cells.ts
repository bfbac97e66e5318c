/**
 * How the table shows each kind of value, in the page's language: measures through the `format`
 * attribute (or their metric's format) with the grade letter for IKM/PEKPPP/IID; dates as dates
 * (timestamps with WITA time); numbers in the locale, except ids, codes and years, which read as
 * written; true/false as words. A missing figure reads "belum input" (a unit did not report it);
 * a missing text, date or yes/no is an optional field left empty, and its cell is empty.
 */

import {
  formatDate,
  formatNumber,
  formatTime,
  isMissing,
  isNumericType,
  isTimestampType,
  measureLabel,
  missingLabel,
  plotNumber,
  type Lang,
} from '@pantau/core';
import { categoryOf, gradeScaleOf } from '../base/grades.ts';
import { formatSpec, valueFormatter } from '../base/formats.ts';
import { isIdentifierLike, type PlannedColumn } from './table-query.ts';

const YES_NO = { id: ['ya', 'tidak'], en: ['yes', 'no'] } as const;

/**
 * The column's heading: the page's own (after a colon), else the column's name without quotes,
 * else the measure in words (`sum(received)` reads "Jumlah received"), never the expression.
 */
export function columnHeading(column: PlannedColumn, lang: Lang): string {
  if (column.titled) return column.label;
  return column.bare ? column.column : measureLabel(column.expression, lang);
}

/** Whether a column holds numbers (right-aligned, tabular digits). */
export function isNumericColumn(column: PlannedColumn): boolean {
  return !column.bare || isNumericType(column.type);
}

export function cellFormatter(
  column: PlannedColumn,
  lang: Lang,
  format: string,
): (value: unknown) => string {
  const missing = missingLabel(lang);
  if (!column.bare) {
    const formatValue = valueFormatter(formatSpec(format, column.expression), lang);
    const scale = column.aggregate ? gradeScaleOf('', column.expression) : null;
    const exact = formatSpec(format, column.expression) === 'number';
    return (value) => {
      // An exact total beyond 2^53 shows every digit; other formats read it as a double.
      if (typeof value === 'bigint' && exact && scale === null) return formatNumber(value, lang);
      const n = plotNumber(value);
      const category = scale === null ? null : categoryOf(scale, n, lang);
      return category === null ? formatValue(n) : `${formatValue(n)} (${category.code})`;
    };
  }
  // Only a figure is "not reported"; an empty text field is just empty.
  const absent = isNumericType(column.type) ? missing : '';
  if (isIdentifierLike(column)) return (value) => (isMissing(value) ? absent : String(value));
  const timestamp = isTimestampType(column.type);
  return (value) => {
    if (isMissing(value)) return absent;
    if (value instanceof Date) {
      const text = timestamp
        ? `${formatDate(value, lang)} ${formatTime(value, lang)}`
        : formatDate(value, lang);
      // A date is one token to the eye: "5 Nov 2021" must not break over two lines.
      return text.replace(/ /g, '\u00a0');
    }
    if (typeof value === 'number' || typeof value === 'bigint') return formatNumber(value, lang);
    if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
    return String(value);
  };
}
