/** Words of the widgets' own interface (buttons, states), in Indonesian and English. */

import type { Lang } from '@pantau/core';

const UI_TEXT = {
  loading: { id: 'Memuat data…', en: 'Loading data…' },
  empty: { id: 'Tidak ada data', en: 'No data' },
  emptyHint: {
    id: 'Sumber data tidak berisi baris untuk tampilan ini. Periksa filter atau isi sumbernya.',
    en: 'The source has no rows for this view. Check the filters or the source’s contents.',
  },
  errorTitle: { id: 'Widget ini tidak dapat ditampilkan', en: 'This widget cannot be shown' },
  errorCode: { id: 'Kode', en: 'Code' },
  showTable: { id: 'Tampilkan tabel data', en: 'Show data table' },
  hideTable: { id: 'Sembunyikan tabel data', en: 'Hide data table' },
  download: { id: 'Unduh', en: 'Download' },
  downloadCsv: { id: 'Unduh data (CSV)', en: 'Download data (CSV)' },
  downloadSvg: { id: 'Unduh gambar (SVG)', en: 'Download image (SVG)' },
  downloadPng: { id: 'Unduh gambar (PNG)', en: 'Download image (PNG)' },
  keyboardHint: {
    id: 'Gunakan tombol panah untuk berpindah antar data, Enter untuk memilih, Esc untuk menutup keterangan.',
    en: 'Use the arrow keys to move between data points, Enter to select, Esc to close the tooltip.',
  },
  chart: { id: 'Grafik', en: 'Chart' },
  tableOf: { id: 'Tabel data', en: 'Data table' },
  pngFailed: {
    id: 'Gambar PNG tidak dapat dibuat di halaman ini (kebijakan keamanan halaman). Gunakan SVG.',
    en: 'A PNG cannot be made on this page (its security policy). Use SVG instead.',
  },
} as const;

export type UiWord = keyof typeof UI_TEXT;

export function ui(word: UiWord, lang: Lang): string {
  return UI_TEXT[word][lang];
}
