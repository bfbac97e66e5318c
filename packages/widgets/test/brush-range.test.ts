import { describe, expect, it } from 'vitest';
import {
  periodCount,
  periodEnd,
  rangeBounds,
  rangeClause,
  rangeLabel,
  rangeOf,
  rangeText,
} from '../src/line-chart/brush-range.ts';
import { seriesChosen, toggleSeries } from '../src/base/legend-select.ts';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
const last = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 23, 59, 59, 999));

describe('a brushed range as a clause', () => {
  it('covers whole periods, from the first instant to the last millisecond', () => {
    expect(rangeClause('month', utc(2024, 3), utc(2024, 1), 'month')).toEqual({
      column: 'month',
      predicate: 'between',
      value: [utc(2024, 1), last(2024, 3, 31)],
    });
    // February of a leap year; a year; an ISO week (Monday to Sunday); a day.
    expect(periodEnd(utc(2024, 2, 10), 'month')).toEqual(last(2024, 2, 29));
    expect(rangeBounds(utc(2022, 1), utc(2023, 1), 'year')).toEqual([
      utc(2022, 1),
      last(2023, 12, 31),
    ]);
    expect(rangeBounds(utc(2024, 1, 3), utc(2024, 1, 10), 'week')).toEqual([
      utc(2024, 1, 1),
      last(2024, 1, 14),
    ]);
    expect(rangeBounds(utc(2024, 5, 7), utc(2024, 5, 7), 'day')).toEqual([
      utc(2024, 5, 7),
      last(2024, 5, 7),
    ]);
    // Numbers (years as numbers) and dates without a period stay as they are.
    expect(rangeBounds(2024, 2022, 'year')).toEqual([2022, 2024]);
    expect(rangeBounds(utc(2024, 5, 7), utc(2024, 5, 9), null)).toEqual([
      utc(2024, 5, 7),
      utc(2024, 5, 9),
    ]);
  });

  it('reads its own range back from its clauses (dates from the URL too), ignoring others', () => {
    const clauses = [
      { column: 'unit_code', predicate: 'eq' as const, value: 'dinkes' },
      { column: 'Month', predicate: 'between' as const, value: [utc(2024, 1), last(2024, 3, 31)] },
    ];
    expect(rangeOf(clauses, 'month')).toEqual([utc(2024, 1), last(2024, 3, 31)]);
    expect(rangeOf(clauses, 'date')).toBeNull();
    expect(
      rangeOf([{ column: 'month', predicate: 'between', value: ['x', 'y'] }], 'month'),
    ).toBeNull();
  });
});

describe('a brushed range in words', () => {
  it('writes months, years and days as people do, in both languages', () => {
    expect(rangeText(utc(2024, 1), utc(2024, 3), 'month', 'id')).toBe('Jan–Mar 2024');
    expect(rangeText(utc(2024, 8), utc(2024, 8), 'month', 'id')).toBe('Agu 2024');
    expect(rangeText(utc(2023, 11), utc(2024, 2), 'month', 'en')).toBe('Nov 2023–Feb 2024');
    expect(rangeText(utc(2022, 1), utc(2024, 1), 'year', 'id')).toBe('2022–2024');
    expect(rangeText(2022, 2023, 'year', 'en')).toBe('2022–2023');
    expect(rangeText(utc(2024, 1, 3), utc(2024, 1, 10), 'week', 'id')).toBe('1–14 Jan 2024');
    expect(rangeText(utc(2024, 2, 28), utc(2024, 3, 2), 'day', 'en')).toBe('28 Feb–2 Mar 2024');
    expect(rangeText(utc(2023, 12, 30), utc(2024, 1, 2), 'day', 'id')).toBe(
      '30 Des 2023–2 Jan 2024',
    );
    expect(rangeText(1.5, 2.5, null, 'id', (v) => v.toFixed(1).replace('.', ','))).toBe('1,5–2,5');
    expect(rangeLabel(utc(2024, 7), utc(2024, 9), 'month', String)).toEqual({
      id: 'Jul–Sep 2024',
      en: 'Jul–Sept 2024',
    });
    expect(periodCount(3, 'month', 'id')).toBe('3 bulan');
    expect(periodCount(1, 'week', 'en')).toBe('1 week');
    expect(periodCount(2, null, 'en')).toBe('2 points');
  });
});

describe('legend items as selectors: clauses', () => {
  const range = {
    column: 'month',
    predicate: 'between' as const,
    value: [utc(2024, 1), utc(2024, 2)],
  };

  it('toggles the series column and keeps the chart’s other clauses', () => {
    const one = toggleSeries([range], 'channel', 'online', false);
    expect(one).toEqual([range, { column: 'channel', predicate: 'eq', value: 'online' }]);
    expect(seriesChosen(one, 'channel', 'online')).toBe(true);
    expect(seriesChosen(one, 'channel', 'offline')).toBe(false);
    const both = toggleSeries(one, 'channel', 'offline', true);
    expect(both).toEqual([
      range,
      { column: 'channel', predicate: 'in', value: ['online', 'offline'] },
    ]);
    // Choosing the only chosen series again lets it go; the range stays.
    expect(toggleSeries(one, 'channel', 'online', false)).toEqual([range]);
    // A plain choice replaces the chosen series.
    expect(toggleSeries(both, 'channel', 'offline', false)).toEqual([
      range,
      { column: 'channel', predicate: 'eq', value: 'offline' },
    ]);
  });
});
