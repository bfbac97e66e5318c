/**
 * What a heatmap says in words: column labels, the data table (one row per unit, one column per
 * period, "belum input" where nothing was reported) and the summary (highest and lowest cell,
 * how many cells are not reported and which unit misses most).
 */

import { say, CHART_WORDS } from '@pantau/messages';
import type { HeatmapColumn, HeatmapData } from './data.ts';
import {
  extremeSentence,
  formatCount,
  joinNames,
  joinSentences,
  MAX_NAMES,
  missingSentence,
  notComputableSentence,
  valueWithCategory,
  type SummaryEntry,
  type SummaryNoun,
} from '../summary.ts';
import { catalogueNoun } from '../nouns.ts';
import { formatPeriod, type TimeInterval } from '../time-axis.ts';
import type { ChartContext, DataTable, ValueCategory } from '../types.ts';

export const CELL_NOUN: Readonly<SummaryNoun> = /* @__PURE__ */ catalogueNoun('countCell');

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

/**
 * What a cell says, in its drawing and its table cell: "91,20 (A)", or "belum input". Give it a
 * memoised formatter (format-memo.ts): a render asks for every cell.
 */
export function cellText(
  value: number | null,
  category: ValueCategory | null | undefined,
  formatValue: ChartContext['formatValue'],
): string {
  return valueWithCategory(value, category, formatValue);
}

/**
 * One row per unit, one column per period, each cell exactly the text drawn in it (`texts`,
 * row-major, from cellText). Labels are the ones the axes wrote.
 */
export function heatmapTable(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  texts: readonly string[],
  rowHeader: string | undefined,
  context: ChartContext,
): DataTable {
  const nCols = colLabels.length;
  const headers = [rowHeader ?? say(CHART_WORDS, context.lang, 'unit'), ...colLabels];
  const rows = rowLabels.map((label, r) => {
    const row = new Array<string>(nCols + 1);
    row[0] = label;
    for (let c = 0; c < nCols; c++) row[c + 1] = texts[r * nCols + c]!;
    return row;
  });
  const caption =
    context.title !== undefined && context.title !== ''
      ? context.title
      : say(CHART_WORDS, context.lang, 'value');
  return { caption, headers, rows, numeric: headers.map((_, i) => i > 0) };
}

/**
 * Highest and lowest cell (ties named), how many cells are not reported, and the unit missing
 * most. `values` row-major (null = not reported); labels as the axes wrote them. Only the
 * extreme cells are named, so only they get a label.
 */
export function heatmapSummary(
  data: HeatmapData,
  values: readonly (number | null)[],
  rowLabels: readonly string[],
  colLabels: readonly string[],
  context: ChartContext,
): string {
  const { lang, formatValue } = context;
  const nCols = colLabels.length;
  const missingPerRow = rowLabels.map(() => 0);
  let reported = 0;
  let hi = -Infinity;
  let lo = Infinity;
  const notComputable: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      missingPerRow[Math.floor(i / nCols)]! += 1;
      return;
    }
    if (Number.isNaN(value)) {
      const r = Math.floor(i / nCols);
      notComputable.push(`${rowLabels[r]} (${colLabels[i - r * nCols]})`);
      return;
    }
    reported++;
    if (value > hi) hi = value;
    if (value < lo) lo = value;
  });
  const missingCount = values.length - reported - notComputable.length;
  const missing = joinSentences(
    notComputableSentence(notComputable, { lang, noun: CELL_NOUN }),
    missingSentence(missingCount, { lang, noun: CELL_NOUN }),
  );
  if (reported === 0) return joinSentences(`${say(CHART_WORDS, lang, 'noData')}.`, missing);
  // A tie can hold thousands of cells (every 100 % on-time month), but the sentence names only
  // the first MAX_NAMES and counts the rest: only those get a label.
  const holding = (extreme: number): SummaryEntry[] => {
    const entries: SummaryEntry[] = [];
    values.forEach((value, i) => {
      if (value !== extreme) return;
      const r = Math.floor(i / nCols);
      const named = entries.length < MAX_NAMES;
      entries.push({
        index: i,
        label: named ? `${rowLabels[r]} (${colLabels[i - r * nCols]})` : '',
        value,
        category: data.categories?.[i] ?? null,
      });
    });
    return entries;
  };
  const options = { lang, formatValue };
  const highest = holding(hi);
  const extremes =
    highest.length === reported
      ? ''
      : joinSentences(
          extremeSentence('highest', highest, options),
          extremeSentence('lowest', holding(lo), options),
        );
  let worst = '';
  const most = Math.max(...missingPerRow);
  if (missingCount > 0 && rowLabels.length > 1) {
    const names = rowLabels.filter((_, r) => missingPerRow[r] === most);
    const count = `${formatCount(most, lang)} ${say(CHART_WORDS, lang, 'of')} ${formatCount(nCols, lang)}`;
    worst =
      lang === 'id'
        ? `Terbanyak belum input: ${joinNames(names, lang)} (${count}).`
        : `Most not reported: ${joinNames(names, lang)} (${count}).`;
  }
  return joinSentences(extremes, missing, worst);
}
