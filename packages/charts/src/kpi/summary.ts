/** The KPI tile's summary for screen readers. */

import { say, CHART_WORDS } from '@pantau/messages';
import { isNotComputable } from '../absent.ts';
import { categoryNote } from '../summary.ts';
import type { ChartContext } from '../types.ts';
import { kpiChange, kpiTarget, targetText } from './change.ts';
import type { KpiData, KpiOptions } from './options.ts';
import { kpiComparedText } from './period.ts';

/**
 * "Indeks Kepuasan Masyarakat 88,56 (A, Sangat Baik), naik 1,20 dari periode sebelumnya.
 * Target 90,00: capaian 98,4%."
 */
export function kpiSummary(data: KpiData, options: KpiOptions, context: ChartContext): string {
  const lang = context.lang;
  const higherIsBetter = options.higherIsBetter ?? true;
  const name = options.label || context.title || say(CHART_WORDS, lang, 'value');
  const when = options.period ? `, ${options.period}:` : '';
  const head = `${name}${when} ${context.formatValue(data.value)}`;
  if (data.value === null) return `${head}.`;
  const category = data.category ? ` (${categoryNote(data.category)})` : '';
  const compared = kpiComparedText(options, lang);
  const change = kpiChange(
    data.value,
    data.previous,
    options.formatChange ?? context.formatValue,
    lang,
    higherIsBetter,
  );
  let sentence = `${head}${category}`;
  if (change !== null) {
    sentence +=
      change.direction === 'same'
        ? options.compareLabel === undefined && !options.previousPeriod
          ? `, ${say(CHART_WORDS, lang, 'unchangedFromPrevious')}`
          : `, ${say(CHART_WORDS, lang, 'unchanged')} ${compared}`
        : `, ${say(CHART_WORDS, lang, change.direction)} ${change.amount} ${compared}`;
  }
  sentence += '.';
  if (data.previous === null) sentence += ` ${say(CHART_WORDS, lang, 'previousNotReported')}.`;
  else if (isNotComputable(data.previous)) {
    sentence += ` ${say(CHART_WORDS, lang, 'previousNotComputable')}.`;
  }
  const target = kpiTarget(data.value, data.target, higherIsBetter);
  if (target !== null && data.target != null) {
    sentence += ` ${targetText(data.target, target, context.formatValue, lang)}.`;
  }
  if (options.note !== undefined) sentence += ` ${options.note.detail}`;
  return sentence;
}
