import { describe, expect, it } from 'vitest';
import { tickFormatter, trimZeroDecimals } from '../src/axes.ts';
import { bandScale, tickCount, valueExtent, valueScale } from '../src/scales.ts';

describe('tick labels', () => {
  it('drops zero decimals only when every tick has them', () => {
    expect(trimZeroDecimals(['0,00', '20,00', '1.000,00'], 'id')).toEqual(['0', '20', '1.000']);
    expect(trimZeroDecimals(['0.00', '20.00', '1,000.00'], 'en')).toEqual(['0', '20', '1,000']);
    expect(trimZeroDecimals(['0,00%', '50,00%'], 'id')).toEqual(['0%', '50%']);
    expect(trimZeroDecimals(['2,50', '5,00'], 'id')).toEqual(['2,50', '5,00']);
    // A thousands separator is not a decimal: "1.000" in Indonesian stays.
    expect(trimZeroDecimals(['1.000', '2.000'], 'id')).toEqual(['1.000', '2.000']);
    expect(trimZeroDecimals([], 'id')).toEqual([]);
  });

  it('formats ticks through the value formatter', () => {
    const two = (v: number) => v.toFixed(2).replace('.', ',');
    const format = tickFormatter([0, 50, 100], two, 'id');
    expect([0, 50, 100].map(format)).toEqual(['0', '50', '100']);
    expect(format(12.5)).toBe('12,50');
  });
});

describe('scales', () => {
  it('always includes zero and ignores nulls', () => {
    expect(valueExtent([70.1, null, 91.2])).toEqual([0, 91.2]);
    expect(valueExtent([-3, 5])).toEqual([-3, 5]);
    expect(valueExtent([null, Number.NaN])).toEqual([0, 1]);
    expect(valueExtent([0, 0])).toEqual([0, 1]);
  });

  it('rounds the value domain to nice ticks', () => {
    expect(valueScale([0, 91.2], [0, 300]).domain()).toEqual([0, 100]);
  });

  it('gives every key a band, even repeated labels', () => {
    const scale = bandScale(['0', '1', '2'], [0, 90]);
    expect(scale.domain()).toEqual(['0', '1', '2']);
    expect(scale.bandwidth()).toBeGreaterThan(0);
    expect((scale('2') ?? 0) + scale.bandwidth()).toBeLessThanOrEqual(90);
  });

  it('fits ticks to the length', () => {
    expect(tickCount(400, 80)).toBe(5);
    expect(tickCount(50, 80)).toBe(2);
  });
});
