/** A share as a percentage, shared by the donut's slice labels and the KPI tile's achievement. */

import { numberFormat } from '../number-formats.ts';
import type { ChartContext } from '../types.ts';

/** A share as a percentage in the chart's language: 0.545 -> "54,5%" / "54.5%". */
export function formatShare(fraction: number, lang: ChartContext['lang'], digits = 1): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}
