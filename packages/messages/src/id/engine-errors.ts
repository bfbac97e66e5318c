import type { BilingualText } from '../lang.ts';

/** What the engine reports when a statement is refused or fails. */
export const engineErrors = {
  refusedPantauDoesNot:
    'Ditolak: Pantau tidak mengizinkan SQL menjangkau jaringan, berkas lain, atau pengaturan mesin. Daftarkan data sebagai sumber (<pantau-source>) lalu kueri tabelnya.',
  tableDoesNotExist: (table: string | number) =>
    `Tabel ${table} tidak ada. Periksa atribut source, atau daftarkan dulu sumbernya dengan <pantau-source name="${table}">.`,
  columnDoesNotExist: (column: string | number) =>
    `Kolom "${column}" tidak ada. Periksa ejaan nama kolom.`,
  notEnoughMemoryQuery:
    'Memori tidak cukup untuk kueri ini. Kurangi data (filter, kolom lebih sedikit) atau naikkan batas memori.',
  dataEngineStoppedTwice:
    'Mesin data berhenti dua kali saat menjalankan kueri ini (memori habis, atau peramban menutupnya). Kurangi data (filter, kolom lebih sedikit), lalu tekan "Coba lagi" atau muat ulang halaman.',
  emptyQueryThereNo: 'Kueri kosong: tidak ada SQL untuk dijalankan.',
  queryMayHoldOnly:
    'Satu kueri hanya boleh berisi satu pernyataan SQL. Hapus titik koma (;) di antara pernyataan.',
  builtFunction: 'fungsi bawaan',
  /** `what` names the thing of the same name (a table, a view); none: a name Pantau itself uses. */
  refusedWouldShadowName: (kind: string, name: string, what: BilingualText | null) =>
    `Ditolak: ${kind} "${name}" akan menimpa ${what ? `${what.id} bernama sama` : 'nama milik Pantau'}, sehingga angka di dasbor bisa berubah diam-diam. Pilih nama lain.`,
  /** `keyword` is empty when the statement's first word was not recognised. */
  statementNotAllowedPantau: (keyword: string, mode: 'read' | 'write') =>
    `Pernyataan ${keyword || '(tidak dikenal)'} tidak diizinkan di Pantau. ${mode === 'read' ? 'Kueri hanya boleh membaca data (SELECT); nama kolom yang sama dengan kata kunci SQL ditulis dalam tanda kutip ganda.' : 'Pantau tidak menulis berkas, memasang ekstensi, atau mengubah pengaturan mesin.'}`,
  addWasmUnsafeEval: "tambahkan 'wasm-unsafe-eval' ke script-src",
  allowConnectSrcSelf: "izinkan connect-src 'self' (berkas .wasm diambil oleh pekerja itu)",
  workerCspBlocks: (
    workerUrl: string | number,
    directive: string | number,
    need: BilingualText,
    example: string | number,
  ) =>
    `Mesin data (DuckDB) tidak dapat dimulai: server mengirim berkas pekerja ${workerUrl} dengan Content-Security-Policy "${directive}", yang melarangnya berjalan. Pekerja memakai kebijakan dari respons berkasnya sendiri, bukan dari halaman: pada respons berkas itu, ${need.id}, misalnya "${example}".`,
  trustedTypesPolicyRefused: (trustedTypesPolicy: string | number) =>
    `Kebijakan Trusted Types halaman ini tidak mengizinkan '${trustedTypesPolicy}'. Tambahkan nama itu ke direktif trusted-types di Content-Security-Policy.`,
  engineRestartFailed: (reason: BilingualText | null) =>
    `Mesin data berhenti dan gagal dimulai ulang${reason ? ` (${reason.id})` : ''}. Tekan "Coba lagi", atau muat ulang halaman.`,
  sizeUnknown: (shown: string | number) =>
    `Ukuran "${shown}" tidak dikenali. Tulis seperti "800MB" atau "1.5GB".`,
  memoryLimitLocked: (shown: string | number) =>
    `Batas memori "${shown}" tidak dapat dipasang: mesin data sudah berjalan dan pengaturannya terkunci. Pasang atribut memory-limit pada <pantau-dashboard> pertama di halaman, atau panggil setEngineLimits() sebelum elemen Pantau dimuat.`,
  queryFailedInEngine: (_engineLine: string) =>
    'Kueri gagal di mesin data. Periksa nama kolom, ukuran dan rumus di atribut widget; rincian teknis (bahasa Inggris) ada di details.engineMessage.',
};
