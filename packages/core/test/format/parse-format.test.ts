import { describe, expect, it } from 'vitest';
import { FORMAT_SPECS, formatDecimals, parseFormat } from '../../src/format/index.ts';
import { checkPantauError } from '../support.ts';

const date = new Date('2024-08-17T13:30:00Z');

/** Each spec with a value and what it shows in id and en. */
const CASES: [spec: string, value: unknown, id: string, en: string][] = [
  ['text', 'Disdukcapil', 'Disdukcapil', 'Disdukcapil'],
  ['number', 1234567.891, '1.234.567,89', '1,234,567.89'],
  ['number:1', 88, '88,0', '88.0'],
  ['number:0', 1234.5, '1.235', '1,235'],
  ['percent', 0.8856, '88,6%', '88.6%'],
  ['percent:2', 0.8856, '88,56%', '88.56%'],
  ['percent:0', 0.5, '50%', '50%'],
  ['currency', 1234567.89, 'Rp 1.234.568', 'Rp 1,234,568'],
  ['currency:2', 1500.5, 'Rp 1.500,50', 'Rp 1,500.50'],
  ['compact', 1234567, '1,2 jt', '1.2M'],
  ['days', 3.5, '3,5 hari', '3.5 days'],
  ['days:1', 3, '3,0 hari', '3.0 days'],
  ['ikm', 88.5, '88,50', '88.50'],
  ['date', date, '17 Agu 2024', '17 Aug 2024'],
  ['date:long', date, 'Sabtu, 17 Agustus 2024', 'Saturday, 17 August 2024'],
  ['month', date, 'Agu 2024', 'Aug 2024'],
  ['month:long', date, 'Agustus 2024', 'August 2024'],
  ['time', date, '13.30 WITA', '13:30 WITA'],
];

describe('parseFormat', () => {
  for (const [spec, value, id, en] of CASES) {
    it(`${spec} formats ${String(value)} in both languages`, () => {
      const format = parseFormat(spec);
      expect(format(value, 'id')).toBe(id);
      expect(format(value, 'en')).toBe(en);
    });
  }

  it('shows missing values as the missing label under every spec', () => {
    for (const spec of ['text', 'number:2', 'percent', 'ikm', 'compact', 'date', 'time']) {
      expect(parseFormat(spec)(null, 'id')).toBe('belum input');
      expect(parseFormat(spec)(undefined, 'en')).toBe('not reported');
    }
  });

  it('shows NaN and Infinity (a zero divisor) as not computable under every spec', () => {
    for (const spec of ['number:2', 'percent', 'ikm', 'compact', 'currency', 'days:1']) {
      expect(parseFormat(spec)(Number.NaN, 'id')).toBe('tak terhitung (dibagi nol)');
      expect(parseFormat(spec)(Number.POSITIVE_INFINITY, 'en')).toBe(
        'not computable (division by zero)',
      );
    }
  });

  it('shows a value of the wrong kind as text instead of hiding it', () => {
    expect(parseFormat('number')('n/a', 'id')).toBe('n/a');
    expect(parseFormat('date')(20240817, 'en')).toBe('20240817');
  });

  it('ignores surrounding spaces in the attribute', () => {
    expect(parseFormat('  percent:2 ')(0.8856, 'id')).toBe('88,56%');
  });

  it('documents every case it tests', () => {
    const named = new Set(CASES.map(([spec]) => spec.replace(/:\d$/, ':N')));
    for (const spec of FORMAT_SPECS)
      expect(named.has(spec) || named.has(spec.replace(':N', ''))).toBe(true);
  });

  it.each([
    '',
    'persen',
    'Number',
    'number:',
    'number:7',
    'number:-1',
    'number:1.5',
    'compact:1',
    'ikm:3',
    'date:short',
    'text:1',
    'constructor',
    'toString',
    'valueOf:2',
  ])('rejects %j with BAD_EXPRESSION listing what is allowed', (spec) => {
    let error: unknown;
    try {
      parseFormat(spec);
    } catch (e) {
      error = e;
    }
    const pantauError = checkPantauError(error, 'BAD_EXPRESSION');
    expect(pantauError.text.id).toContain(`"${spec}"`);
    expect(pantauError.text.id).toContain('percent:N');
    expect(pantauError.text.en).toContain('date:long');
    expect(pantauError.details).toMatchObject({ spec });
  });
});

describe('formatDecimals (issue 15, item 11: a download rounds as the chart shows)', () => {
  it('counts the digits each numeric format shows, on the figure itself', () => {
    expect(formatDecimals('number')).toBe(2);
    expect(formatDecimals('number:0')).toBe(0);
    expect(formatDecimals('ikm')).toBe(2);
    expect(formatDecimals('percent')).toBe(3);
    expect(formatDecimals('percent:2')).toBe(4);
    expect(formatDecimals('currency')).toBe(0);
    expect(formatDecimals('days')).toBe(1);
    expect(formatDecimals(' days:3 ')).toBe(3);
    for (const spec of ['text', 'date', 'month:long', 'time', 'constructor', '']) {
      expect(formatDecimals(spec)).toBeNull();
    }
    // The same digits the display shows: 0.91349 is 91,3% on screen and 0.913 in the file.
    expect(parseFormat('percent')(0.91349, 'id')).toBe('91,3%');
    expect(Number((0.91349).toFixed(formatDecimals('percent')!))).toBe(0.913);
  });
});
