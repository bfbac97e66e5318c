import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  periodIndex,
  periodStart,
  timeTicks,
  truncateDate,
} from '../src/time-axis.ts';
import { monthName } from '../src/calendar.ts';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('periods', () => {
  it('counts months, weeks, days and years so adjacent periods differ by one', () => {
    expect(periodIndex(utc(2024, 1), 'month') - periodIndex(utc(2023, 12), 'month')).toBe(1);
    expect(periodIndex(utc(2024, 3), 'month') - periodIndex(utc(2024, 1), 'month')).toBe(2);
    expect(periodIndex(utc(2024, 1, 1), 'day') - periodIndex(utc(2023, 12, 31), 'day')).toBe(1);
    // 2024-08-12 is a Monday: it starts a new ISO week; Sunday the 11th ends the previous one.
    expect(periodIndex(utc(2024, 8, 12), 'week') - periodIndex(utc(2024, 8, 11), 'week')).toBe(1);
    expect(periodIndex(utc(2024, 8, 18), 'week')).toBe(periodIndex(utc(2024, 8, 12), 'week'));
    expect(periodIndex(utc(2024, 6, 30), 'year')).toBe(2024);
  });

  it('inverts the index to the start of the period (date_trunc)', () => {
    expect(periodStart(periodIndex(utc(2024, 8, 17), 'month'), 'month')).toEqual(utc(2024, 8));
    expect(truncateDate(utc(2024, 8, 17), 'week')).toEqual(utc(2024, 8, 12));
    expect(truncateDate(new Date(Date.UTC(2024, 7, 17, 23, 59)), 'day')).toEqual(utc(2024, 8, 17));
    expect(truncateDate(utc(2024, 8, 17), 'year')).toEqual(utc(2024, 1));
    expect(periodStart(periodIndex(utc(1965, 3), 'month'), 'month')).toEqual(utc(1965, 3));
  });

  it('reads dates as UTC wall-clock values, whatever the zone', () => {
    // 2024-08-01T00:00Z is 31 July in the Americas: the month must still be August.
    const august = utc(2024, 8);
    expect(formatPeriod(august, 'month', 'id')).toBe('Agu 2024');
    expect(formatPeriod(august, 'month', 'id', true)).toBe('Agustus 2024');
    expect(formatPeriod(utc(2024, 8, 17), 'day', 'en')).toBe('17 Aug 2024');
    expect(formatPeriod(utc(2024, 8, 12), 'week', 'id')).toBe('Pekan 12 Agu 2024');
    expect(formatPeriod(utc(2024, 8, 12), 'week', 'en', true)).toBe('Week of 12 August 2024');
    expect(formatPeriod(utc(2024, 1), 'year', 'en')).toBe('2024');
  });

  it('names every Indonesian month', () => {
    const short = Array.from({ length: 12 }, (_, m) => monthName(m, 'id', true));
    expect(short.join(' ')).toBe('Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des');
    expect(monthName(11, 'id')).toBe('Desember');
    expect(monthName(8, 'en', true)).toBe('Sept');
  });
});

describe('time ticks', () => {
  it('ticks every month when there is room, with the year under January and the first tick', () => {
    const ticks = timeTicks(utc(2023, 11), utc(2024, 3), 'month', 'id', 600);
    expect(ticks.map((t) => t.label)).toEqual(['Nov', 'Des', 'Jan', 'Feb', 'Mar']);
    expect(ticks.map((t) => t.context)).toEqual(['2023', undefined, '2024', undefined, undefined]);
  });

  it('steps to quarters aligned on Jan/Apr/Jul/Oct when months do not fit', () => {
    const ticks = timeTicks(utc(2022, 2), utc(2024, 12), 'month', 'id', 500);
    const months = new Set(ticks.map((t) => t.date.getUTCMonth()));
    expect([...months].every((m) => m % 3 === 0)).toBe(true);
    expect(ticks[0]!.date).toEqual(utc(2022, 4));
    expect(ticks.length).toBeLessThanOrEqual(Math.floor(500 / 40));
  });

  it('steps to whole years on a narrow axis', () => {
    const ticks = timeTicks(utc(2018, 1), utc(2024, 12), 'month', 'en', 200);
    expect(ticks.every((t) => t.date.getUTCMonth() === 0)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks.every((t) => /^\d{4}$/.test(t.label) && t.context === undefined)).toBe(true);
  });

  it('never ticks between periods: a weekly chart gets Mondays, never other days', () => {
    const ticks = timeTicks(utc(2024, 7, 29), utc(2024, 9, 30), 'week', 'id', 2000);
    expect(ticks.length).toBe(10);
    expect(ticks.every((t) => t.date.getUTCDay() === 1)).toBe(true);
    expect(ticks[0]!.label).toBe('29 Jul');
    expect(ticks[0]!.context).toBe('2024');
  });

  it('ticks days, and copes with one point or a reversed range', () => {
    const ticks = timeTicks(utc(2024, 12, 30), utc(2025, 1, 2), 'day', 'id', 600);
    expect(ticks.map((t) => t.label)).toEqual(['30 Des', '31 Des', '1 Jan', '2 Jan']);
    expect(ticks.map((t) => t.context)).toEqual(['2024', undefined, '2025', undefined]);
    expect(timeTicks(utc(2024, 5), utc(2024, 5), 'month', 'id', 300).map((t) => t.label)).toEqual([
      'Mei',
    ]);
    expect(timeTicks(utc(2024, 5), utc(2024, 1), 'month', 'id', 300)).toEqual([]);
  });

  it('keeps year ticks on round years over a long range', () => {
    const ticks = timeTicks(utc(1901, 1), utc(2024, 1), 'year', 'id', 300);
    expect(ticks.length).toBeLessThanOrEqual(Math.floor(300 / 44));
    const step = ticks[1]!.date.getUTCFullYear() - ticks[0]!.date.getUTCFullYear();
    expect(ticks.every((t) => t.date.getUTCFullYear() % step === 0)).toBe(true);
  });
});
