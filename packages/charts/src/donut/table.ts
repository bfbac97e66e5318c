/** The donut's data table: drawn slices (with "Lainnya" naming its members), then zeros, negatives, missing. */

import { say, CHART_WORDS } from '@pantau/messages';
import { formatShare } from '../number-formats.ts';
import type { ChartContext, ChartOutput } from '../types.ts';
import type { DonutData, DonutLayout, DonutOptions } from './layout.ts';
import { otherName } from './notes.ts';

export function donutTable(
  layout: DonutLayout,
  data: DonutData,
  options: DonutOptions,
  context: ChartContext,
): ChartOutput['table'] {
  const lang = context.lang;
  const rows = layout.slices.map((s) => [
    s.other ? otherName(s, data, lang) : s.label,
    context.formatValue(s.value),
    formatShare(s.share, lang),
  ]);
  for (const i of layout.zero)
    rows.push([data.category[i] ?? '', context.formatValue(0), formatShare(0, lang)]);
  for (const i of layout.negative) {
    rows.push([
      data.category[i] ?? '',
      context.formatValue(data.value[i]!),
      say(CHART_WORDS, lang, 'negativeNotDrawn'),
    ]);
  }
  for (const i of layout.notComputable)
    rows.push([data.category[i] ?? '', context.formatValue(Number.NaN), '']);
  for (const i of layout.missing)
    rows.push([data.category[i] ?? '', context.formatValue(null), '']);
  rows.push([
    options.totalLabel ?? say(CHART_WORDS, lang, 'total'),
    context.formatValue(layout.total),
    formatShare(layout.total > 0 ? 1 : 0, lang),
  ]);
  return {
    caption: context.title ?? '',
    headers: [
      options.categoryLabel ?? say(CHART_WORDS, lang, 'category'),
      options.valueLabel ?? say(CHART_WORDS, lang, 'value'),
      say(CHART_WORDS, lang, 'share'),
    ],
    rows,
    numeric: [false, true, true],
  };
}
