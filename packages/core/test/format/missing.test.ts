import { describe, expect, it } from 'vitest';
import {
  MISSING_LABEL,
  NOT_COMPUTABLE_LABEL,
  formatCompact,
  formatCurrency,
  formatDate,
  formatDays,
  formatNumber,
  formatPercent,
  formatTime,
  isMissing,
  isNotComputable,
  missingLabel,
} from '../../src/format/index.ts';
import type { Lang } from '../../src/errors/pantau-error.ts';

const formatters = {
  formatNumber,
  formatPercent,
  formatCurrency,
  formatCompact,
  formatDays,
} satisfies Record<string, (value: number | null | undefined, lang: Lang) => string>;

describe('not reported is never zero', () => {
  it('has one label per language', () => {
    expect(MISSING_LABEL).toEqual({ id: 'belum input', en: 'not reported' });
    expect(missingLabel('id')).toBe('belum input');
    expect(missingLabel('en')).toBe('not reported');
  });

  for (const [name, format] of Object.entries(formatters)) {
    it(`${name} shows null and undefined as missing, NaN and Infinity as not computable, 0 as a number`, () => {
      for (const lang of ['id', 'en'] as const) {
        expect(format(null, lang)).toBe(MISSING_LABEL[lang]);
        expect(format(undefined, lang)).toBe(MISSING_LABEL[lang]);
        expect(format(Number.NaN, lang)).toBe(NOT_COMPUTABLE_LABEL[lang]);
        expect(format(Number.NEGATIVE_INFINITY, lang)).toBe(NOT_COMPUTABLE_LABEL[lang]);
        expect(format(0, lang)).not.toBe(MISSING_LABEL[lang]);
        expect(format(0, lang)).toMatch(/0/);
        expect(format(0, lang)).not.toMatch(/NaN/);
      }
    });
  }

  it('dates and times show null and an invalid Date as the missing label', () => {
    expect(formatDate(null, 'id')).toBe('belum input');
    expect(formatDate(new Date('not a date'), 'en')).toBe('not reported');
    expect(formatTime(undefined, 'en')).toBe('not reported');
    expect(formatTime(new Date(Number.NaN), 'id')).toBe('belum input');
  });

  it('says "tak terhitung (dibagi nol)" for a ratio over zero, not "belum input"', () => {
    expect(NOT_COMPUTABLE_LABEL).toEqual({
      id: 'tak terhitung (dibagi nol)',
      en: 'not computable (division by zero)',
    });
  });

  it('isMissing tells missing from zero, false, the empty string and not computable', () => {
    expect([null, undefined, new Date('x')].map(isMissing)).toEqual([true, true, true]);
    expect([Number.NaN, Infinity].map(isMissing)).toEqual([false, false]);
    expect([Number.NaN, -Infinity, 0, null].map(isNotComputable)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([0, -0, false, '', new Date(0)].map(isMissing)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
