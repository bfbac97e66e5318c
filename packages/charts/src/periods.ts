/**
 * Periods (day, ISO week, month, year) as whole numbers and back, apart from the time axis that
 * draws them: a page's brush and query code needs these few functions at load, and importing
 * them must not bring the axis drawing with it (bundle size, issue 6).
 */

export type TimeInterval = 'day' | 'week' | 'month' | 'year';

export const TIME_INTERVALS: readonly TimeInterval[] = Object.freeze([
  'day',
  'week',
  'month',
  'year',
]);

export function isTimeInterval(value: unknown): value is TimeInterval {
  return typeof value === 'string' && (TIME_INTERVALS as readonly string[]).includes(value);
}

const DAY_MS = 86_400_000;

function dayIndex(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * The period `date` falls in as a whole number that counts up by one per period, so two dates
 * are adjacent periods exactly when their indices differ by one (that is how gaps are found).
 * Weeks are ISO weeks starting on Monday, as DuckDB's `date_trunc('week', ...)`; 1970-01-01 was a
 * Thursday, hence the shift of 3 days.
 */
export function periodIndex(date: Date, interval: TimeInterval): number {
  switch (interval) {
    case 'year':
      return date.getUTCFullYear();
    case 'month':
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    case 'week':
      return Math.floor((dayIndex(date) + 3) / 7);
    case 'day':
      return dayIndex(date);
  }
}

/** The first instant of period `index` (the inverse of `periodIndex`). */
export function periodStart(index: number, interval: TimeInterval): Date {
  switch (interval) {
    case 'year':
      return new Date(Date.UTC(index, 0, 1));
    case 'month': {
      const year = Math.floor(index / 12);
      return new Date(Date.UTC(year, index - year * 12, 1));
    }
    case 'week':
      return new Date((index * 7 - 3) * DAY_MS);
    case 'day':
      return new Date(index * DAY_MS);
  }
}

/** `date` moved back to the start of its period (DuckDB's `date_trunc`). */
export function truncateDate(date: Date, interval: TimeInterval): Date {
  return periodStart(periodIndex(date, interval), interval);
}
