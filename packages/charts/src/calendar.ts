/** Month names for time axes and period labels, from the one catalogue core's formats read too. */

import { CALENDAR, say } from '@pantau/messages';
import type { ChartLang } from './types.ts';

/** Month name for a 0-based month (`Date#getUTCMonth()`), e.g. `monthName(7, 'id')` = "Agustus". */
export function monthName(month: number, lang: ChartLang, short = false): string {
  const names = say(CALENDAR, lang, short ? 'monthsShort' : 'months');
  return names[((month % 12) + 12) % 12]!;
}
