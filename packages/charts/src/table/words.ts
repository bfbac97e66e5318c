/** The table's own words, in both languages. */

import type { ChartContext } from '../types.ts';

const TEXT = {
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  pages: { id: 'Halaman tabel', en: 'Table pages' },
  rows: { id: 'baris', en: 'rows' },
  ascending: { id: 'menaik', en: 'ascending' },
  descending: { id: 'menurun', en: 'descending' },
  sortedBy: { id: 'diurutkan menurut', en: 'sorted by' },
  showing: { id: 'Menampilkan baris', en: 'Showing rows' },
  sortHint: { id: 'urutkan', en: 'sort' },
} as const;

export function text(name: keyof typeof TEXT, lang: ChartContext['lang']): string {
  return TEXT[name][lang];
}
