import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { BilingualText, Lang } from '../errors/pantau-error.ts';

/**
 * What a cell shows when a unit has not reported a value. Never `0` (zero is a real answer) and
 * never `NaN`: an official reading a table must see that the number is missing.
 */
export const MISSING_LABEL: Readonly<BilingualText> = Object.freeze(
  sayBoth(CORE_START_WORDS, 'notReported2'),
);

/**
 * What a cell shows when the data is there but the figure cannot be computed: a ratio whose
 * denominator is zero (`sum(done) / sum(received)` with nothing received). Not "belum input":
 * that would blame a unit that did report.
 */
export const NOT_COMPUTABLE_LABEL: Readonly<BilingualText> = Object.freeze(
  sayBoth(CORE_START_WORDS, 'notComputableDivisionZero'),
);

export function missingLabel(lang: Lang): string {
  return MISSING_LABEL[lang];
}

export function notComputableLabel(lang: Lang): string {
  return NOT_COMPUTABLE_LABEL[lang];
}

/** `null`, `undefined` and an invalid `Date` are "not reported"; NaN is not (see below). */
export function isMissing(value: unknown): value is null | undefined {
  if (value === null || value === undefined) return true;
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return false;
}

/**
 * NaN (what Pantau's `/` gives for a zero divisor) and ±Infinity (what DuckDB's own `/` gives in
 * raw SQL) are "not computable": reported data, no figure.
 */
export function isNotComputable(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/** No figure to show, for either reason. */
export function isAbsent(value: unknown): boolean {
  return isMissing(value) || isNotComputable(value);
}

/** The label of an absent value: "tak terhitung (dibagi nol)" or "belum input". */
export function absentLabel(value: unknown, lang: Lang): string {
  return isNotComputable(value) ? notComputableLabel(lang) : missingLabel(lang);
}
