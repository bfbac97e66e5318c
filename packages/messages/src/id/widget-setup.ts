/** Why an element's attribute was refused (loaded with the attribute checks). */
export const widgetSetup = {
  targetExample: 'target="0.9" atau target="80"',
  lookupCodeColumnMissing: (
    source: string | number,
    column: string | number,
    key: string | number,
  ) =>
    `"${source}.${column}" disambungkan lewat kolom kodenya, tetapi columns tidak memuat satu kolom "${key}", "${source}_${key}" atau "..._${key}". Tambahkan kolom kode itu ke columns.`,
  lookupSourceMissing: (source: string | number, column: string | number) =>
    `"${source}.${column}" menyebut tabel rujukan "${source}", tetapi dasbor ini tidak punya <pantau-source name="${source}" key="..."> . Tambahkan sumber itu dengan atribut key (kolom kodenya), atau tulis nama kolom tabel ini.`,
  timeoutUnknown: (given: string | number, source: string | number) =>
    `Atribut timeout "${given}" pada sumber "${source}" tidak dikenali. Tulis lama tunggu antara 1 detik dan 1 jam, misalnya timeout="30s" atau timeout="2m".`,
  refreshUnknown: (shown: string | number, source: string | number) =>
    `Atribut refresh "${shown}" pada sumber "${source}" tidak dikenali. Tulis selang antara 10 detik dan 24 jam, misalnya refresh="30s", refresh="5m" atau refresh="1h".`,
  lineXColumnType: (x: string | number, type: string | number) =>
    `Kolom x "${x}" bertipe ${type}: garis memerlukan kolom tanggal atau angka. Untuk kategori gunakan <pantau-bar-chart>.`,
};
