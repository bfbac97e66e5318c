/**
 * A grade written out so it never rests on its colour, shared by the KPI tile's badge and the
 * gauge's category line, marks and summaries.
 */

import type { ValueCategory } from '../types.ts';

/** A grade letter (A, B-) rather than an identifier (IID's `sangat-inovatif`). */
function isLetter(code: string): boolean {
  return code.length <= 2;
}

/**
 * "A · Sangat Baik": letter and label, so the category never rests on its colour; just the label
 * when the code is an identifier rather than a letter ("Sangat Inovatif").
 */
export function categoryBadgeText(category: ValueCategory): string {
  if (category.label === '') return category.code;
  return isLetter(category.code) ? `${category.code} · ${category.label}` : category.label;
}

/** "A, Sangat Baik" (or just the label) for sentences and announcements. */
export function categoryNote(category: ValueCategory): string {
  if (category.label === '') return category.code;
  return isLetter(category.code) ? `${category.code}, ${category.label}` : category.label;
}
