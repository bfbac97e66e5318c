import type { BilingualText } from '../lang.ts';

/** Why a measure expression was refused, and how measures are labelled. */
export const measureErrors = {
  semicolonsNotAllowedMeasure: 'titik koma (;) tidak diizinkan; satu ukuran hanya satu ekspresi.',
  quoteNotAllowedColumn: (char: string | number) =>
    `tanda kutip ${char} tidak diizinkan; nama kolom ditulis dalam tanda kutip ganda ("...") dan nilai untuk menyaring ditulis sebagai filter.`,
  sqlCommentsNotAllowed: 'komentar SQL tidak diizinkan.',
  comparisonsNotAllowedMeasure: (char: string | number) =>
    `perbandingan (${char}) tidak diizinkan; ukuran menghitung angka, untuk menyaring gunakan filter.`,
  characterNotAllowed: (char: string | number) => `karakter ${char} tidak diizinkan.`,
  expressionString: 'ekspresi harus berupa teks.',
  expressionLongerThanCharacters: (maxMeasureLength: string | number) =>
    `ekspresi lebih dari ${maxMeasureLength} karakter.`,
  decimalNumberNeedsDigits: 'angka desimal harus punya digit setelah titik (mis. 3.5).',
  numberSeparatedNameOperator:
    'angka harus dipisah dari nama dengan operator; notasi seperti 1e3 tidak didukung.',
  doubleQuoteNeverClosed: 'tanda kutip ganda tidak ditutup.',
  columnNameNotContain: 'nama kolom tidak boleh berisi karakter NUL.',
  quotedColumnNameNot: 'nama kolom dalam tanda kutip tidak boleh kosong.',
  totalX: 'Jumlah {x}',
  averageX: 'Rata-rata {x}',
  minimumX: 'Minimum {x}',
  maximumX: 'Maksimum {x}',
  medianX: 'Median {x}',
  countX: 'Banyak {x} terisi',
  distinctX: 'Banyak {x} berbeda',
  numberRecords: 'Banyak data',
  expressionEmpty: 'ekspresi kosong.',
  closingWithoutOpening: 'kurung tutup ")" tanpa kurung buka.',
  cannotAppearHereExpected: (text: string | number) =>
    `"${text}" tidak bisa berada di sini; yang diharapkan nama kolom, angka, fungsi atau "(".`,
  aggregateCannotInsideAnother: (text: string | number) =>
    `agregat tidak boleh di dalam agregat lain ("${text}" di dalam fungsi).`,
  onlyAllowedCountNot: (fn: string | number) => `"*" hanya boleh di count(*), bukan di ${fn}().`,
  takesOneArgumentComma: (fn: string | number) =>
    `${fn}() hanya menerima satu argumen; koma hanya memisahkan kolom metrik, mis. ikm("U1", ..., "U9").`,
  argumentsMetricColumnNames: (text: string | number, text2: string | number) =>
    `argumen metrik "${text}" harus nama kolom (dalam tanda kutip ganda bila berisi spasi), bukan "${text2}".`,
  openingNeverClosed: 'kurung buka "(" tidak ditutup.',
  commaOnlySeparatesColumns:
    'koma hanya memisahkan kolom metrik, mis. ikm("U1", ..., "U9"); desimal ditulis dengan titik (3.5).',
  expectedOperatorEndExpression: (text: string | number) =>
    `yang diharapkan operator (+ - * /), ")" atau akhir ekspresi, bukan "${text}".`,
  sqlKeywordNotAllowed: (text: string | number) =>
    `kata kunci SQL "${text}" tidak diizinkan; ukuran bukan SQL, dan syarat baris ditulis sebagai filter.`,
  expressionEndsTooEarly:
    'ekspresi berhenti di tengah jalan; masih kurang nama kolom, angka atau fungsi.',
  metricAlreadyAggregateCannot: (name: string | number) =>
    `metrik "${name}" sudah berupa agregat dan tidak boleh di dalam fungsi agregat lain.`,
  argumentsMetricColumnNames2: (name: string | number) =>
    `argumen metrik "${name}" harus nama kolom.`,
  aggregateEGSum:
    'agregat (mis. sum(x)) tidak bisa digabung dengan kolom mentah; bungkus kolomnya dengan agregat juga, mis. sum(x) + sum(y).',
  column: (nodeName: string | number) => `kolom "${nodeName}"`,
  part: 'bagian ini',
  notNumberOnlyWorks: (what: BilingualText, operator: string | number) =>
    `${what.id} bukan angka, sedangkan ${operator} hanya untuk angka; gunakan count(), count_distinct(), min() atau max().`,
  expressionInvalidAt: (
    shown: string | number,
    position: string | number,
    problem: BilingualText,
    allowed: BilingualText,
  ) => `Ekspresi "${shown}" tidak valid di karakter ${position}: ${problem.id} ${allowed.id}`,
  expressionTreeInvalid: (problem: string | number) =>
    `Pohon ekspresi tidak valid: ${problem}. Susun ukuran dengan tata bahasa ukuran atau fungsi pembangun ekspresi Pantau.`,
};
