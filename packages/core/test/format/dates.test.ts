import { describe, expect, it } from 'vitest';
import {
  DAY_NAMES,
  DAY_SHORT_NAMES,
  MONTH_NAMES,
  MONTH_SHORT_NAMES,
  formatDate,
  formatTime,
} from '../../src/format/index.ts';

/** DuckDB's DATE '2024-08-17' as it arrives: the wall-clock date at UTC midnight. */
const independenceDay = new Date('2024-08-17T00:00:00Z');

describe('formatDate', () => {
  it('writes each style in Indonesian', () => {
    expect(formatDate(independenceDay, 'id')).toBe('17 Agu 2024');
    expect(formatDate(independenceDay, 'id', 'short')).toBe('17 Agu 2024');
    expect(formatDate(independenceDay, 'id', 'long')).toBe('Sabtu, 17 Agustus 2024');
    expect(formatDate(independenceDay, 'id', 'month')).toBe('Agu 2024');
    expect(formatDate(independenceDay, 'id', 'monthLong')).toBe('Agustus 2024');
  });

  it('writes each style in English, day before month', () => {
    expect(formatDate(independenceDay, 'en')).toBe('17 Aug 2024');
    expect(formatDate(independenceDay, 'en', 'long')).toBe('Saturday, 17 August 2024');
    expect(formatDate(independenceDay, 'en', 'month')).toBe('Aug 2024');
    expect(formatDate(independenceDay, 'en', 'monthLong')).toBe('August 2024');
  });

  it('reads the date in UTC, so the 17th stays the 17th in any viewer time zone', () => {
    // Late on the 17th in UTC is already the 18th in WITA (UTC+8) and in the test runner's zone
    // if it is east of UTC; only a UTC reading gives the 17th at both ends of the day.
    expect(formatDate(new Date('2024-08-17T23:30:00Z'), 'id')).toBe('17 Agu 2024');
    expect(formatDate(new Date('2024-08-17T00:00:00Z'), 'en', 'long')).toBe(
      'Saturday, 17 August 2024',
    );
    expect(formatDate(new Date('2024-01-01T00:00:00Z'), 'id', 'month')).toBe('Jan 2024');
    expect(formatDate(new Date('2023-12-31T23:59:59Z'), 'id', 'month')).toBe('Des 2023');
  });
});

describe('formatTime', () => {
  it('shows the recorded WITA wall-clock time, 24-hour', () => {
    // A TIMESTAMP '2024-08-17 13:30:00' recorded in Banjarmasin arrives as 13:30 UTC.
    const recorded = new Date('2024-08-17T13:30:00Z');
    expect(formatTime(recorded, 'id')).toBe('13.30 WITA');
    expect(formatTime(recorded, 'en')).toBe('13:30 WITA');
    expect(formatTime(new Date('2024-08-17T00:05:00Z'), 'id')).toBe('00.05 WITA');
  });

  it('takes another zone label, or none', () => {
    const recorded = new Date('2024-08-17T08:00:00Z');
    expect(formatTime(recorded, 'id', { zone: 'WIB' })).toBe('08.00 WIB');
    expect(formatTime(recorded, 'en', { zone: null })).toBe('08:00');
  });
});

describe('month and day names', () => {
  it("match DOMAIN.md's Indonesian lists exactly", () => {
    expect(MONTH_SHORT_NAMES.id.join(' ')).toBe('Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des');
    expect(MONTH_NAMES.id[0]).toBe('Januari');
    expect(MONTH_NAMES.id[11]).toBe('Desember');
  });

  it('write September as "Sept" in English, as en-GB does', () => {
    expect(formatDate(new Date('2024-09-05T00:00:00Z'), 'en')).toBe('5 Sept 2024');
    expect(MONTH_SHORT_NAMES.en[8]).toBe('Sept');
  });

  it('agree with what Intl prints, month by month and day by day', () => {
    for (const lang of ['id', 'en'] as const) {
      for (let month = 0; month < 12; month++) {
        const first = new Date(Date.UTC(2024, month, 1));
        const [, shortName] = formatDate(first, lang, 'month').match(/^(\S+) 2024$/) ?? [];
        const [, longName] = formatDate(first, lang, 'monthLong').match(/^(\S+) 2024$/) ?? [];
        expect(MONTH_SHORT_NAMES[lang][month]).toBe(shortName);
        expect(MONTH_NAMES[lang][month]).toBe(longName);
      }
      // 2024-08-18 was a Sunday; the lists start on Sunday like Date#getUTCDay.
      for (let day = 0; day < 7; day++) {
        const date = new Date(Date.UTC(2024, 7, 18 + day));
        expect(date.getUTCDay()).toBe(day);
        const weekday = formatDate(date, lang, 'long').split(',')[0];
        expect(DAY_NAMES[lang][day]).toBe(weekday);
        expect(DAY_SHORT_NAMES[lang][day]).toBe(
          new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
            weekday: 'short',
            timeZone: 'UTC',
          }).format(date),
        );
      }
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(MONTH_NAMES.id)).toBe(true);
    expect(() => (MONTH_SHORT_NAMES.id as string[]).push('X')).toThrow(TypeError);
  });
});
