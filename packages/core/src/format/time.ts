import type { Lang } from '../errors/pantau-error.ts';
import { cached, dateTimeFormat } from './intl-cache.ts';
import { isMissing, missingLabel } from './missing.ts';

export interface TimeOptions {
  /** The zone the wall-clock times were recorded in, shown after the time; `null` shows none. */
  zone?: 'WIB' | 'WITA' | 'WIT' | null;
}

/**
 * A wall-clock time, 24-hour: `13.30 WITA` (id) / `13:30 WITA` (en). Sources record local time
 * without an offset and DuckDB hands it over as if it were UTC (see formatDate), so the reading
 * is taken in UTC and the zone is a label, not a conversion. Banjarmasin is WITA (UTC+8).
 */
export function formatTime(
  date: Date | null | undefined,
  lang: Lang,
  options: TimeOptions = {},
): string {
  if (isMissing(date)) return missingLabel(lang);
  return timeFormatter(lang, options)(date);
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = Object.freeze({
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const resolved = new Map<string, (date: Date) => string>();

/** formatTime's formatting, resolved once for a language and zone label. */
export function timeFormatter(lang: Lang, options: TimeOptions = {}): (date: Date) => string {
  const zone = options.zone === undefined ? 'WITA' : options.zone;
  return cached(resolved, `${lang} ${zone}`, () => {
    const format = dateTimeFormat(lang, TIME_OPTIONS);
    return (date) => {
      const time = format.format(date);
      return zone === null ? time : `${time} ${zone}`;
    };
  });
}
