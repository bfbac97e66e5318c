import type { BilingualText } from '../lang.ts';

/** What a Pantau server answers when it cannot (packages/server). */
export const serverErrors = {
  viewsFileCannotRead: (file: string | number) =>
    `Berkas view "${file}" tidak dapat dibaca. Beri --views <berkas.sql> yang ada.`,
  statementNotCreateView: (i: string | number, file: string | number, shown: string | number) =>
    `Pernyataan ke-${i} di ${file} ("${shown}") bukan CREATE VIEW nama AS SELECT ...; berkas --views hanya berisi view.`,
  clickhouseEngineNeedsClickhouse:
    'Mesin ClickHouse memerlukan --clickhouse-url <alamat HTTP> dan --clickhouse-database <nama>.',
  viewsViewsDuckdbEngine:
    'View dari --views berlaku untuk mesin DuckDB. Untuk ClickHouse, buat view di basis datanya (CREATE VIEW): server menyajikannya seperti tabel.',
  clickhouseDataEngineLimit:
    'Mesin data ClickHouse sedang penuh (kueri bersamaan, memori atau kuota). Coba lagi sebentar lagi.',
  pantauServerNotAllowed:
    'Server Pantau tidak diizinkan membaca basis data ClickHouse-nya. Pengelola server perlu memeriksa pengguna, kata sandi dan nama basis data (--clickhouse-url, --clickhouse-database).',
  serverSDataEngine:
    'Mesin data server tidak dapat menjawab rencana kueri ini. Periksa kolom dan ukurannya; rinciannya ada di log server.',
  pantauServerCannotReach:
    'Server Pantau tidak dapat menghubungi ClickHouse. Coba lagi sebentar lagi; bila berulang, pengelola server perlu memeriksa --clickhouse-url dan apakah ClickHouse berjalan.',
  memoryLimitNotUnderstood: (memoryLimit: string | number) =>
    `Batas memori "${memoryLimit}" tidak dikenali. Tulis seperti "4GB".`,
  pantauServerBusyAnswering:
    'Server Pantau sedang sibuk menjawab permintaan lain. Coba lagi sebentar lagi.',
  pantauServerShuttingDown: 'Server Pantau sedang berhenti. Coba lagi sebentar lagi.',
  queryStoppedBecauseTook: (ms: string | number) =>
    `Kueri dihentikan karena lebih lama dari ${ms} detik. Persempit filternya (mis. rentang waktu lebih pendek) atau minta pengelola menaikkan --timeout.`,
  pantauServerOnlyRuns: 'Server Pantau hanya menjalankan SELECT yang dibuat dari rencana kueri.',
  requestBodyEmpty: 'badan permintaan kosong.',
  requestBodyNotValid: 'badan permintaan bukan JSON yang sah.',
  jsonNestedMoreThan: (maxDepth: string | number) =>
    `JSON bersarang lebih dari ${maxDepth} tingkat.`,
  requestLargerThanBytes: (limit: string | number) =>
    `Permintaan lebih besar dari ${limit} byte, batas server ini. Kirim lebih sedikit rencana kueri per permintaan.`,
  requestBodyNotSent: (ms: string | number) =>
    `Badan permintaan tidak selesai dikirim dalam ${ms} detik; koneksi ditutup. Periksa jaringan lalu coba lagi.`,
  thereNoUseGet: (method: string | number, request: string | number, base: string | number) =>
    `Alamat ${method} ${request} tidak ada. Gunakan GET ${base}tables atau POST ${base}query.`,
  sendJsonBodyContent: 'kirim badan JSON dengan content-type: application/json.',
  httpRequestCannotRead: 'permintaan HTTP tidak dapat dibaca.',
  tableDoesNotExist2: (shown: string | number, names: string | number) =>
    `Tabel "${shown}" tidak ada di server ini. Tabel yang ada: ${names}.`,
  headerSValueDoes: (header: string | number, column: string | number) =>
    `Nilai header ${header} tidak cocok dengan kolom ${column}; akses ditolak.`,
  answerMoreThanRows: (max: string | number) =>
    `Jawaban lebih dari ${max} baris, batas server ini. Kelompokkan datanya, persempit filternya, atau beri limit (mis. halaman tabel).`,
  requestNotValid: (problem: BilingualText) => `Permintaan tidak valid: ${problem.id}`,
  pantauServerFailedAnswer:
    'Server Pantau gagal menjawab karena kesalahan internal. Coba lagi; bila berulang, hubungi pengelola server (rinciannya ada di log server).',
  clickhouseAddressNotValid: (text: string | number) =>
    `Alamat ClickHouse "${text}" tidak valid. Beri --clickhouse-url http://host:8123/.`,
  requestWithoutHeaderRefused: (header: string | number) =>
    `Permintaan tanpa header ${header} ditolak: server ini hanya menjawab untuk unit yang ditetapkan oleh proxy atau single sign-on. Masuk lewat portal resmi.`,
  dataFolderMissing: (data: string | number) =>
    `Folder data "${data}" tidak ada. Beri --data <folder> yang berisi berkas .parquet atau .csv.`,
  flagNeedsValue: (name: string | number, wanted: string | number, usage: string | number) =>
    `Flag --${name} memerlukan ${wanted}.\n${usage}`,
};
