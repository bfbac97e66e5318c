/**
 * The periods a KPI tile names (issue 15 item 10): "Jun 2024 · vs Mei 2024" under its label, the
 * change "vs Mei 2024" rather than "vs periode sebelumnya", and the same names in its summary.
 * The widget names the periods (in the page's language, from core's month list); the tile only
 * places them.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import type { ChartLang } from '../types.ts';

export interface KpiPeriods {
  /** The headline value's period, e.g. "Jun 2024"; none without a time column. */
  period?: string;
  /** The period the change is against, e.g. "Mei 2024"; none without a comparison. */
  previousPeriod?: string;
  /** Words after the change; default "vs <previous period>" or "vs periode sebelumnya". */
  compareLabel?: string;
}

/** "Jun 2024 · vs Mei 2024", "Jun 2024", or '' without a period. */
export function kpiPeriodLine(options: KpiPeriods): string {
  if (options.period === undefined || options.period === '') return '';
  return options.previousPeriod
    ? `${options.period} · vs ${options.previousPeriod}`
    : options.period;
}

/** The words after the change in the tile: "vs Mei 2024". */
export function kpiCompareLabel(options: KpiPeriods, lang: ChartLang): string {
  if (options.compareLabel !== undefined) return options.compareLabel;
  return options.previousPeriod
    ? `vs ${options.previousPeriod}`
    : say(CHART_WORDS, lang, 'vsPrevious');
}

/** The words after the change in the summary: "dari Mei 2024" / "from May 2024". */
export function kpiComparedText(options: KpiPeriods, lang: ChartLang): string {
  if (options.compareLabel !== undefined) return options.compareLabel;
  if (!options.previousPeriod) return say(CHART_WORDS, lang, 'fromPrevious');
  return `${lang === 'id' ? 'dari' : 'from'} ${options.previousPeriod}`;
}
