/** Words of the widgets' own interface (buttons, states). */
export const ui = {
  loading: 'Memuat data…',
  empty: 'Tidak ada data',
  emptyHint:
    'Sumber data tidak berisi baris untuk tampilan ini. Periksa filter atau isi sumbernya.',
  errorTitle: 'Widget ini tidak dapat ditampilkan',
  errorCode: 'Kode',
  retry: 'Coba lagi',
  showTable: 'Tampilkan tabel data',
  hideTable: 'Sembunyikan tabel data',
  download: 'Unduh',
  tableAndDownloads: 'Tabel & unduh',
  downloadCsv: 'Unduh data (CSV)',
  downloadSvg: 'Unduh gambar (SVG)',
  downloadPng: 'Unduh gambar (PNG)',
  keyboardHint:
    'Gunakan tombol panah untuk berpindah antar data, Enter untuk memilih dan menyaring widget lain (Shift+Enter menambah), Esc untuk menutup keterangan lalu menghapus pilihan.',
  chart: 'Grafik',
  selected: 'Dipilih',
  othersFiltered: 'Widget lain di dasbor ini kini disaring. Esc menghapus pilihan.',
  selectionCleared: 'Pilihan dihapus.',
  tableOf: 'Tabel data',
  pngFailed:
    'Gambar PNG tidak dapat dibuat di halaman ini (kebijakan keamanan halaman). Gunakan SVG.',
  somethingWentWrong: (message: string | number) => `Terjadi kesalahan: ${message}`,
  widgetNoDataSource: 'Widget ini belum punya sumber data: beri atribut source="nama-tabel".',
  legendChooseSeriesFilter: 'Legenda: pilih seri untuk menyaring widget lain',
  sourceNameTaken: (name: string | number) =>
    `Dasbor ini sudah punya <pantau-source name="${name}">. Beri setiap sumber dalam satu dasbor nama yang berbeda; sumber ini tidak dimuat.`,
  sourceMissing: (name: string | number) =>
    `Sumber data "${name}" tidak ada. Tambahkan <pantau-source name="${name}" src="..."> di dasbor ini, atau perbaiki atribut source.`,
  widgetCodeNotLoaded: (message: string | number) =>
    `Kode widget ini tidak dapat dimuat (${message}). Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.`,
  dataCannotBeDrawn: (message: string | number) => `Data ini tidak dapat digambar: ${message}`,
  sourceFormatUnknown: (given: string | number, name: string | number) =>
    `Format "${given}" tidak dikenal untuk sumber "${name}". Pilih csv, parquet, arrow atau json.`,
};
