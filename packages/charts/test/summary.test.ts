import { describe, expect, it } from 'vitest';
import {
  changeSentence,
  extremeEntries,
  extremeSentence,
  joinNames,
  missingSentence,
  rankingSummary,
  reportedEntries,
  valueWithCategory,
  type SummaryOptions,
} from '../src/summary.ts';
import type { ValueCategory } from '../src/types.ts';

// Stand-ins for core's formatters: two decimals in each language's separators.
const fmt = (lang: 'id' | 'en') => (v: number | null) =>
  v === null
    ? lang === 'id'
      ? 'belum input'
      : 'not reported'
    : new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(v);
const id: SummaryOptions = { lang: 'id', formatValue: fmt('id') };
const en: SummaryOptions = { lang: 'en', formatValue: fmt('en') };

const A: ValueCategory = { code: 'A', label: 'Sangat Baik', color: '#15803d' };
const B: ValueCategory = { code: 'B', label: 'Baik', color: '#1d4ed8' };
const C: ValueCategory = { code: 'C', label: 'Kurang Baik', color: '#b45309' };

describe('ranking summary', () => {
  it('names the highest and lowest with their grade, and counts units not reported', () => {
    const labels = ['Disdukcapil', 'Dinkes', 'Dinsos', 'Damkar', 'Disdik', 'BPBD'];
    const values = [91.2, 80.5, 70.1, null, null, null];
    const categories = [A, B, C, null, null, null];
    expect(rankingSummary(labels, values, { ...id, categories })).toBe(
      'Tertinggi: Disdukcapil 91,20 (A). Terendah: Dinsos 70,10 (C). 3 unit belum input.',
    );
    expect(rankingSummary(labels, values, { ...en, categories })).toBe(
      'Highest: Disdukcapil 91.20 (A). Lowest: Dinsos 70.10 (C). 3 units not reported.',
    );
  });

  it('says a tie at the top and at the bottom', () => {
    const labels = ['Disdukcapil', 'Dinkes', 'Dinsos', 'Damkar'];
    const values = [91.2, 91.2, 70.1, 70.1];
    expect(rankingSummary(labels, values, id)).toBe(
      'Disdukcapil dan Dinkes sama-sama tertinggi: 91,20. Dinsos dan Damkar sama-sama terendah: 70,10.',
    );
    expect(rankingSummary(labels, values, en)).toBe(
      'Disdukcapil and Dinkes tie for highest: 91.20. Dinsos and Damkar tie for lowest: 70.10.',
    );
  });

  it('lists three tied names, then how many more', () => {
    const labels = ['A1', 'A2', 'A3', 'A4', 'A5', 'Z'];
    const values = [9, 9, 9, 9, 9, 1];
    expect(rankingSummary(labels, values, id)).toBe(
      'A1, A2, A3, dan 2 lainnya sama-sama tertinggi: 9,00. Terendah: Z 1,00.',
    );
    expect(joinNames(['A', 'B', 'C', 'D'], 'en')).toBe('A, B, C, and 1 other');
  });

  it('says when all reported values are equal, or when one or none is reported', () => {
    expect(rankingSummary(['a', 'b', 'c'], [5, 5, null], id)).toBe(
      'Semua 2 unit sama: 5,00. 1 unit belum input.',
    );
    expect(rankingSummary(['a', 'b'], [5, 5], en)).toBe('All 2 units equal: 5.00.');
    expect(rankingSummary(['a', 'b'], [5, null], en)).toBe('a: 5.00. 1 unit not reported.');
    expect(rankingSummary(['a', 'b'], [null, null], id)).toBe('2 unit belum input.');
    expect(rankingSummary([], [], id)).toBe('Tidak ada data.');
    expect(rankingSummary([], [], en)).toBe('No data.');
  });

  it('says NaN is not computable (named), never a value and never "belum input"', () => {
    expect(reportedEntries(['a', 'b'], [Number.NaN, 2]).map((e) => e.label)).toEqual(['b']);
    expect(rankingSummary(['a', 'b', 'c'], [Number.NaN, 2, 1], id)).toBe(
      'Tertinggi: b 2,00. Terendah: c 1,00. 1 unit tak terhitung (dibagi nol): a.',
    );
    expect(rankingSummary(['a', 'b', 'c', 'd'], [Number.NaN, 2, null, Number.NaN], en)).toBe(
      'b: 2.00. 2 units not computable (division by zero): a and d. 1 unit not reported.',
    );
    expect(rankingSummary(['a'], [Number.NaN], id)).toBe('1 unit tak terhitung (dibagi nol): a.');
  });

  it('composes: extremes, missing counts in Indonesian digits, grades long and short', () => {
    const entries = reportedEntries(['x', 'y', 'z'], [3, 1, 3]);
    expect(extremeEntries(entries, 'max').map((e) => e.index)).toEqual([0, 2]);
    expect(extremeEntries(entries, 'min').map((e) => e.index)).toEqual([1]);
    expect(extremeEntries([], 'max')).toEqual([]);
    expect(extremeSentence('peak', extremeEntries(entries, 'max'), en)).toBe(
      'x and z share the peak: 3.00.',
    );
    expect(missingSentence(2000, id)).toBe('2.000 unit belum input.');
    expect(missingSentence(1, en)).toBe('1 unit not reported.');
    expect(missingSentence(0, en)).toBe('');
    expect(
      missingSentence(2, {
        lang: 'en',
        noun: { id: 'inovasi', en: 'innovation', enPlural: 'innovations' },
      }),
    ).toBe('2 innovations not reported.');
    expect(valueWithCategory(91.2, A, id.formatValue, true)).toBe('91,20 (A, Sangat Baik)');
    expect(valueWithCategory(null, null, id.formatValue)).toBe('belum input');
  });
});

describe('line summary pieces', () => {
  it('describes first to last with the direction', () => {
    const [first, , last] = reportedEntries(['Jan 2024', 'Feb 2024', 'Des 2024'], [12, 30, 20]);
    expect(changeSentence(first, last, id)).toBe(
      'Dari 12,00 (Jan 2024) menjadi 20,00 (Des 2024), naik.',
    );
    expect(changeSentence(last, first, en)).toBe(
      'From 20.00 (Des 2024) to 12.00 (Jan 2024), down.',
    );
    expect(changeSentence(first, first, id)).toBe('');
  });
});
