/**
 * Month names for time axes and period labels. charts cannot import `@pantau/core`, so the names
 * live here too; they match core's `format/calendar-names.ts` (including en "Sept", as en-GB's ICU
 * data writes it) so an axis tick and a tooltip formatted by core read the same.
 */

import type { ChartLang } from './types.ts';

const MONTHS: Readonly<Record<ChartLang, readonly string[]>> = Object.freeze({
  id: Object.freeze([
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ]),
  en: Object.freeze([
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]),
});

const MONTHS_SHORT: Readonly<Record<ChartLang, readonly string[]>> = Object.freeze({
  id: Object.freeze([
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Mei',
    'Jun',
    'Jul',
    'Agu',
    'Sep',
    'Okt',
    'Nov',
    'Des',
  ]),
  en: Object.freeze([
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
  ]),
});

/** Month name for a 0-based month (`Date#getUTCMonth()`), e.g. `monthName(7, 'id')` = "Agustus". */
export function monthName(month: number, lang: ChartLang, short = false): string {
  const names = short ? MONTHS_SHORT[lang] : MONTHS[lang];
  return names[((month % 12) + 12) % 12]!;
}
