/**
 * Quick date ranges for `<pantau-filter type="date-range">`: this and the previous month, quarter
 * (triwulan), half-year (semester) and year. Dates are calendar days held as UTC midnights, the
 * way Pantau reads DuckDB's DATE (see core's format/date.ts), so a range never shifts by a day
 * with the reader's time zone.
 */

import { FILTER_SETUP, sayBoth } from '@pantau/messages';
import type { Lang } from '@pantau/core';

export const DATE_PRESETS = [
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-half',
  'last-half',
  'this-year',
  'last-year',
] as const;

export type DatePreset = (typeof DATE_PRESETS)[number];

/** Inclusive calendar days as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}

const LABELS: Record<DatePreset, Record<Lang, string>> = {
  'this-month': sayBoth(FILTER_SETUP, 'month'),
  'last-month': sayBoth(FILTER_SETUP, 'lastMonth'),
  'this-quarter': sayBoth(FILTER_SETUP, 'quarter'),
  'last-quarter': sayBoth(FILTER_SETUP, 'lastQuarter'),
  'this-half': sayBoth(FILTER_SETUP, 'halfYear'),
  'last-half': sayBoth(FILTER_SETUP, 'lastHalfYear'),
  'this-year': sayBoth(FILTER_SETUP, 'year'),
  'last-year': sayBoth(FILTER_SETUP, 'lastYear'),
};

/** Months per period. */
const SPAN: Record<string, number> = { month: 1, quarter: 3, half: 6, year: 12 };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function presetLabel(preset: DatePreset, lang: Lang): string {
  return LABELS[preset][lang];
}

/**
 * The reader's calendar date today (where they are: WITA in Banjarmasin), as the UTC midnight
 * Pantau uses for a date. At 07:00 WITA on 1 April it is already April, although UTC says March.
 */
export function wallClockToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** `YYYY-MM-DD` of a UTC-midnight date. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real calendar day written `YYYY-MM-DD` (not 2024-02-30), as a UTC midnight; else null. */
export function parseIsoDay(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** The whole period the preset names, counted from `today` (a UTC-midnight calendar date). */
export function presetRange(preset: DatePreset, today: Date): DayRange {
  const [when, unit] = preset.split('-') as ['this' | 'last', string];
  const span = SPAN[unit] ?? 1;
  const year = today.getUTCFullYear();
  const first = Math.floor(today.getUTCMonth() / span) * span - (when === 'last' ? span : 0);
  // Date.UTC carries month overflow into the year (month -1 is last December); day 0 of the next
  // period's first month is the last day of this one.
  return {
    start: isoDay(new Date(Date.UTC(year, first, 1))),
    end: isoDay(new Date(Date.UTC(year, first + span, 0))),
  };
}

/** The preset whose period is exactly `range`, so its button can show as pressed. */
export function matchingPreset(range: Partial<DayRange>, today: Date): DatePreset | null {
  if (!range.start || !range.end) return null;
  return (
    DATE_PRESETS.find((preset) => {
      const candidate = presetRange(preset, today);
      return candidate.start === range.start && candidate.end === range.end;
    }) ?? null
  );
}
