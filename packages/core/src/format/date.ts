import type { Lang } from '../errors/pantau-error.ts';
import { cached, dateTimeFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';

/**
 * - `short`: `17 Agu 2024` / `17 Aug 2024`
 * - `long`: `Sabtu, 17 Agustus 2024` / `Saturday, 17 August 2024`
 * - `month`: `Agu 2024` / `Aug 2024`
 * - `monthLong`: `Agustus 2024` / `August 2024`
 */
export type DateStyle = 'short' | 'long' | 'month' | 'monthLong';

/**
 * Always `timeZone: 'UTC'`: DuckDB's DATE and TIMESTAMP carry no zone, and a `Date` from them holds
 * the wall-clock reading as if it were UTC (DATE '2024-08-17' is 2024-08-17T00:00Z). Formatting in
 * the viewer's zone would move dates west of UTC to the 16th.
 */
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
  long: { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { timeZone: 'UTC', month: 'short', year: 'numeric' },
  monthLong: { timeZone: 'UTC', month: 'long', year: 'numeric' },
};

export function formatDate(
  date: Date | null | undefined,
  lang: Lang,
  style: DateStyle = 'short',
): string {
  if (isMissing(date)) return missingLabel(lang);
  return dateFormatter(lang, style)(date);
}

const resolved = new Map<string, (date: Date) => string>();

/** formatDate's formatting, resolved once for a language and style. */
export function dateFormatter(lang: Lang, style: DateStyle = 'short'): (date: Date) => string {
  return cached(resolved, `${lang} ${style}`, () => {
    const format = dateTimeFormat(lang, DATE_OPTIONS[style]);
    return (date) => format.format(date);
  });
}
