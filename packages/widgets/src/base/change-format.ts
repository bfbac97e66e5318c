/**
 * How every widget writes a change between two periods (issue 15 item 6): a rate, a percentage
 * or an index moves by points ("naik 2,2 poin" / "up 2.2 points"), since "naik 2,2%" reads as a
 * share of the rate; a count, money or days move by their own amount ("naik 1.234"). One
 * decision, for the KPI's tile and summary and the line chart's summary alike. Loaded with the
 * renderers, not at page load.
 */

import { formatNumber, shownMetrics, type Lang } from '@pantau/core';
import type { ValueFormatter } from '@pantau/charts';
import { metricNameOf } from './metric-name.ts';

export type ChangeUnit = 'points' | 'amount';

/** Points for a measure shown in percent or for a rate/index metric; its own amount otherwise. */
export function changeUnit(format: string, measure: string): ChangeUnit {
  if (/^percent(?::\d)?$/.test(format.trim())) return 'points';
  // Rates and indices say so in their metric definition (`changeInPoints`).
  return shownMetrics.get(metricNameOf(measure))?.changeInPoints ? 'points' : 'amount';
}

/**
 * The formatter for the size of a change: points of a percentage (0.022 -> "2,2 poin"), points
 * in the value's own format for an index (2.2 -> "2,20 poin"), else the value's own format.
 */
export function changeFormatter(
  format: string,
  measure: string,
  lang: Lang,
  formatValue: ValueFormatter,
): ValueFormatter {
  if (changeUnit(format, measure) === 'amount') return formatValue;
  const percent = /^percent(?::(\d))?$/.exec(format.trim());
  const digits =
    percent?.[1] === undefined
      ? { decimals: 1 }
      : { decimals: Number(percent[1]), minDecimals: Number(percent[1]) };
  const amount: ValueFormatter =
    percent === null ? formatValue : (v) => formatNumber(v === null ? null : v * 100, lang, digits);
  return (value) => {
    const text = amount(value);
    if (value === null || !Number.isFinite(value)) return text;
    const one = text === formatNumber(1, lang);
    return `${text} ${lang === 'id' ? 'poin' : one ? 'point' : 'points'}`;
  };
}
