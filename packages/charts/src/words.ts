/** The few words renderers write themselves, in Indonesian and English. */

import type { ChartLang } from './types.ts';

const WORDS = {
  highest: { id: 'Tertinggi', en: 'Highest' },
  lowest: { id: 'Terendah', en: 'Lowest' },
  tie: { id: 'sama dengan', en: 'tied with' },
  target: { id: 'Target', en: 'Target' },
  noData: { id: 'Tidak ada data', en: 'No data' },
  notReported: { id: 'belum input', en: 'not reported' },
  /** A ratio over a zero denominator: the unit reported, the figure cannot be computed. */
  notComputable: { id: 'tak terhitung (dibagi nol)', en: 'not computable (division by zero)' },
  total: { id: 'Total', en: 'Total' },
  value: { id: 'Nilai', en: 'Value' },
  /** Heading of a data table's first column when its rows are named facts (value, category, target). */
  item: { id: 'Uraian', en: 'Item' },
  category: { id: 'Kategori', en: 'Category' },
  change: { id: 'Perubahan', en: 'Change' },
  previous: { id: 'periode sebelumnya', en: 'previous period' },
  up: { id: 'naik', en: 'up' },
  down: { id: 'turun', en: 'down' },
  unchanged: { id: 'tetap', en: 'unchanged' },
  share: { id: 'Porsi', en: 'Share' },
  series: { id: 'Seri', en: 'Series' },
  period: { id: 'Periode', en: 'Period' },
  note: { id: 'Catatan', en: 'Note' },
  page: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  // KPI tile, donut, gauge, radar
  to: { id: 'sampai', en: 'to' },
  vsPrevious: { id: 'vs periode sebelumnya', en: 'vs previous period' },
  fromPrevious: { id: 'dari periode sebelumnya', en: 'from the previous period' },
  unchangedFromPrevious: {
    id: 'tidak berubah dari periode sebelumnya',
    en: 'unchanged from the previous period',
  },
  previousPeriod: { id: 'Periode sebelumnya', en: 'Previous period' },
  previousNotReported: {
    id: 'Periode sebelumnya belum input',
    en: 'Previous period not reported',
  },
  previousNotComputable: {
    id: 'Periode sebelumnya tak terhitung (dibagi nol)',
    en: 'Previous period not computable (division by zero)',
  },
  achievement: { id: 'capaian', en: 'achieved' },
  targetMet: { id: 'tercapai', en: 'met' },
  targetNotMet: { id: 'belum tercapai', en: 'not met' },
  other: { id: 'Lainnya', en: 'Other' },
  negativeNotDrawn: { id: 'negatif, tidak digambar', en: 'negative, not drawn' },
  categories: { id: 'kategori', en: 'categories' },
  scale: { id: 'Skala', en: 'Scale' },
  axis: { id: 'Sumbu', en: 'Axis' },
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
