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
  retry: { id: 'Coba lagi', en: 'Retry' },
  showTable: { id: 'Tampilkan tabel data', en: 'Show data table' },
  hideTable: { id: 'Sembunyikan tabel data', en: 'Hide data table' },
  download: { id: 'Unduh', en: 'Download' },
  tableAndDownloads: { id: 'Tabel & unduh', en: 'Table & download' },
  downloadCsv: { id: 'Unduh data (CSV)', en: 'Download data (CSV)' },
  downloadSvg: { id: 'Unduh gambar (SVG)', en: 'Download image (SVG)' },
  downloadPng: { id: 'Unduh gambar (PNG)', en: 'Download image (PNG)' },
  keyboardHint: {
    id: 'Gunakan tombol panah untuk berpindah antar data, Enter untuk memilih dan menyaring widget lain (Shift+Enter menambah), Esc untuk menutup keterangan lalu menghapus pilihan.',
    en: 'Use the arrow keys to move between data points, Enter to select and filter the other widgets (Shift+Enter adds), Esc to close the tooltip, then to clear the choice.',
  },
  chart: { id: 'Grafik', en: 'Chart' },
  selected: { id: 'Dipilih', en: 'Selected' },
  othersFiltered: {
    id: 'Widget lain di dasbor ini kini disaring. Esc menghapus pilihan.',
    en: 'The other widgets on this dashboard are now filtered. Esc clears the choice.',
  },
  selectionCleared: { id: 'Pilihan dihapus.', en: 'Choice cleared.' },
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
