/** The bars' data table: the label, each value as drawn (and grade, total); the target in the caption. */

import { say, CHART_WORDS } from '@pantau/messages';
import { categoryText } from '../summary.ts';
import type { ChartContext, DataTable } from '../types.ts';
import { valueAt } from './layout.ts';
import type { BarsOptions } from './options.ts';
import type { BarsPlan } from './plan.ts';

export function barsTable(plan: BarsPlan, options: BarsOptions, context: ChartContext): DataTable {
  const { labels, series, single, totals, categories } = plan;
  const { lang, formatValue } = context;
  const labelHeader = options.labelHeader ?? options.xField ?? 'Label';
  const headers = [labelHeader];
  if (single) headers.push(options.valueHeader ?? say(CHART_WORDS, lang, 'value'));
  else headers.push(...series.map((s) => s.name));
  if (totals !== null) headers.push(say(CHART_WORDS, lang, 'total'));
  const withCategory = categories !== undefined && categories.some((c) => c);
  if (withCategory) headers.push(say(CHART_WORDS, lang, 'category'));
  const notes = single && options.notes?.some((n) => n) ? options.notes : null;
  if (notes !== null) headers.push(say(CHART_WORDS, lang, 'note'));
  const rows = labels.map((label, i) => {
    const row = [label, ...series.map((s) => formatValue(valueAt(s, i)))];
    if (totals !== null) row.push(formatValue(totals[i] ?? null));
    if (withCategory) row.push(categoryText(categories?.[i], true));
    if (notes !== null) row.push(notes[i] ?? '');
    return row;
  });
  const texts = (withCategory ? 1 : 0) + (notes !== null ? 1 : 0);
  const numeric = headers.map((_, i) => i > 0 && i < headers.length - texts);
  const target = options.target ?? null;
  const caption = [
    context.title ?? '',
    target !== null
      ? `${options.targetLabel ?? say(CHART_WORDS, lang, 'target')}: ${formatValue(target)}`
      : '',
  ]
    .filter((s) => s !== '')
    .join('. ');
  return { caption, headers, rows, numeric };
}
