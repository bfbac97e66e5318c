/** The bars' summary for screen readers: the ranking per series (or of the totals), the target. */

import { say, CHART_WORDS } from '@pantau/messages';
import {
  counted,
  formatCount,
  joinSentences,
  rankingSummary,
  UNIT_NOUN,
  type SummaryNoun,
} from '../summary.ts';
import type { ChartContext } from '../types.ts';
import type { BarsOptions } from './options.ts';
import type { BarsPlan } from './plan.ts';

/** How many reported values reach the target: "2 dari 5 unit mencapai target 80,00." */
export function targetSentence(
  values: readonly (number | null)[],
  target: number,
  context: Pick<ChartContext, 'lang' | 'formatValue'>,
  noun?: SummaryNoun,
): string {
  const reported = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (reported.length === 0) return '';
  const met = reported.filter((v) => v >= target).length;
  const { lang } = context;
  const of = counted(reported.length, noun ?? UNIT_NOUN, lang);
  const goal = context.formatValue(target);
  return lang === 'id'
    ? `${formatCount(met, lang)} dari ${of} mencapai target ${goal}.`
    : `${formatCount(met, lang)} of ${of} reach the target of ${goal}.`;
}

export function barsSummary(plan: BarsPlan, options: BarsOptions, context: ChartContext): string {
  const { labels, series, single, totals, categories } = plan;
  const base = {
    lang: context.lang,
    formatValue: context.formatValue,
    ...(options.noun ? { noun: options.noun } : {}),
  };
  const target = options.target ?? null;
  if (single) {
    const values = series[0]?.values ?? [];
    return joinSentences(
      rankingSummary(labels, values, { ...base, ...(categories ? { categories } : {}) }),
      target !== null ? targetSentence(values, target, context, options.noun) : '',
    );
  }
  if (totals !== null) {
    return `${say(CHART_WORDS, context.lang, 'total')} — ${rankingSummary(labels, totals, base)}`;
  }
  // One sentence group per series, each headed by its name: "2024 — Tertinggi: …".
  return series.map((s) => `${s.name} — ${rankingSummary(labels, s.values, base)}`).join(' ');
}
