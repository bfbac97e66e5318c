import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCurrency,
  formatDays,
  formatNumber,
  formatPercent,
  parseFormat,
} from '../../src/format/index.ts';
import { cachedFormatterCount } from '../../src/format/intl-cache.ts';

describe('formatNumber', () => {
  it('groups and separates as each language writes', () => {
    expect(formatNumber(1234567.89, 'id')).toBe('1.234.567,89');
    expect(formatNumber(1234567.89, 'en')).toBe('1,234,567.89');
    expect(formatNumber(1234, 'id')).toBe('1.234');
    expect(formatNumber(0, 'id')).toBe('0');
  });

  it('shows negatives with a hyphen-minus, and never "-0"', () => {
    expect(formatNumber(-1234.5, 'id')).toBe('-1.234,5');
    expect(formatNumber(-1234.5, 'en')).toBe('-1,234.5');
    expect(formatNumber(-0, 'id')).toBe('0');
    expect(formatNumber(-0.004, 'en')).toBe('0');
  });

  it('keeps at most 2 decimals by default and honours decimals/minDecimals', () => {
    expect(formatNumber(3.14159, 'id')).toBe('3,14');
    expect(formatNumber(2.5, 'id', { decimals: 0 })).toBe('3');
    expect(formatNumber(88.5, 'id', { decimals: 2, minDecimals: 2 })).toBe('88,50');
    expect(formatNumber(88, 'en', { decimals: 1, minDecimals: 1 })).toBe('88.0');
    // minDecimals above decimals is clamped rather than throwing a RangeError.
    expect(formatNumber(1.234, 'en', { decimals: 1, minDecimals: 3 })).toBe('1.2');
  });

  it('rounds half away from zero on the decimal a person reads (Intl halfExpand)', () => {
    expect(formatNumber(1.005, 'id')).toBe('1,01');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
    expect(formatNumber(-2.5, 'id', { decimals: 0 })).toBe('-3');
    expect(formatNumber(0.25, 'id', { decimals: 1 })).toBe('0,3');
  });
});

describe('bigint (an integer beyond 2^53 from DuckDB)', () => {
  it('formats every digit exactly, where a double would round', () => {
    expect(formatNumber(9007199254740993n, 'id')).toBe('9.007.199.254.740.993');
    expect(formatNumber(-9007199254740993n, 'en')).toBe('-9,007,199,254,740,993');
    expect(formatNumber(Number(9007199254740993n), 'en')).toBe('9,007,199,254,740,992');
    expect(formatCurrency(123456789012345678901n, 'id')).toBe('Rp 123.456.789.012.345.678.901');
    expect(formatDays(9007199254740993n, 'en')).toBe('9,007,199,254,740,993 days');
  });

  it('goes through a format attribute like any number', () => {
    expect(parseFormat('number')(9007199254740993n, 'id')).toBe('9.007.199.254.740.993');
    expect(parseFormat('compact')(1200000000000n, 'en')).toBe('1.2T');
  });
});

