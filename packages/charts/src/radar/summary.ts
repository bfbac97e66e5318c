/** What a radar says in words: its summary and its data table. */

import { say, CHART_WORDS } from '@pantau/messages';
import { joinSentences, rankingSummary } from '../summary.ts';
import { catalogueNoun } from '../nouns.ts';
import type { ChartContext, DataTable } from '../types.ts';
import type { RadarData } from './data.ts';

/** The noun counted in "1 sumbu belum input". */
const AXIS_NOUN = catalogueNoun('countAxis');

/** An axis's full name, "U1 Persyaratan": the short name, then the long one when it differs. */
export function axisName(data: RadarData, i: number): string {
  const short = data.axes[i] ?? '';
  const long = data.axisLabels?.[i] ?? '';
  return long === '' || long === short ? short : `${short} ${long}`;
}

/**
 * Per series, the strongest and weakest axes (ties named) and the axes not reported:
 * "Tertinggi: U7 Perilaku Pelaksana 3,62. Terendah: U3 Waktu Penyelesaian 3,01."
 */
export function radarSummary(data: RadarData, context: ChartContext): string {
  const labels = data.axes.map((_, i) => axisName(data, i));
  if (data.series.length === 0 || data.axes.length === 0)
    return `${say(CHART_WORDS, context.lang, 'noData')}.`;
  const options = { lang: context.lang, formatValue: context.formatValue, noun: AXIS_NOUN };
  const sentences = data.series.map((s) => {
    const text = rankingSummary(labels, s.values.slice(0, labels.length), options);
    return data.series.length > 1 ? `${s.name}: ${text}` : text;
  });
  return joinSentences(...sentences);
}

/** A row per axis (its full name), a column per series. */
export function radarTable(
  data: RadarData,
  axisTitle: string | undefined,
  context: ChartContext,
): DataTable {
  const { lang } = context;
  return {
    caption: context.title ?? '',
    headers: [
      axisTitle ?? say(CHART_WORDS, lang, 'axis'),
      ...data.series.map((s) => (s.name === '' ? say(CHART_WORDS, lang, 'value') : s.name)),
    ],
    rows: data.axes.map((_, i) => [
      axisName(data, i),
      ...data.series.map((s) => context.formatValue(s.values[i] ?? null)),
    ]),
    numeric: [false, ...data.series.map(() => true)],
  };
}
