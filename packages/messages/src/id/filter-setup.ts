import type { BilingualText } from '../lang.ts';

/** <pantau-filter>'s setup errors, bounds checks and quick ranges (loaded with its controls). */
export const filterSetup = {
  unknownFilterTypeUse: (type: string | number, list: string | number) =>
    `Jenis filter "${type}" tidak dikenal. Gunakan salah satu: ${list}.`,
  filterNoColumnYet: (table: string | number) =>
    `Filter ini belum punya kolom: beri atribut column="nama-kolom" dari tabel ${table}.`,
  typeRangeNeedsNumeric:
    'type="range" memerlukan kolom angka. Untuk tanggal gunakan type="date-range"; untuk teks, select atau multi-select.',
  typeDateRangeNeeds: 'type="date-range" memerlukan kolom tanggal (DATE atau TIMESTAMP).',
  optionLabelNameLookup: (label: string | number) =>
    `option-label="${label}" harus menyebut kolom tabel rujukan sebagai sumber.kolom, mis. option-label="unit.name" dengan <pantau-source name="unit" key="code">.`,
  optionLimitWholeNumber: (limit: string | number) =>
    `Batas pilihan harus bilangan bulat 1 sampai 10.000, bukan ${limit}.`,
  columnType: (columnName: string | number, type: string | number, need: BilingualText) =>
    `Kolom "${columnName}" bertipe ${type}. ${need.id}`,
  lowEndGreaterThan: `Batas bawah lebih besar dari batas atas. Isi "Dari" dengan nilai yang lebih kecil, atau tukar keduanya.`,
  message: 'Dari',
  message3: 'Sampai',
  notNumberWriteNumber: (which: BilingualText) =>
    `"${which.id}" bukan angka. Tulis angka seperti 12 atau 2,5, atau kosongkan.`,
  notCompleteDatePick: (which: BilingualText) =>
    `"${which.id}" bukan tanggal yang lengkap. Pilih tanggal, atau kosongkan.`,
  month: 'Bulan ini',
  lastMonth: 'Bulan lalu',
  quarter: 'Triwulan ini',
  lastQuarter: 'Triwulan lalu',
  halfYear: 'Semester ini',
  lastHalfYear: 'Semester lalu',
  year: 'Tahun ini',
  lastYear: 'Tahun lalu',
};
