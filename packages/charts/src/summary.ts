/**
 * Text summaries: the one or two sentences a chart opens with for readers who do not see it
 * ("Tertinggi: Disdukcapil 91,20 (A). Terendah: Dinsos 70,10 (C). 3 unit belum input.").
 * Small functions that compose: a ranking uses highest/lowest/missing; a line uses
 * first-to-last, peak and missing. Ties are always said: a ranking that names one of two equal
 * units as "the highest" misinforms. Sentences (with their grammar) live here, not in words.ts,
 * because they interpolate.
 */

import { say, CHART_WORDS, sayBoth } from '@pantau/messages';
import { catalogueNoun } from './nouns.ts';
import { isNotComputable } from './absent.ts';
import { numberFormat } from './number-formats.ts';
import type { ChartLang, ValueCategory, ValueFormatter } from './types.ts';

/** A reported (non-null) value with what names it. */
export interface SummaryEntry {
  /** Row of the input data. */
  index: number;
  label: string;
  value: number;
  category?: ValueCategory | null;
}

/** The noun counted in "3 unit belum input" (default unit/units). */
export interface SummaryNoun {
  id: string;
  en: string;
  enPlural: string;
}

export const UNIT_NOUN: Readonly<SummaryNoun> = /* @__PURE__ */ catalogueNoun('countUnit');

export interface SummaryOptions {
  lang: ChartLang;
  formatValue: ValueFormatter;
  noun?: SummaryNoun;
}

/** How many names a tie lists before "dan 2 lainnya" / "and 2 others". */
export const MAX_NAMES = 3;

/** The reported values as entries (nulls and NaN left out), in input order. */
export function reportedEntries(
  labels: readonly string[],
  values: readonly (number | null)[],
  categories?: readonly (ValueCategory | null)[],
): SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    entries.push({
      index,
      label: labels[index] ?? '',
      value,
      category: categories?.[index] ?? null,
    });
  });
  return entries;
}

/** Indices whose value is not reported (null); a not-computable NaN is not one of them. */
export function missingIndices(values: readonly (number | null)[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === null || v === undefined) out.push(i);
  });
  return out;
}

/** Indices whose value is not computable (NaN: a ratio over a zero denominator). */
export function notComputableIndices(values: readonly (number | null)[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (isNotComputable(v)) out.push(i);
  });
  return out;
}

/** Every entry holding the largest (`max`) or smallest (`min`) value: more than one is a tie. */
export function extremeEntries(
  entries: readonly SummaryEntry[],
  which: 'max' | 'min',
): SummaryEntry[] {
  if (entries.length === 0) return [];
  const pick = which === 'max' ? Math.max : Math.min;
  const best = pick(...entries.map((e) => e.value));
  return entries.filter((e) => e.value === best);
}

/** A count in the language's digits: "2.000" / "2,000". */
export function formatCount(count: number, lang: ChartLang): string {
  return numberFormat(lang).format(count);
}

/** "3 unit" / "3 units": the count and the noun in the form it takes (English: singular for 1). */
export function counted(count: number, noun: SummaryNoun, lang: ChartLang): string {
  const name = lang === 'id' ? noun.id : count === 1 ? noun.en : noun.enPlural;
  return `${formatCount(count, lang)} ${name}`;
}

/**
 * Names joined as people write them: "A", "A dan B", "A, B, dan C"; beyond `max` names,
 * "A, B, C, dan 2 lainnya" ("and 2 others").
 */
export function joinNames(names: readonly string[], lang: ChartLang, max = MAX_NAMES): string {
  const and = lang === 'id' ? 'dan' : 'and';
  let shown = [...names];
  if (names.length > max) {
    const rest = names.length - max;
    const others =
      lang === 'id'
        ? `${formatCount(rest, lang)} lainnya`
        : `${formatCount(rest, lang)} ${rest === 1 ? 'other' : 'others'}`;
    shown = [...names.slice(0, max), others];
  }
  if (shown.length <= 1) return shown[0] ?? '';
  if (shown.length === 2) return `${shown[0]} ${and} ${shown[1]}`;
  return `${shown.slice(0, -1).join(', ')}, ${and} ${shown[shown.length - 1]}`;
}

/** "A" for the summary, "A, Sangat Baik" for a mark's label. */
export function categoryText(category: ValueCategory | null | undefined, long = false): string {
  if (!category) return '';
  if (!long || category.label === '' || category.label === category.code) return category.code;
  return `${category.code}, ${category.label}`;
}

/** "91,20 (A)": the formatted value with its grade letter when it has one. */
export function valueWithCategory(
  value: number | null,
  category: ValueCategory | null | undefined,
  formatValue: ValueFormatter,
  long = false,
): string {
  const grade = categoryText(category, long);
  return grade === '' ? formatValue(value) : `${formatValue(value)} (${grade})`;
}

/** A grade's letter and label joined by `glue`, so the grade never rests on its colour. */
function gradeWords(category: ValueCategory, glue: string): string {
  if (category.label === '') return category.code;
  // An identifier rather than a letter (IID's `sangat-inovatif`) reads as its label alone.
  return category.code.length <= 2 ? `${category.code}${glue}${category.label}` : category.label;
}

/** "A · Sangat Baik": the KPI tile's badge and the gauge's category line. */
export function categoryBadgeText(category: ValueCategory): string {
  return gradeWords(category, ' · ');
}

/** "A, Sangat Baik" (or just the label) for sentences and announcements. */
export function categoryNote(category: ValueCategory): string {
  return gradeWords(category, ', ');
}

export type ExtremeKind = 'highest' | 'lowest' | 'peak';

