import { describe, expect, it } from 'vitest';
import { isPantauError, type PantauError } from '@pantau/core';
import {
  countOrNull,
  finiteOrNull,
  oneOf,
  required,
  TARGET_EXAMPLE,
} from '../src/base/attribute-checks.ts';
import { parseInterval } from '../src/line-chart/period-query.ts';
import { pageSizeOf } from '../src/table/table-query.ts';

function thrown(run: () => unknown): PantauError {
  try {
    run();
  } catch (e) {
    if (isPantauError(e)) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

/** Both languages of the error, as the widget's error box shows them. */
function said(run: () => unknown): [string, string, string] {
  const e = thrown(run);
  return [e.code, e.messageIn('id'), e.messageIn('en')];
}

describe('attribute checks, one module for every widget (issue 16 item 5)', () => {
  it('required names the element and the attribute', () => {
    expect(required('pantau-bar-chart', 'x', '  unit ')).toBe('unit');
    expect(said(() => required('pantau-bar-chart', 'y', ' '))).toEqual([
      'BAD_EXPRESSION',
      'Atribut y wajib diisi pada <pantau-bar-chart>.',
      '<pantau-bar-chart> needs its y attribute.',
    ]);
  });

  it('oneOf takes any case, gives "" when not given, and lists the choices', () => {
    expect(oneOf('mode', ' Stacked ', ['grouped', 'stacked'])).toBe('stacked');
    expect(oneOf('mode', '', ['grouped', 'stacked'])).toBe('');
    expect(said(() => oneOf('mode', 'piled', ['grouped', 'stacked']))).toEqual([
      'BAD_EXPRESSION',
      'Atribut mode="piled" tidak dikenal: gunakan salah satu dari "grouped", "stacked".',
      'Attribute mode="piled" is not known: use one of "grouped", "stacked".',
    ]);
    expect(parseInterval('')).toBeNull();
    expect(parseInterval('YEAR')).toBe('year');
    expect(said(() => parseInterval('quarter'))[2]).toBe(
      'Attribute interval="quarter" is not known: use one of "day", "week", "month", "year".',
    );
  });

  it('numbers: finite when given, with the example that fits; whole numbers in a range', () => {
    expect(finiteOrNull('target', null)).toBeNull();
    expect(finiteOrNull('target', 0.9, TARGET_EXAMPLE)).toBe(0.9);
    expect(said(() => finiteOrNull('target', Number.NaN))).toEqual([
      'BAD_EXPRESSION',
      'Atribut target harus berupa angka, mis. target="90".',
      'The target attribute must be a number, e.g. target="90".',
    ]);
    expect(said(() => finiteOrNull('target', Number.NaN, TARGET_EXAMPLE)).slice(1)).toEqual([
      'Atribut target harus berupa angka, mis. target="0.9" atau target="80".',
      'The target attribute must be a number, e.g. target="0.9" or target="80".',
    ]);
    expect(countOrNull('periods', 3, 2, 24)).toBe(3);
    expect(said(() => countOrNull('periods', 1.5, 2, 24))[2]).toBe(
      'The periods attribute must be a whole number from 2 to 24, not 1.5.',
    );
    expect(pageSizeOf(null)).toBe(10);
    expect(pageSizeOf(25)).toBe(25);
    expect(said(() => pageSizeOf(0)).slice(1)).toEqual([
      'Atribut page-size harus bilangan bulat 1 sampai 1000, bukan 0.',
      'The page-size attribute must be a whole number from 1 to 1000, not 0.',
    ]);
  });
});
