/**
 * The pure judgements of a KPI: its change against the previous period (arrow, sign and
 * sentiment, so colour is never the only signal) and whether it meets its target.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { formatShare } from '../number-formats.ts';
import type { ChartLang, ValueFormatter } from '../types.ts';

export type ChangeDirection = 'up' | 'down' | 'same';

export interface KpiChange {
  direction: ChangeDirection;
  /** value - previous. */
  delta: number;
  /** Good news, bad news, or neither (no change). */
  sentiment: 'good' | 'bad' | 'neutral';
  /** ▲ ▼ ■: the shape says the direction without colour. */
  arrow: string;
  /** "+1,20", "−1,10" (a true minus sign), or "tetap". */
  text: string;
  /** The absolute change as formatted, "1,20"; empty when unchanged. */
  amount: string;
}

const ARROWS: Record<ChangeDirection, string> = { up: '▲', down: '▼', same: '■' };
const MINUS = '\u2212';

/**
 * The change from `previous` to `value`, or null when either is missing. A change that rounds
 * to zero in the value's own format counts as unchanged: "▲ +0,00" would contradict itself.
 */
export function kpiChange(
  value: number | null,
  previous: number | null | undefined,
  formatValue: ValueFormatter,
  lang: ChartLang,
  higherIsBetter = true,
): KpiChange | null {
  if (value === null || previous === null || previous === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(previous)) return null;
  const delta = value - previous;
  const amount = formatValue(Math.abs(delta));
  if (delta === 0 || amount === formatValue(0)) {
    return {
      direction: 'same',
      delta,
      sentiment: 'neutral',
      arrow: ARROWS.same,
      text: say(CHART_WORDS, lang, 'unchanged'),
      amount: '',
    };
  }
  const direction: ChangeDirection = delta > 0 ? 'up' : 'down';
  const good = direction === 'up' ? higherIsBetter : !higherIsBetter;
  return {
    direction,
    delta,
    sentiment: good ? 'good' : 'bad',
    arrow: ARROWS[direction],
    text: `${delta > 0 ? '+' : MINUS}${amount}`,
    amount,
  };
}

export interface KpiTarget {
  met: boolean;
  /** value / target, when a rise is good and the target is positive; else null. */
  ratio: number | null;
}

/** Whether the target is met (at or above it, or at or below it when lower is better). */
export function kpiTarget(
  value: number | null,
  target: number | null | undefined,
  higherIsBetter = true,
): KpiTarget | null {
  if (value === null || target === null || target === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(target)) return null;
  const met = higherIsBetter ? value >= target : value <= target;
  const ratio = higherIsBetter && target > 0 ? value / target : null;
  return { met, ratio };
}

/** "Target 90,00 · capaian 98,4%" or "Target 5 · tercapai". */
export function targetText(
  targetValue: number,
  target: KpiTarget,
  formatValue: ValueFormatter,
  lang: ChartLang,
): string {
  const head = `${say(CHART_WORDS, lang, 'target')} ${formatValue(targetValue)}`;
  if (target.met) return `${head} · ${say(CHART_WORDS, lang, 'targetMet')}`;
  if (target.ratio !== null) {
    return `${head} · ${say(CHART_WORDS, lang, 'achievement')} ${formatShare(target.ratio, lang)}`;
  }
  return `${head} · ${say(CHART_WORDS, lang, 'targetNotMet')}`;
}
