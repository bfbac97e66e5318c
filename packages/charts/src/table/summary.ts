/** What a table says in words: which rows are shown, and how they are sorted. */

import { formatCount } from '../summary.ts';
import type { ChartContext } from '../types.ts';
import { word } from '../words.ts';
import type { TableOptions } from './data.ts';
import { text } from './words.ts';

/** "Menampilkan baris 1–10 dari 48, diurutkan menurut IKM (menurun)." */
export function tableSummary(
  first: number,
  last: number,
  total: number,
  options: TableOptions,
  lang: ChartContext['lang'],
): string {
  if (total === 0) return `${word('noData', lang)}.`;
  const range = `${text('showing', lang)} ${formatCount(first, lang)}–${formatCount(last, lang)} ${word('of', lang)} ${formatCount(total, lang)}`;
  const sort = options.sort ?? null;
  const column = sort === null ? undefined : options.columns.find((c) => c.key === sort.key);
  if (sort === null || column === undefined) return `${range}.`;
  const direction = text(sort.desc === true ? 'descending' : 'ascending', lang);
  return `${range}, ${text('sortedBy', lang)} ${column.label} (${direction}).`;
}
