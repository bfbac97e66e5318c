import { describe, expect, it } from 'vitest';
import { buildAxis, emptyRows, inferInterval, missingCounts } from '../src/line/data.ts';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('line axis', () => {
  it('sorts rows by x and puts each missing period back as nulls', () => {
    const axis = buildAxis(
      {
        x: [utc(2024, 4), utc(2024, 1), utc(2024, 2)],
        series: [{ name: 'a', values: [4, 1, null] }],
      },
      'month',
    );
    expect(axis.xs).toEqual([utc(2024, 1), utc(2024, 2), utc(2024, 3), utc(2024, 4)]);
    expect(axis.source).toEqual([1, 2, -1, 0]);
    expect(axis.values).toEqual([[1, null, null, 4]]);
    expect(emptyRows(axis)).toEqual([false, true, true, false]);
    expect(missingCounts(axis)).toEqual([2]);
  });

  it('guesses the interval from dates that sit on period starts', () => {
    expect(inferInterval([utc(2022, 1), utc(2023, 1)])).toBe('year');
    expect(inferInterval([utc(2024, 1), utc(2024, 3)])).toBe('month');
    expect(inferInterval([utc(2024, 8, 5), utc(2024, 8, 19)])).toBe('week');
    expect(inferInterval([utc(2024, 8, 5), utc(2024, 8, 7)])).toBe('day');
    expect(inferInterval([new Date(Date.UTC(2024, 7, 5, 13, 30))])).toBeNull();
    expect(inferInterval([])).toBeNull();
    const axis = buildAxis({
      x: [utc(2024, 1), utc(2024, 3)],
      series: [{ name: '', values: [1, 2] }],
    });
    expect(axis.interval).toBe('month');
    expect(axis.xs).toHaveLength(3);
  });

  it('fills numeric years only when told they are years; other numbers break only at nulls', () => {
    const years = buildAxis({ x: [2020, 2023], series: [{ name: '', values: [1, 2] }] }, 'year');
    expect(years.xs).toEqual([2020, 2021, 2022, 2023]);
    const plain = buildAxis({ x: [1, 5, 2], series: [{ name: '', values: [1, 5, 2] }] });
    expect(plain.xs).toEqual([1, 2, 5]);
    expect(plain.interval).toBeNull();
  });

  it('drops x values that are not dates or finite numbers; missing values become null, NaN stays', () => {
    const axis = buildAxis({
      x: [utc(2024, 1), new Date(Number.NaN), utc(2024, 2)],
      series: [{ name: '', values: [Number.NaN] }],
    });
    expect(axis.xs).toEqual([utc(2024, 1), utc(2024, 2)]);
    // NaN is "not computable" (a zero divisor), kept apart from the missing period (null).
    expect(axis.values).toEqual([[Number.NaN, null]]);
  });
});