describe('formatPercent', () => {
  it('matches DOMAIN.md: 88,56% with no space', () => {
    expect(formatPercent(0.8856, 'id', { decimals: 2 })).toBe('88,56%');
    expect(formatPercent(0.8856, 'en', { decimals: 2 })).toBe('88.56%');
  });

  it('shows 1 decimal at most by default', () => {
    expect(formatPercent(0.8856, 'id')).toBe('88,6%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0, 'id')).toBe('0%');
    expect(formatPercent(-0.125, 'id')).toBe('-12,5%');
    expect(formatPercent(-0.0004, 'id')).toBe('0%');
    expect(formatPercent(0.5, 'id', { decimals: 1, minDecimals: 1 })).toBe('50,0%');
  });
});

describe('formatCurrency', () => {
  it('writes whole rupiah with a plain space after Rp (Intl gives U+00A0)', () => {
    expect(formatCurrency(1234567.89, 'id')).toBe('Rp 1.234.568');
    expect(formatCurrency(1234567.89, 'en')).toBe('Rp 1,234,568');
    expect(formatCurrency(0, 'id')).toBe('Rp 0');
  });

  it('puts the minus before Rp', () => {
    expect(formatCurrency(-1234567.89, 'id')).toBe('-Rp 1.234.568');
    expect(formatCurrency(-1500, 'en')).toBe('-Rp 1,500');
  });

  it('can show sen when asked', () => {
    expect(formatCurrency(1500.5, 'id', { decimals: 2, minDecimals: 2 })).toBe('Rp 1.500,50');
  });
});

describe('formatCompact', () => {
  it('matches DOMAIN.md in Indonesian: rb, jt, M, T', () => {
    expect(formatCompact(12000, 'id')).toBe('12 rb');
    expect(formatCompact(1234, 'id')).toBe('1,2 rb');
    expect(formatCompact(1234567, 'id')).toBe('1,2 jt');
    expect(formatCompact(1.2e9, 'id')).toBe('1,2 M');
    expect(formatCompact(1.2e12, 'id')).toBe('1,2 T');
  });

  it('uses K, M, B, T in English', () => {
    expect(formatCompact(12000, 'en')).toBe('12K');
    expect(formatCompact(1234567, 'en')).toBe('1.2M');
    expect(formatCompact(1.2e9, 'en')).toBe('1.2B');
    expect(formatCompact(1.2e12, 'en')).toBe('1.2T');
  });

  it('keeps small numbers, rounds to whole units above 100 and carries into the next unit', () => {
    expect(formatCompact(999, 'id')).toBe('999');
    expect(formatCompact(0, 'en')).toBe('0');
    expect(formatCompact(0.5, 'id')).toBe('0,5');
    expect(formatCompact(123456, 'id')).toBe('123 rb');
    expect(formatCompact(999999, 'id')).toBe('1 jt');
    expect(formatCompact(-1234567, 'id')).toBe('-1,2 jt');
    expect(formatCompact(-1234567, 'en')).toBe('-1.2M');
  });

  it('groups the count of trillions for very large numbers', () => {
    expect(formatCompact(1.2e15, 'id')).toBe('1.200 T');
    expect(formatCompact(1.2e15, 'en')).toBe('1,200T');
    expect(formatCompact(1e21, 'id')).toBe('1.000.000.000 T');
  });
});

describe('formatDays', () => {
  it('writes hari in Indonesian and day/days in English', () => {
    expect(formatDays(3.5, 'id')).toBe('3,5 hari');
    expect(formatDays(3.5, 'en')).toBe('3.5 days');
    expect(formatDays(1, 'id')).toBe('1 hari');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(0.96, 'en')).toBe('1 day');
    expect(formatDays(0, 'en')).toBe('0 days');
    expect(formatDays(2.25, 'id', { decimals: 2 })).toBe('2,25 hari');
  });
});

describe('no-break spaces', () => {
  it('never leave the formatter', () => {
    const outputs = [
      formatCurrency(-1234567, 'id'),
      formatCurrency(1234567, 'en'),
      formatCompact(12000, 'id'),
      formatCompact(1.2e15, 'id'),
      formatDays(3.5, 'id'),
    ];
    for (const text of outputs) expect(text).not.toMatch(/[\u00a0\u202f\u2009]/);
  });
});

describe('Intl formatter cache', () => {
  it('builds each formatter once and reuses it', () => {
    formatNumber(1, 'id', { decimals: 3 });
    formatCompact(1, 'en');
    const before = cachedFormatterCount();
    for (let i = 0; i < 1000; i++) {
      formatNumber(i + 0.123, 'id', { decimals: 3 });
      formatCompact(i * 1000, 'en');
    }
    expect(cachedFormatterCount()).toBe(before);
    formatNumber(1, 'id', { decimals: 4 });
    expect(cachedFormatterCount()).toBe(before + 1);
  });
});
