import { CALENDAR } from '@pantau/messages';
import type { Lang } from '../errors/pantau-error.ts';

/** Month and day names as data, for labels, pickers and the d3 time locale. Days start on Sunday. */

type Names = Readonly<Record<Lang, readonly string[]>>;

export const MONTH_NAMES: Names = Object.freeze({
  id: CALENDAR.id.months,
  en: CALENDAR.en.months,
});

export const MONTH_SHORT_NAMES: Names = Object.freeze({
  id: CALENDAR.id.monthsShort,
  en: CALENDAR.en.monthsShort,
});

export const DAY_NAMES: Names = Object.freeze({ id: CALENDAR.id.days, en: CALENDAR.en.days });

export const DAY_SHORT_NAMES: Names = Object.freeze({
  id: CALENDAR.id.daysShort,
  en: CALENDAR.en.daysShort,
});
