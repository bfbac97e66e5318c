/** Words of <pantau-filter>'s own interface. */
export const filterWords = {
  all: 'Semua',
  loadingOptions: 'Memuat pilihan…',
  filterErrorTitle: 'Filter ini tidak dapat ditampilkan',
  retry: 'Coba lagi',
  errorCode: 'Kode',
  rangeFrom: 'Dari',
  rangeTo: 'Sampai',
  clear: 'Hapus',
  clearChoice: 'Hapus pilihan',
  searchOptions: 'Ketik untuk mencari',
  noMatch: 'Tidak ada yang cocok.',
  noOptions: 'Tidak ada pilihan dengan filter lain yang aktif.',
  presets: 'Rentang cepat',
  noData: 'Tidak ada data',
  rows: 'baris',
  chosen: 'dipilih',
  notChosen: 'tidak dipilih',
  cleared: 'Filter dihapus.',
  applied: 'Filter diterapkan',
  listHint: 'Panah bawah membuka daftar, Enter memilih atau membatalkan, Esc menutup.',
  /** "3 dipilih"; the count comes formatted. */
  chosenCount: (count: string) => `${count} dipilih`,
  /** "Menampilkan 500 dari 1.234 nilai; ketik untuk mencari yang lain." */
  cappedNote: (shown: string, total: string, searchable: boolean) =>
    `Menampilkan ${shown} dari ${total} nilai${searchable ? '; ketik untuk mencari yang lain' : ''}.`,
  /** "7.283 baris" */
  rowCount: (total: string) => `${total} baris`,
  /** "12 dari 7.283 baris cocok" */
  matchCount: (matches: string, total: string) => `${matches} dari ${total} baris cocok`,
  /** "Rentang data: 1 – 30" */
  extentNote: (low: string, high: string) => `Rentang data: ${low} – ${high}`,
  /** The error shown when the filter sits outside any dashboard (it has nothing to filter). */
  noDashboard:
    '<pantau-filter> harus berada di dalam <pantau-dashboard>: filter menyaring widget lain di dasbor yang sama. Pindahkan elemen ini ke dalam dasbornya.',
  filterContains: (title: string | number, term: string | number) => `${title} memuat “${term}”`,
};
