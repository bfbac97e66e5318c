/** `<pantau-filter>`'s sentences that carry numbers: the numbers formatted here, the words from the catalogue. */

import { formatNumber, type Lang } from '@pantau/core';
import { FILTER_WORDS, say } from '@pantau/messages';

/** "3 dipilih" / "3 chosen". */
export function chosenCount(count: number, lang: Lang): string {
  return say(FILTER_WORDS, lang, 'chosenCount', formatNumber(count, lang));
}

/** "Menampilkan 500 dari 1.234 nilai; ketik untuk mencari yang lain." */
export function cappedNote(shown: number, total: number, lang: Lang, searchable: boolean): string {
  const [s, t] = [formatNumber(shown, lang), formatNumber(total, lang)];
  return say(FILTER_WORDS, lang, 'cappedNote', s, t, searchable);
}

/** "12 dari 7.283 baris cocok" / "7.283 baris". */
export function matchNote(matches: number | null, total: number, lang: Lang): string {
  const t = formatNumber(total, lang);
  if (matches === null) return say(FILTER_WORDS, lang, 'rowCount', t);
  return say(FILTER_WORDS, lang, 'matchCount', formatNumber(matches, lang), t);
}
