/**
 * What a line chart says in words: the latest value and its change, highest and lowest, how often
 * the target was reached, how many periods are not reported.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { isNotComputable, isPlaced } from '../absent.ts';
import {
  counted,
  formatCount,
  joinNames,
  joinSentences,
  MAX_NAMES,
  missingSentence,
  notComputableSentence,
} from '../summary.ts';
import type { ChartContext, ChartLang, ValueFormatter } from '../types.ts';
import type { LineAxis } from './data.ts';
import { nounOf, xLabel, xLabeller } from './labels.ts';

/** The last reported row of one series, or -1. */
function lastReported(values: readonly (number | null)[]): number {
  for (let k = values.length - 1; k >= 0; k--) if (isPlaced(values[k])) return k;
  return -1;
}

/**
 * "naik 1,30 dari periode sebelumnya" ("naik 2,2 poin" for a rate, with `formatChange`), or ''
 * when the previous period is not reported.
 */
function changeText(
  values: readonly (number | null)[],
  k: number,
  context: ChartContext,
  short: boolean,
  formatChange: ValueFormatter = context.formatValue,
): string {
  const now = values[k];
  const before = k > 0 ? values[k - 1] : null;
  if (!isPlaced(now) || !isPlaced(before)) return '';
  const { lang } = context;
  const formatValue = formatChange;
  const delta = now - before;
  const tail = short
    ? ''
    : ` ${lang === 'id' ? 'dari' : 'from the'} ${say(CHART_WORDS, lang, 'previous')}`;
  if (delta === 0 || formatValue(Math.abs(delta)) === formatValue(0)) {
    if (short) return say(CHART_WORDS, lang, 'unchanged');
    return lang === 'id' ? 'sama dengan periode sebelumnya' : 'same as the previous period';
  }
  return `${say(CHART_WORDS, lang, delta > 0 ? 'up' : 'down')} ${formatValue(Math.abs(delta))}${tail}`;
}

/** At most this many series are named one by one in the latest-value sentence. */
const MAX_SERIES_NAMED = 4;

