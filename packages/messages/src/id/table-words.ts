/** The data table's own words. */
export const tableWords = {
  previousPage: 'Sebelumnya',
  nextPage: 'Berikutnya',
  pages: 'Halaman tabel',
  rows: 'baris',
  ascending: 'menaik',
  descending: 'menurun',
  sortedBy: 'diurutkan menurut',
  showing: 'Menampilkan baris',
  sortHint: 'urutkan',
};
