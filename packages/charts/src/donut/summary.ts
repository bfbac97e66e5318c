/** The donut's summary for screen readers, over the categories as given (not "Lainnya"). */

import { say, CHART_WORDS } from '@pantau/messages';
import { formatShare } from '../number-formats.ts';
import {
  formatCount,
  joinSentences,
  missingSentence,
  notComputableSentence,
  rankingSummary,
} from '../summary.ts';
import { catalogueNoun } from '../nouns.ts';
import type { ChartContext } from '../types.ts';
import type { DonutData, DonutLayout } from './layout.ts';

/** The noun counted in "2 kategori belum input". */
const CATEGORY_NOUN = catalogueNoun('countCategory');

/**
 * "Tertinggi: inovasi pelayanan publik 30 (56,6%). Terendah: ... Total 53. 1 kategori belum
 * input." Over the categories as given (not "Lainnya"), ties named.
 */
export function donutSummary(layout: DonutLayout, data: DonutData, context: ChartContext): string {
  const lang = context.lang;
  const total = layout.total;
  const withShare = (v: number | null) =>
    v !== null && v >= 0 && total > 0
      ? `${context.formatValue(v)} (${formatShare(v / total, lang)})`
      : context.formatValue(v);
  const n = Math.min(data.category.length, data.value.length);
  const absent = new Set([...layout.missing, ...layout.notComputable]);
  const reported = [...Array(n).keys()].filter((i) => !absent.has(i));
  const ranking =
    reported.length === 0
      ? ''
      : rankingSummary(
          reported.map((i) => data.category[i] ?? ''),
          reported.map((i) => data.value[i] ?? null),
          { lang, formatValue: withShare, noun: CATEGORY_NOUN },
        );
  const sentences = joinSentences(
    ranking,
    reported.length > 0 ? `${say(CHART_WORDS, lang, 'total')} ${context.formatValue(total)}.` : '',
    layout.negative.length > 0
      ? `${formatCount(layout.negative.length, lang)} ${say(CHART_WORDS, lang, 'categories')} ${say(CHART_WORDS, lang, 'negativeNotDrawn')}.`
      : '',
    notComputableSentence(
      layout.notComputable.map((i) => data.category[i] ?? ''),
      { lang, noun: CATEGORY_NOUN },
    ),
    missingSentence(layout.missing.length, { lang, noun: CATEGORY_NOUN }),
  );
  return sentences === '' ? `${say(CHART_WORDS, lang, 'noData')}.` : sentences;
}
