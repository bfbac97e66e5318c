/** What a table says in words: which rows are shown, and how they are sorted. */

import { say, TABLE_WORDS, CHART_WORDS } from '@pantau/messages';
import { formatCount } from '../summary.ts';
import type { ChartContext } from '../types.ts';
import type { TableOptions } from './data.ts';

/** "Menampilkan baris 1–10 dari 48, diurutkan menurut IKM (menurun)." */
export function tableSummary(
  first: number,
  last: number,
  total: number,
  options: TableOptions,
  lang: ChartContext['lang'],
): string {
  if (total === 0) return `${say(CHART_WORDS, lang, 'noData')}.`;
  const range = `${say(TABLE_WORDS, lang, 'showing')} ${formatCount(first, lang)}–${formatCount(last, lang)} ${say(CHART_WORDS, lang, 'of')} ${formatCount(total, lang)}`;
  const sort = options.sort ?? null;
  const column = sort === null ? undefined : options.columns.find((c) => c.key === sort.key);
  if (sort === null || column === undefined) return `${range}.`;
  const direction = say(TABLE_WORDS, lang, sort.desc === true ? 'descending' : 'ascending');
  return `${range}, ${say(TABLE_WORDS, lang, 'sortedBy')} ${column.label} (${direction}).`;
}
