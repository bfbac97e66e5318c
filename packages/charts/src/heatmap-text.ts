/**
 * What a heatmap says in words: column labels, the data table (one row per unit, one column per
 * period, "belum input" where nothing was reported) and the summary (highest and lowest cell,
 * how many cells are not reported and which unit misses most).
 */

import { cellValue, type HeatmapColumn, type HeatmapData } from './heatmap-data.ts';
import {
  extremeEntries,
  extremeSentence,
  formatCount,
  joinNames,
  joinSentences,
  missingSentence,
  valueWithCategory,
  type SummaryEntry,
  type SummaryNoun,
} from './summary.ts';
import { formatPeriod, type TimeInterval } from './time-axis.ts';
import type { ChartContext, DataTable } from './types.ts';
import { word } from './words.ts';

export const CELL_NOUN: Readonly<SummaryNoun> = Object.freeze({
  id: 'sel',
  en: 'cell',
  enPlural: 'cells',
});

/** A column as written: a period for dates ("Agu 2024"), the label formatter for text. */
export function columnLabel(
  col: HeatmapColumn,
  interval: TimeInterval,
  context: ChartContext,
  long = false,
): string {
  if (col instanceof Date) return formatPeriod(col, interval, context.lang, long);
  return context.formatLabel ? context.formatLabel(col) : col;
}

export function rowLabel(row: string, context: ChartContext): string {
  return context.formatLabel ? context.formatLabel(row) : row;
}

export function cellText(data: HeatmapData, r: number, c: number, context: ChartContext): string {
  const category = data.categories?.[r * data.cols.length + c] ?? null;
  return valueWithCategory(cellValue(data, r, c), category, context.formatValue);
}

export function heatmapTable(
  data: HeatmapData,
  interval: TimeInterval,
  rowHeader: string | undefined,
  context: ChartContext,
): DataTable {
  const headers = [
    rowHeader ?? word('unit', context.lang),
    ...data.cols.map((col) => columnLabel(col, interval, context)),
  ];
  const rows = data.rows.map((row, r) => [
    rowLabel(row, context),
    ...data.cols.map((_, c) => cellText(data, r, c, context)),
  ]);
  const caption =
    context.title !== undefined && context.title !== ''
      ? context.title
      : word('value', context.lang);
  return { caption, headers, rows, numeric: headers.map((_, i) => i > 0) };
}

export function heatmapSummary(
  data: HeatmapData,
  interval: TimeInterval,
  context: ChartContext,
): string {
  const { lang, formatValue } = context;
  const entries: SummaryEntry[] = [];
  const missingPerRow = data.rows.map(() => 0);
  data.rows.forEach((row, r) => {
    data.cols.forEach((col, c) => {
      const value = cellValue(data, r, c);
      if (value === null) {
        missingPerRow[r]! += 1;
        return;
      }
      entries.push({
        index: r * data.cols.length + c,
        label: `${rowLabel(row, context)} (${columnLabel(col, interval, context)})`,
        value,
        category: data.categories?.[r * data.cols.length + c] ?? null,
      });
    });
  });
  const missingCount = missingPerRow.reduce((a, b) => a + b, 0);
  const missing = missingSentence(missingCount, { lang, noun: CELL_NOUN });
  if (entries.length === 0) return joinSentences(`${word('noData', lang)}.`, missing);
  const options = { lang, formatValue };
  const highest = extremeEntries(entries, 'max');
  const lowest = extremeEntries(entries, 'min');
  const extremes =
    highest.length === entries.length
      ? ''
      : joinSentences(
          extremeSentence('highest', highest, options),
          extremeSentence('lowest', lowest, options),
        );
  let worst = '';
  const most = Math.max(...missingPerRow);
  if (missingCount > 0 && data.rows.length > 1) {
    const names = data.rows
      .filter((_, r) => missingPerRow[r] === most)
      .map((row) => rowLabel(row, context));
    const count = `${formatCount(most, lang)} ${word('of', lang)} ${formatCount(data.cols.length, lang)}`;
    worst =
      lang === 'id'
        ? `Terbanyak belum input: ${joinNames(names, lang)} (${count}).`
        : `Most not reported: ${joinNames(names, lang)} (${count}).`;
  }
  return joinSentences(extremes, missing, worst);
}
