import type { BilingualText } from '../lang.ts';

/** What core says before any lazily loaded module: the coordinator, the engine's start, names, missing values. */
export const coreStart = {
  connectorCannotLoadSources:
    'Konektor ini tidak dapat memuat sumber data; gunakan tabel yang sudah ada di server.',
  codeWritesQueriesCould:
    'Kode penyusun kueri tidak dapat dimuat. Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.',
  queryFailed: (error: string | number) => `Kueri gagal: ${error}`,
  dataEngineSCode:
    'Kode mesin data tidak dapat dimuat. Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.',
  dataEngineBeenClosed: 'Mesin data sudah ditutup. Muat ulang halaman.',
  dataEngineDuckdbFailed:
    'Mesin data (DuckDB) gagal dimulai. Pastikan berkas duckdb-*.wasm dan *.worker.js tersedia di samping pantau.js, atau atur lokasinya dengan setAssetBase() / atribut asset-base.',
  sourceNameStartsPantau: (name: string | number) =>
    `Nama sumber "${name}" diawali "__pantau", awalan tabel milik Pantau sendiri. Pilih nama lain.`,
  notReported2: 'belum input',
  notComputableDivisionZero: 'tak terhitung (dibagi nol)',
  codeTalksPantauServer:
    'Kode penghubung server Pantau tidak dapat dimuat. Pastikan semua berkas .js di samping pantau.js ikut disalin, lalu muat ulang halaman.',
  codeReadsQueryAnswers:
    'Kode pembaca hasil kueri tidak dapat dimuat. Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.',
  columnTableNameNot: 'Nama kolom atau tabel tidak boleh kosong atau berisi karakter NUL.',
  columnAmbiguousTableMatches: (
    name: string | number,
    table: string | number,
    list: BilingualText,
  ) =>
    `Kolom "${name}" ambigu di tabel ${table}: cocok dengan ${list.id}. Tulis nama persis dengan huruf besar/kecilnya.`,
  andMore: (shown: string | number, rest: string | number) => `${shown}, dan ${rest} lainnya`,
  memoryLimitUnknown: (memoryLimit: string | number) =>
    `Batas memori "${memoryLimit}" tidak dikenali. Tulis seperti "2GB" atau "512MB".`,
  assetBaseAlreadySet: (current: string | number, wanted: string | number) =>
    `Lokasi berkas DuckDB sudah ditetapkan (${current}) dan tidak dapat diganti menjadi ${wanted}. Atur setAssetBase() / atribut asset-base sekali saja, sebelum widget pertama memuat data.`,
  assetsFromOtherOrigin: (pageOrigin: string | number, origin: string | number) =>
    `Berkas DuckDB harus dilayani dari situs yang sama (${pageOrigin}), bukan dari ${origin}. Salin berkas duckdb/ ke server Anda.`,
  formatUnknown: (spec: string | number, allowed: string | number, maxDecimals: string | number) =>
    `Format "${spec}" tidak dikenal. Yang boleh: ${allowed} (N = 0 sampai ${maxDecimals} angka desimal).`,
  preAggregatingTableFailed: (table: string | number, reason: string | number) =>
    `Pra-agregasi tabel "${table}" gagal (${reason}); widget tetap membaca tabel aslinya, hanya lebih lambat.`,
  outsideRange: (
    what: BilingualText,
    value: string | number,
    lowest: string | number,
    highest: string | number,
  ) => `${what.id} ${value} di luar rentang ${lowest} sampai ${highest}.`,
  columnRowsExamples: (column: string, rows: number, examples: string) =>
    `kolom "${column}": ${rows} baris (mis. ${examples})`,
};
