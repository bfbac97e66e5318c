/**
 * The checks a plan's names and counts pass before they reach SQL text, with the bilingual
 * errors a page author reads: output names are identifiers, counts are inlined.
 */

import { QUERY_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';
import { MAX_MEASURE_LENGTH } from '../sql/measure/errors.ts';

/** Most rows a plan may ask for in one answer. */
export const MAX_LIMIT = 100_000;

/**
 * Output names are identifiers in the result; keep them bounded. A measure is named by its text
 * by default, so the bound is a measure's: `ikm("U1 Persyaratan", ..., "U9 ...")` with a survey's
 * nine headers runs past 255 characters.
 */
const MAX_ALIAS_LENGTH = MAX_MEASURE_LENGTH;

export function badPlan(
  id: string,
  en: string,
  details: Record<string, unknown> = {},
): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}

export function checkAlias(alias: string): string {
  if (
    typeof alias !== 'string' ||
    alias.length === 0 ||
    alias.length > MAX_ALIAS_LENGTH ||
    alias.includes('\0')
  ) {
    const shown = String(alias).slice(0, 80);
    throw new PantauError({
      code: 'BAD_NAME',
      text: sayBoth(QUERY_ERRORS, 'measureNameNotValid', shown, MAX_ALIAS_LENGTH),
      details: { alias },
    });
  }
  return alias;
}

/** DuckDB folds case, so `Total` and `total` would clash as result columns. */
export function checkUnique(outputs: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of outputs) {
    const key = name.toLowerCase();
    if (seen.has(key)) {
      throw badPlan(
        `Nama kolom hasil "${name}" muncul dua kali (mis. x dan series sama); beri setiap ukuran dan kolom nama yang berbeda.`,
        `Output column "${name}" appears twice (e.g. x and series are the same); give every measure and column a different name.`,
        { name },
      );
    }
    seen.add(key);
  }
}

/** Inlined into SQL, so it must be a plain non-negative integer, checked here. */
export function checkCount(value: number, name: 'limit' | 'offset', max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badPlan(
      `Nilai ${name} harus bilangan bulat dari 0 sampai ${max}, bukan ${String(value)}.`,
      `${name} must be a whole number from 0 to ${max}, not ${String(value)}.`,
      { [name]: value, max },
    );
  }
  return value;
}
