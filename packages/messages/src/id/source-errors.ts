import type { BilingualText } from '../lang.ts';

/** Why a source could not be loaded (core's sources, loaded with the first source). */
export const sourceErrors = {
  csvText: 'teks CSV',
  parquet: 'Parquet',
  arrowIpc: 'Arrow IPC',
  json: 'JSON',
  htmlPage: 'halaman HTML',
  excelWorkbook: 'berkas Excel',
  unrecognisedBinaryData: 'data biner yang tidak dikenal',
  serverSentWebPage:
    'Server mengirim halaman web, biasanya karena alamat berkas salah (halaman 404 atau login).',
  saveSheetCsvFile:
    'Simpan lembar kerja sebagai CSV (File > Save As > CSV UTF-8) lalu gunakan berkas itu.',
  checkSrcAttributeFile: 'Periksa atribut src dan pastikan berkas ada di server yang sama.',
  reloadPageLittleWhile:
    'Coba muat ulang halaman sebentar lagi; jika terus terjadi, hubungi pengelola server berkas.',
  connectionServerFailedDropped: 'koneksi ke server gagal atau terputus',
  checkNetworkConnectionThen:
    'Periksa koneksi jaringan lalu muat ulang halaman; jika terus terjadi, pastikan server berkas aktif dan alamat di atribut src benar.',
  /** `seconds` as JavaScript writes it ("2.5"); Indonesian takes a decimal comma. */
  serverDidNotAnswer: (seconds: string) =>
    `server tidak menjawab atau berhenti mengirim data selama ${seconds.replace('.', ',')} detik`,
  reloadPageLaterLarge:
    'Muat ulang halaman nanti; untuk berkas besar di jaringan lambat, naikkan atribut timeout pada <pantau-source> (misalnya timeout="120s").',
  serverAnsweredHttp: (status: string | number) => `server menjawab HTTP ${status}`,
  sourceCouldNotFetched: (
    source: string | number,
    url: string | number,
    reason: BilingualText,
    advice: BilingualText,
  ) => `Sumber "${source}" gagal diambil dari ${url}: ${reason.id}. ${advice.id}`,
  loadingSourceStoppedBecause: (source: string | number) =>
    `Pemuatan sumber "${source}" dihentikan karena elemennya dilepas dari halaman atau atribut src-nya berubah.`,
  fileSourceChangedServer: (source: string | number, url: string | number) =>
    `Berkas sumber "${source}" (${url}) berubah di server selama dibaca, lebih dari sekali. Tunggu sampai pembaruan berkas selesai, lalu muat ulang halaman; pengelola situs sebaiknya mengganti berkas sekaligus (tulis ke nama sementara, lalu ganti nama).`,
  notValidParquetFile: 'bukan berkas Parquet yang sah',
  checkFileAddressFormat: (_error: string | number) =>
    'Periksa alamat berkas dan atribut format; rincian teknis (bahasa Inggris) ada di details.engineMessage.',
  sizeIs: (bytes: string | number) => `berukuran ${bytes}`,
  needsColumnsLoaded: (bytes: string | number) => `memerlukan ${bytes} untuk kolom yang dimuat`,
  sourceOverLimitOne: (source: string | number, what: BilingualText, limit: string | number) =>
    `Sumber "${source}" ${what.id}, melebihi batas ${limit} per sumber. Pilihan: muat hanya kolom yang dipakai (atribut columns="a, b" pada sumber Parquet), sajikan berkas yang lebih kecil atau sudah diagregasi, taruh data di server Pantau (@pantau/server), atau naikkan batasnya dengan atribut max-source-size="1GB" pada <pantau-dashboard> (setEngineLimits({ maxSourceBytes }) dari skrip) bila perangkat pembaca punya memori cukup.`,
  fileSourceEmptyCheck: (source: string | number) =>
    `Berkas sumber "${source}" kosong. Periksa bahwa berkas yang benar diunggah ke server.`,
  sourceShouldButHolds: (
    source: string,
    formatName: string,
    actual: BilingualText,
    advice: BilingualText | undefined,
  ) =>
    `Sumber "${source}" seharusnya ${formatName}, tetapi isinya ${actual.id}. ${advice?.id ?? 'Periksa berkas dan atribut format.'}`,
  fileSourceCouldNot: (
    formatName: string | number,
    source: string | number,
    problem: BilingualText,
  ) => `Berkas ${formatName} sumber "${source}" tidak dapat dibaca: ${problem.id}`,
  formatReaderCode: (formatName: string | number) => `Kode pembaca ${formatName}`,
  sourceReader: 'Kode pembaca sumber',
  sourceCouldNotLoaded: (what: BilingualText, source: string | number, message: string | number) =>
    `${what.id} untuk sumber "${source}" tidak dapat dimuat (${message}). Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.`,
  sourceNoColumnWhich: (source: string | number, asked: string | number, list: string | number) =>
    `Sumber "${source}" tidak punya kolom ${asked} yang diminta atribut columns. Kolom yang ada: ${list}.`,
  holdArrayObjectsSuch:
    'isinya harus berupa larik objek, misalnya [{"unit": "Dinkes", "nilai": 88.5}].',
  elementNotObjectEvery: (bad: string | number) =>
    `elemen ke-${bad} bukan objek; setiap elemen harus satu baris data {"kolom": nilai}.`,
  notValidJsonCheck: (i: string | number, _reason: string | number) =>
    `bukan JSON yang sah. Periksa baris ${i} (rincian teknis: details.engineMessage).`,
  lineFieldsButHeader: (
    line: string | number,
    fields: string | number,
    expected: string | number,
    delimiter: string | number,
  ) =>
    `baris ${line} berisi ${fields} kolom, padahal judul berisi ${expected}. Perbaiki baris itu (pemisah "${delimiter}" atau tanda kutip yang kurang), lalu simpan ulang berkasnya.`,
  line: (line: string | number) => ` di baris ${line}`,
  message2: '',
  sourceIsUtf16: (source: string | number) =>
    `Sumber "${source}" tersimpan sebagai teks UTF-16 tanpa penanda (BOM). Simpan ulang sebagai CSV UTF-8 (File > Save As > CSV UTF-8), lalu gunakan berkas itu.`,
  lookupKeyNotUnique: (
    source: string | number,
    column: string | number,
    examples: string | number,
  ) =>
    `Sumber "${source}" dimuat dengan key="${column}", tetapi kuncinya tidak unik: ${examples}. Tabel rujukan harus punya satu baris per kode: hapus baris gandanya atau pilih kolom kunci lain.`,
  integersTooLong: (column: string | number) =>
    `Kolom "${column}" berisi bilangan bulat lebih dari 38 digit; DuckDB tidak dapat menghitungnya persis, jadi kolom itu disimpan sebagai teks.`,
  arrowFileUnreadable: (error: string | number) =>
    `${error}. Buat ulang berkas dengan format Arrow IPC.`,
  numbersTooLong: (column: string | number) =>
    `Kolom "${column}" berisi angka lebih dari 38 digit; DuckDB tidak dapat menyimpannya persis, sehingga nilainya dibulatkan (DOUBLE). Simpan kolom itu sebagai teks atau dalam satuan yang lebih besar.`,
  duckdbRefusedFile: (where: BilingualText, _engineLine: string) =>
    `DuckDB menolaknya${where.id}. Periksa isi berkas dan pemisah kolomnya (rincian teknis: details.engineMessage).`,
};
