/**
 * Attribute checks every widget uses: a wrong attribute becomes the widget's own error
 * (BAD_EXPRESSION), in both languages, like a wrong column does. Loaded with the elements'
 * modules (the elements reach these through their renderer module), not at page load.
 */

import { WIDGET_SETUP, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText } from '@pantau/core';
import { bandsNames, gradesOf } from './grades.ts';

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

/**
 * A number attribute that must be finite when given (Lit turns "abc" into NaN); `example` is
 * what the message suggests, `${attribute}="90"` unless given.
 */
export function finiteOrNull(
  attribute: string,
  value: number | null,
  example: BilingualText = { id: `${attribute}="90"`, en: `${attribute}="90"` },
): number | null {
  if (value === null || value === undefined) return null;
  if (Number.isFinite(value)) return value;
  throw attributeError(
    `Atribut ${attribute} harus berupa angka, mis. ${example.id}.`,
    `The ${attribute} attribute must be a number, e.g. ${example.en}.`,
    { attribute },
  );
}

/** What the message suggests for a target, which may be a rate or a score. */
export const TARGET_EXAMPLE: BilingualText = sayBoth(WIDGET_SETUP, 'targetExample');

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
