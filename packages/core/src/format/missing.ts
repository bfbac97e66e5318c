import type { BilingualText, Lang } from '../errors/pantau-error.ts';

/**
 * What a cell shows when a unit has not reported a value. Never `0` (zero is a real answer) and
 * never `NaN`: an official reading a table must see that the number is missing.
 */
export const MISSING_LABEL: Readonly<BilingualText> = Object.freeze({
  id: 'belum input',
  en: 'not reported',
});

export function missingLabel(lang: Lang): string {
  return MISSING_LABEL[lang];
}

/** `null`, `undefined`, `NaN` and an invalid `Date` are "not reported". */
export function isMissing(value: unknown): value is null | undefined {
  if (value === null || value === undefined) return true;
  if (typeof value === 'number') return Number.isNaN(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return false;
}
