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
};
