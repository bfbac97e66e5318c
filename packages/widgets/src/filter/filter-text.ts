/** Words of `<pantau-filter>`'s own interface, in Indonesian and English. */

import { formatNumber, type Lang } from '@pantau/core';

const WORDS = {
  all: { id: 'Semua', en: 'All' },
  loading: { id: 'Memuat pilihan…', en: 'Loading options…' },
  errorTitle: { id: 'Filter ini tidak dapat ditampilkan', en: 'This filter cannot be shown' },
  retry: { id: 'Coba lagi', en: 'Retry' },
  errorCode: { id: 'Kode', en: 'Code' },
  from: { id: 'Dari', en: 'From' },
  to: { id: 'Sampai', en: 'To' },
  clear: { id: 'Hapus', en: 'Clear' },
  clearChoice: { id: 'Hapus pilihan', en: 'Clear choice' },
  searchOptions: { id: 'Ketik untuk mencari', en: 'Type to search' },
  noMatch: { id: 'Tidak ada yang cocok.', en: 'Nothing matches.' },
  noOptions: {
    id: 'Tidak ada pilihan dengan filter lain yang aktif.',
    en: 'No options under the other active filters.',
  },
  presets: { id: 'Rentang cepat', en: 'Quick ranges' },
  noData: { id: 'Tidak ada data', en: 'No data' },
  rows: { id: 'baris', en: 'rows' },
  chosen: { id: 'dipilih', en: 'chosen' },
  notChosen: { id: 'tidak dipilih', en: 'not chosen' },
  cleared: { id: 'Filter dihapus.', en: 'Filter cleared.' },
  applied: { id: 'Filter diterapkan', en: 'Filter applied' },
  listHint: {
    id: 'Panah bawah membuka daftar, Enter memilih atau membatalkan, Esc menutup.',
    en: 'Down arrow opens the list, Enter chooses or unchooses, Esc closes.',
  },
} as const;

export type FilterWord = keyof typeof WORDS;

export function say(word: FilterWord, lang: Lang): string {
  return WORDS[word][lang];
}

/** "3 dipilih" / "3 chosen". */
export function chosenCount(count: number, lang: Lang): string {
  return `${formatNumber(count, lang)} ${say('chosen', lang)}`;
}

/** "Menampilkan 500 dari 1.234 nilai; ketik untuk mencari yang lain." */
export function cappedNote(shown: number, total: number, lang: Lang, searchable: boolean): string {
  const [s, t] = [formatNumber(shown, lang), formatNumber(total, lang)];
  if (lang === 'id') {
    return `Menampilkan ${s} dari ${t} nilai${searchable ? '; ketik untuk mencari yang lain' : ''}.`;
  }
  return `Showing ${s} of ${t} values${searchable ? '; type to find the others' : ''}.`;
}

/** "12 dari 7.283 baris cocok" / "7.283 baris". */
export function matchNote(matches: number | null, total: number, lang: Lang): string {
  const t = formatNumber(total, lang);
  if (matches === null) return lang === 'id' ? `${t} baris` : `${t} rows`;
  const m = formatNumber(matches, lang);
  return lang === 'id' ? `${m} dari ${t} baris cocok` : `${m} of ${t} rows match`;
}

/** "Rentang data: 1 – 30" / "Data range: 1 Jan 2022 – 1 Dec 2024". */
export function extentNote(low: string, high: string, lang: Lang): string {
  return `${lang === 'id' ? 'Rentang data' : 'Data range'}: ${low} – ${high}`;
}

/** The error shown when the filter sits outside any dashboard (it has nothing to filter). */
export const NO_DASHBOARD = {
  id: '<pantau-filter> harus berada di dalam <pantau-dashboard>: filter menyaring widget lain di dasbor yang sama. Pindahkan elemen ini ke dalam dasbornya.',
  en: '<pantau-filter> must sit inside a <pantau-dashboard>: a filter filters the other widgets of its dashboard. Move this element into the dashboard.',
} as const;
