/** The KPI tile's summary for screen readers. */

import { isNotComputable } from '../absent.ts';
import { categoryNote } from '../summary.ts';
import type { ChartContext } from '../types.ts';
import { word } from '../words.ts';
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
  const name = options.label || context.title || word('value', lang);
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
          ? `, ${word('unchangedFromPrevious', lang)}`
          : `, ${word('unchanged', lang)} ${compared}`
        : `, ${word(change.direction, lang)} ${change.amount} ${compared}`;
  }
  sentence += '.';
  if (data.previous === null) sentence += ` ${word('previousNotReported', lang)}.`;
  else if (isNotComputable(data.previous)) {
    sentence += ` ${word('previousNotComputable', lang)}.`;
  }
  const target = kpiTarget(data.value, data.target, higherIsBetter);
  if (target !== null && data.target != null) {
    sentence += ` ${targetText(data.target, target, context.formatValue, lang)}.`;
  }
  if (options.note !== undefined) sentence += ` ${options.note.detail}`;
  return sentence;
}
