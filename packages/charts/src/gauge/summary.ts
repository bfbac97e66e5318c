/** The gauge's words: its summary for screen readers and its data table. */

import { say, CHART_WORDS } from '@pantau/messages';
import { tickFormatter } from '../axes.ts';
import { categoryBadgeText, categoryNote } from '../summary.ts';
import type { ChartContext, DataTable, ValueCategory } from '../types.ts';
import {
  bandMax,
  gaugeCategory,
  gaugeDomain,
  type GaugeData,
  type GaugeOptions,
  type GaugeSegment,
} from './scale.ts';

/** "IKM 88,56 (A, Sangat Baik). Skala 25 sampai 100." */
export function gaugeSummary(
  data: GaugeData,
  options: GaugeOptions,
  context: ChartContext,
): string {
  const lang = context.lang;
  const name = options.label || context.title || say(CHART_WORDS, lang, 'value');
  const category = gaugeCategory(data, options.bands);
  const [lo, hi] = gaugeDomain(options);
  const tick = tickFormatter([lo, hi], (v) => context.formatValue(v), lang);
  const note = category === null ? '' : ` (${categoryNote(category)})`;
  return `${name} ${context.formatValue(data.value)}${note}. ${say(CHART_WORDS, lang, 'scale')} ${tick(lo)} ${say(CHART_WORDS, lang, 'to')} ${tick(hi)}.`;
}

/** The value and its category, then each band's range. */
export function gaugeTable(
  name: string,
  valueText: string,
  category: ValueCategory | null,
  segments: readonly GaugeSegment[],
  context: ChartContext,
): DataTable {
  const lang = context.lang;
  const rows: string[][] = [[name, valueText]];
  if (category !== null)
    rows.push([say(CHART_WORDS, lang, 'category'), categoryBadgeText(category)]);
  for (const s of segments) {
    rows.push([
      categoryBadgeText(s.band),
      `${context.formatValue(s.from)} – ${context.formatValue(bandMax(s))}`,
    ]);
  }
  return {
    caption: context.title ?? name,
    headers: [say(CHART_WORDS, lang, 'item'), say(CHART_WORDS, lang, 'value')],
    rows,
    numeric: [false, true],
  };
}