function latestSentence(
  axis: LineAxis,
  names: readonly string[],
  context: ChartContext,
  formatChange?: ValueFormatter,
): string {
  const { lang, formatValue } = context;
  const heading = say(CHART_WORDS, lang, 'latest');
  const latest = axis.values.map(lastReported);
  if (names.length === 1) {
    const k = latest[0]!;
    if (k < 0) return '';
    const values = axis.values[0]!;
    const change = changeText(values, k, context, false, formatChange);
    const value = formatValue(values[k]!);
    const when = xLabel(axis.xs[k]!, axis, context);
    return `${heading} (${when}): ${change === '' ? value : `${value}, ${change}`}.`;
  }
  const shown = names
    .map((name, s) => ({ name, s, k: latest[s]! }))
    .filter((e) => e.k >= 0)
    .slice(0, MAX_SERIES_NAMED);
  if (shown.length === 0) return '';
  const samePeriod = shown.every((e) => e.k === shown[0]!.k);
  const parts = shown.map(({ name, s, k }) => {
    const values = axis.values[s]!;
    const notes = [
      samePeriod ? '' : xLabel(axis.xs[k]!, axis, context),
      changeText(values, k, context, true, formatChange),
    ].filter((n) => n !== '');
    const value = formatValue(values[k]!);
    return `${name} ${value}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  });
  const when = samePeriod ? ` (${xLabel(axis.xs[shown[0]!.k]!, axis, context)})` : '';
  return `${heading}${when}: ${parts.join('; ')}.`;
}

/** The largest or smallest value seen so far, how often it occurs, and its first few places. */
interface Extreme {
  value: number;
  count: number;
  /** [series, axis row] of its first MAX_NAMES occurrences, in reading order. */
  first: [number, number][];
}

function extremeSentences(axis: LineAxis, names: readonly string[], context: ChartContext): string {
  const { lang, formatValue } = context;
  // One pass: a flat top can hold thousands of points, but joinNames writes only the first
  // MAX_NAMES places and counts the rest, so only those are kept (and labelled).
  const hi: Extreme = { value: -Infinity, count: 0, first: [] };
  const lo: Extreme = { value: Infinity, count: 0, first: [] };
  const see = (extreme: Extreme, s: number, k: number, better: boolean, v: number): void => {
    if (better) {
      extreme.value = v;
      extreme.count = 0;
      extreme.first = [];
    } else if (v !== extreme.value) {
      return;
    }
    extreme.count++;
    if (extreme.first.length < MAX_NAMES) extreme.first.push([s, k]);
  };
  axis.values.forEach((values, s) => {
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (!isPlaced(v)) continue;
      see(hi, s, k, v > hi.value, v);
      see(lo, s, k, v < lo.value, v);
    }
  });
  if (hi.count === 0 || hi.value === lo.value) return '';
  const label = xLabeller(axis, context);
  const where = ({ first, count }: Extreme): string => {
    const places = first.map(([s, k]) => {
      const when = label(axis.xs[k]!);
      return names.length > 1 ? `${names[s]}, ${when}` : when;
    });
    // The unnamed rest only count: blanks stand in for them.
    return joinNames(
      count > places.length
        ? [...places, ...Array<string>(count - places.length).fill('')]
        : places,
      lang,
    );
  };
  return joinSentences(
    `${say(CHART_WORDS, lang, 'highest')}: ${formatValue(hi.value)} (${where(hi)}).`,
    `${say(CHART_WORDS, lang, 'lowest')}: ${formatValue(lo.value)} (${where(lo)}).`,
  );
}

function targetSentence(axis: LineAxis, target: number, context: ChartContext): string {
  const values = axis.values[0];
  if (values === undefined || axis.values.length !== 1) return '';
  const reported = values.filter(isPlaced);
  if (reported.length === 0) return '';
  const { lang, formatValue } = context;
  const reached = reported.filter((v) => v >= target).length;
  const total = counted(reported.length, nounOf(axis), lang);
  return lang === 'id'
    ? `${formatCount(reached, lang)} dari ${total} di atas atau sama dengan target ${formatValue(target)}.`
    : `${formatCount(reached, lang)} of ${total} at or above the target of ${formatValue(target)}.`;
}

function missingText(axis: LineAxis, names: readonly string[], lang: ChartLang): string {
  const noun = nounOf(axis);
  const counts = axis.values.map((values) => {
    let count = 0;
    for (const v of values) if (v === null) count++;
    return count;
  });
  if (names.length === 1) return missingSentence(counts[0] ?? 0, { lang, noun });
  const parts = names
    .map((name, s) => ({ name, count: counts[s] ?? 0 }))
    .filter((e) => e.count > 0)
    .map((e) => `${e.name} ${counted(e.count, noun, lang)}`);
  if (parts.length === 0) return '';
  return `${lang === 'id' ? 'Belum input' : 'Not reported'}: ${parts.join(', ')}.`;
}

/** "2 periode tak terhitung (dibagi nol): Feb 2024 dan Mar 2024." (series named when several) */
function notComputableText(
  axis: LineAxis,
  names: readonly string[],
  context: ChartContext,
): string {
  const label = xLabeller(axis, context);
  const places: string[] = [];
  axis.values.forEach((values, s) => {
    values.forEach((v, k) => {
      if (!isNotComputable(v)) return;
      const when = label(axis.xs[k]!);
      places.push(names.length > 1 ? `${names[s]}, ${when}` : when);
    });
  });
  return notComputableSentence(places, { lang: context.lang, noun: nounOf(axis) });
}

/** The summary of a line chart, in the context's language. */
export function lineSummary(
  axis: LineAxis,
  names: readonly string[],
  target: number | null,
  context: ChartContext,
  formatChange?: ValueFormatter,
): string {
  const { lang } = context;
  const anyValue = axis.values.some((v) => v.some((x) => x !== null));
  const missing = joinSentences(
    notComputableText(axis, names, context),
    missingText(axis, names, lang),
  );
  if (!anyValue) return joinSentences(`${say(CHART_WORDS, lang, 'noData')}.`, missing);
  return joinSentences(
    latestSentence(axis, names, context, formatChange),
    extremeSentences(axis, names, context),
    target === null ? '' : targetSentence(axis, target, context),
    missing,
  );
}
