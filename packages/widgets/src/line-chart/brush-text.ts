/** The line chart's words for choosing a time range, in Indonesian and English. */

import type { Lang } from '@pantau/core';

const WORDS = {
  keyboardHint: {
    id: 'Shift+panah kiri atau kanan memilih rentang waktu dari titik yang difokus, Enter menerapkannya sebagai filter; seret pada grafik untuk memilih dengan penunjuk.',
    en: 'Shift+Left or Right arrow selects a time range from the focused point, Enter applies it as a filter; drag across the chart to select with a pointer.',
  },
  range: { id: 'Rentang', en: 'Range' },
  rangeHint: {
    id: 'Enter menyaring widget lain, Esc membatalkan.',
    en: 'Enter filters the other widgets, Esc cancels.',
  },
  rangeCancelled: { id: 'Rentang dibatalkan.', en: 'Range cancelled.' },
} as const;

export function brushWord(word: keyof typeof WORDS, lang: Lang): string {
  return WORDS[word][lang];
}
