/** The few words renderers write themselves, in Indonesian and English. */

import type { ChartLang } from './types.ts';

const WORDS = {
  highest: { id: 'Tertinggi', en: 'Highest' },
  lowest: { id: 'Terendah', en: 'Lowest' },
  tie: { id: 'sama dengan', en: 'tied with' },
  target: { id: 'Target', en: 'Target' },
  noData: { id: 'Tidak ada data', en: 'No data' },
  notReported: { id: 'belum input', en: 'not reported' },
  total: { id: 'Total', en: 'Total' },
  value: { id: 'Nilai', en: 'Value' },
  category: { id: 'Kategori', en: 'Category' },
  change: { id: 'Perubahan', en: 'Change' },
  previous: { id: 'periode sebelumnya', en: 'previous period' },
  up: { id: 'naik', en: 'up' },
  down: { id: 'turun', en: 'down' },
  unchanged: { id: 'tetap', en: 'unchanged' },
  share: { id: 'Porsi', en: 'Share' },
  series: { id: 'Seri', en: 'Series' },
  period: { id: 'Periode', en: 'Period' },
  page: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  // line and heatmap
  weekOf: { id: 'Pekan', en: 'Week of' },
  latest: { id: 'Terakhir', en: 'Latest' },
  unit: { id: 'Unit', en: 'Unit' },
  reduced: {
    id: 'diringkas: titik pertama, terakhir, terendah dan tertinggi per kolom piksel',
    en: 'reduced: first, last, lowest and highest point per pixel column',
  },
} as const;

export type Word = keyof typeof WORDS;

export function word(name: Word, lang: ChartLang): string {
  return WORDS[name][lang];
}