const TIE_PHRASE: Record<ExtremeKind, Record<ChartLang, string>> = {
  highest: sayBoth(CHART_WORDS, 'tieHighest'),
  lowest: sayBoth(CHART_WORDS, 'tieLowest'),
  peak: sayBoth(CHART_WORDS, 'sharePeak'),
};

const HEADING: Record<ExtremeKind, Record<ChartLang, string>> = {
  highest: sayBoth(CHART_WORDS, 'highest'),
  lowest: sayBoth(CHART_WORDS, 'lowest'),
  peak: sayBoth(CHART_WORDS, 'peak'),
};

/**
 * One sentence about the extreme entries (all holding the same value):
 * "Tertinggi: Disdukcapil 91,20 (A)." or, for a tie,
 * "Disdukcapil dan Dinkes sama-sama tertinggi: 91,20 (A)." Empty when there are none.
 */
export function extremeSentence(
  kind: ExtremeKind,
  entries: readonly SummaryEntry[],
  options: SummaryOptions,
): string {
  const first = entries[0];
  if (first === undefined) return '';
  const { lang, formatValue } = options;
  const value = valueWithCategory(first.value, first.category, formatValue);
  if (entries.length === 1) return `${HEADING[kind][lang]}: ${first.label} ${value}.`;
  const names = joinNames(
    entries.map((e) => e.label),
    lang,
  );
  return `${names} ${TIE_PHRASE[kind][lang]}: ${value}.`;
}

/** "3 unit belum input." / "3 units not reported."; empty for 0. */
export function missingSentence(
  count: number,
  options: Pick<SummaryOptions, 'lang' | 'noun'>,
): string {
  if (count <= 0) return '';
  const { lang } = options;
  return `${counted(count, options.noun ?? UNIT_NOUN, lang)} ${say(CHART_WORDS, lang, 'notReported')}.`;
}

/**
 * "1 unit tak terhitung (dibagi nol): Dinsos." / "1 unit not computable (division by zero):
 * Dinsos."; empty when there are none. Named, since a reader must find which figure it is.
 */
export function notComputableSentence(
  names: readonly string[],
  options: Pick<SummaryOptions, 'lang' | 'noun'>,
): string {
  const count = names.length;
  if (count <= 0) return '';
  const { lang } = options;
  const list = names.some((n) => n !== '') ? `: ${joinNames(names, lang)}` : '';
  return `${counted(count, options.noun ?? UNIT_NOUN, lang)} ${say(CHART_WORDS, lang, 'notComputable')}${list}.`;
}

/** "Semua 5 unit sama: 91,20 (A)." / "All 5 units equal: 91.20 (A)." */
export function allEqualSentence(
  entries: readonly SummaryEntry[],
  options: SummaryOptions,
): string {
  const first = entries[0];
  if (first === undefined) return '';
  const { lang, formatValue } = options;
  const noun = options.noun ?? UNIT_NOUN;
  const value = valueWithCategory(first.value, first.category, formatValue);
  const count = formatCount(entries.length, lang);
  return lang === 'id'
    ? `Semua ${count} ${noun.id} sama: ${value}.`
    : `All ${count} ${noun.enPlural} equal: ${value}.`;
}

/** Sentences joined with single spaces, empty ones dropped. */
export function joinSentences(...sentences: readonly string[]): string {
  return sentences.filter((s) => s !== '').join(' ');
}

/**
 * The summary of a ranking: highest and lowest (ties named), or that all are equal, then how
 * many are not computable (named) and not reported. "Tidak ada data." when there is nothing at all.
 */
export function rankingSummary(
  labels: readonly string[],
  values: readonly (number | null)[],
  options: SummaryOptions & { categories?: readonly (ValueCategory | null)[] },
): string {
  const entries = reportedEntries(labels, values, options.categories);
  const missing = joinSentences(
    notComputableSentence(
      notComputableIndices(values).map((i) => labels[i] ?? ''),
      options,
    ),
    missingSentence(missingIndices(values).length, options),
  );
  if (entries.length === 0) {
    return missing === '' ? `${say(CHART_WORDS, options.lang, 'noData')}.` : missing;
  }
  if (entries.length === 1) {
    const only = entries[0]!;
    const value = valueWithCategory(only.value, only.category, options.formatValue);
    return joinSentences(`${only.label}: ${value}.`, missing);
  }
  const highest = extremeEntries(entries, 'max');
  if (highest.length === entries.length) {
    return joinSentences(allEqualSentence(entries, options), missing);
  }
  return joinSentences(
    extremeSentence('highest', highest, options),
    extremeSentence('lowest', extremeEntries(entries, 'min'), options),
    missing,
  );
}

/**
 * From the first to the last reported point, with the direction:
 * "Dari 12 (Jan 2024) menjadi 20 (Des 2024), naik." / "From 12 (Jan 2024) to 20 (Dec 2024), up."
 */
export function changeSentence(
  first: SummaryEntry | undefined,
  last: SummaryEntry | undefined,
  options: SummaryOptions,
): string {
  if (first === undefined || last === undefined || first.index === last.index) return '';
  const { lang, formatValue } = options;
  const from = `${formatValue(first.value)} (${first.label})`;
  const to = `${formatValue(last.value)} (${last.label})`;
  const direction =
    last.value > first.value
      ? say(CHART_WORDS, lang, 'up')
      : last.value < first.value
        ? say(CHART_WORDS, lang, 'down')
        : say(CHART_WORDS, lang, 'unchanged');
  return lang === 'id'
    ? `Dari ${from} menjadi ${to}, ${direction}.`
    : `From ${from} to ${to}, ${direction}.`;
}
