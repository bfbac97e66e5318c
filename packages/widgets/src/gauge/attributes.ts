/**
 * Attribute checks shared by the single-value and share widgets (KPI, donut, gauge, radar): a
 * wrong attribute becomes the widget's own error, in both languages, like a wrong column does.
 * Also the record count that tells "no rows matched" (empty) apart from "value not reported".
 */

import { PantauError, type QueryResult } from '@pantau/core';
import { bandsNames, gradesOf } from '../base/grades.ts';

export function attributeError(
  id: string,
  en: string,
  details: Record<string, unknown>,
): PantauError {
  return new PantauError({ code: 'BAD_EXPRESSION', text: { id, en }, details });
}

/** The trimmed attribute, or a clear error naming the element and the attribute. */
export function required(element: string, attribute: string, value: string): string {
  const v = value.trim();
  if (v !== '') return v;
  throw attributeError(
    `Atribut ${attribute} wajib diisi pada <${element}>.`,
    `<${element}> needs its ${attribute} attribute.`,
    { attribute },
  );
}

/** One of `allowed` (case-insensitive), or '' when not given. */
export function oneOf<T extends string>(
  attribute: string,
  value: string,
  allowed: readonly T[],
): T | '' {
  const v = value.trim().toLowerCase();
  if (v === '') return '';
  if ((allowed as readonly string[]).includes(v)) return v as T;
  const list = allowed.map((a) => `"${a}"`).join(', ');
  throw attributeError(
    `Atribut ${attribute}="${value.slice(0, 40)}" tidak dikenal: gunakan salah satu dari ${list}.`,
    `Attribute ${attribute}="${value.slice(0, 40)}" is not known: use one of ${list}.`,
    { attribute, value, allowed },
  );
}

/**
 * The `bands` attribute: '' (the measure's own grades), "none", or a scale or graded metric's name
 * (`bands="ikm"`: the bands of the metric named ikm); else an error listing the scales.
 */
export function bandsAttribute(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'none' || gradesOf(v) !== null) return v;
  return oneOf('bands', value, bandsNames());
}

/** A number attribute that must be finite when given (Lit turns "abc" into NaN). */
export function finiteOrNull(attribute: string, value: number | null): number | null {
  if (value === null || value === undefined) return null;
  if (Number.isFinite(value)) return value;
  throw attributeError(
    `Atribut ${attribute} harus berupa angka, mis. ${attribute}="90".`,
    `The ${attribute} attribute must be a number, e.g. ${attribute}="90".`,
    { attribute },
  );
}

/** A whole number in [min, max] when given. */
export function countOrNull(
  attribute: string,
  value: number | null,
  min: number,
  max: number,
): number | null {
  if (value === null || value === undefined) return null;
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw attributeError(
    `Atribut ${attribute} harus bilangan bulat ${min} sampai ${max}, bukan ${String(value)}.`,
    `The ${attribute} attribute must be a whole number from ${min} to ${max}, not ${String(value)}.`,
    { attribute, value, min, max },
  );
}

/**
 * Output column counting the rows behind a whole-table value. An aggregate over no rows still
 * returns one row (of NULLs); the count lets the widget say "Tidak ada data" for a filter that
 * matched nothing instead of "belum input" as if the value were not reported.
 */
export const RECORDS = 'records';

export function recordsMeasure(taken: readonly string[]): { alias: string; measure: string } {
  let alias = RECORDS;
  while (taken.some((t) => t.toLowerCase() === alias)) alias = `${alias}_`;
  return { alias, measure: 'count(*)' };
}

/** True when a whole-table query found no rows at all. */
export function noRecords(result: QueryResult | null, alias: string): boolean {
  if (result === null || result.numRows !== 1) return false;
  const count = result.columns[alias]?.[0];
  return count === 0;
}
