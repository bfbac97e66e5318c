import type { BilingualText } from '../lang.ts';

/** Why a filter, a value or a metric's use was refused (core's query builders). */
export const sqlErrors = {
  filterObjectColumnPredicate: 'Filter harus berupa objek { column, predicate, value }.',
  unknownPredicateAvailable: (predicate: string | number, filterPredicates: string | number) =>
    `predikat "${predicate}" tidak dikenal; yang ada: ${filterPredicates}.`,
  predicateNeedsListLeast:
    'predikat in memerlukan daftar berisi minimal satu nilai; hapus filternya bila tidak ada yang dipilih.',
  listHoldsMostValues: (maxInValues: string | number) =>
    `daftar in paling banyak ${maxInValues} nilai.`,
  betweenPredicateNeedsLow: 'predikat between memerlukan [batas bawah, batas atas].',
  lowBoundBetweenGreater: 'batas bawah between lebih besar dari batas atas; tukar urutannya.',
  containsPredicateNeedsText: 'predikat contains memerlukan teks yang dicari.',
  filterColumnNotValid: (column: string | number, problem: BilingualText) =>
    `Filter pada kolom "${column}" tidak valid: ${problem.id}`,
  valueMissingFindUnreported:
    'nilainya kosong; untuk mencari data yang tidak dilaporkan gunakan predikat is_null.',
  numbersFiniteNotNan: 'angka harus terhingga (bukan NaN atau Infinity).',
  textLongerThanCharacters: (maxFilterString: string | number) =>
    `teks lebih dari ${maxFilterString} karakter.`,
  dateInvalid: 'tanggal tidak valid.',
  valueTypeCannotUsed: (value: string | number) =>
    `nilai bertipe ${value} tidak bisa dipakai; gunakan teks, angka, boolean atau Date.`,
  integerTooLarge: 'bilangan bulat terlalu besar.',
  columnHoldsNumbersBut: (value: string | number) =>
    `kolom ini berisi angka, sedangkan nilainya ${value}. Tulis angka dengan titik desimal, mis. 12.5.`,
  columnHoldsDatesTimes:
    'kolom ini berisi tanggal/waktu; gunakan Date atau teks ISO seperti 2024-03-31 atau 2024-03-31T08:00:00Z.',
  columnHoldsTrueFalse: 'kolom ini berisi true/false; gunakan true atau false.',
  columnHoldsTextUse: 'kolom ini berisi teks; gunakan teks.',
  metricCannotRegistered: (name: string | number, problem: BilingualText) =>
    `Metrik "${name}" tidak bisa didaftarkan: ${problem.id}`,
  metricNameLettersDigits: 'nama metrik hanya huruf, angka dan "_", diawali huruf atau "_".',
  nameBelongsAggregateFunction: 'nama itu dipakai fungsi agregat.',
  metricNameAlreadyRegistered: 'metrik dengan nama itu sudah terdaftar.',
  definitionNeedsExprFunction:
    'definisi harus punya fungsi expr (pohon ekspresi, bukan teks SQL) dan isAggregate: true.',
  gradeScaleLowerCase: (scale: string | number) =>
    `skala nilai "${scale}" harus huruf kecil, angka dan "-", diawali huruf, dan bukan "none".`,
  gradeScaleNeedsLeast:
    'skala nilai memerlukan minimal satu pita dengan min tidak lebih besar dari max.',
  metricTakesNoArguments: (definitionName: string | number, label: BilingualText) =>
    `Metrik "${definitionName}" (${label.id}) tidak menerima argumen; tulis namanya saja: ${definitionName}.`,
  metricNeedsColumnArguments: (
    name: string,
    count: number,
    what: BilingualText,
    given: number,
    example: string,
  ) =>
    `Metrik "${name}" memerlukan ${count} kolom sebagai argumen (${what.id}), bukan ${given}: ${example}.`,
  metricNeedsColumnWhich: (
    definitionName: string | number,
    label: BilingualText,
    names: BilingualText,
    table: string | number,
    available: BilingualText,
  ) =>
    `Metrik "${definitionName}" (${label.id}) memerlukan kolom ${names.id}, yang tidak ada di tabel ${table}. Kolom yang ada: ${available.id}.`,
  metricUsesColumnWhich: (definitionName: string | number, name: string | number) =>
    `Metrik "${definitionName}" memakai kolom "${name}" yang tidak tercantum di requiredColumns.`,
};
