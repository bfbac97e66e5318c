/** The words of <pantau-source>'s panel. */
export const sourcePanel = {
  pick: 'Berkas data Anda (CSV, Parquet, Arrow, JSON)',
  drop: 'Pilih berkas, atau seret ke kotak ini.',
  local: 'Berkas dibaca di peramban ini saja, tidak diunggah ke mana pun.',
  engine: 'Mesin data DuckDB (diunduh sekali)',
  cancel: 'Batalkan pemuatan',
  retry: 'Coba lagi',
  inserting: 'dimasukkan ke mesin data…',
  /** "1,2 MB dari 3,4 MB"; the amounts come formatted. */
  amount: (loaded: string, total: string) => `${loaded} dari ${total}`,
  loadingSource: (name: string) => `Memuat sumber "${name}"`,
  /** The size comes formatted, with its parentheses, or empty when unknown. */
  loaded: (name: string, rows: string, size: string) =>
    `Sumber "${name}" dimuat: ${rows} baris${size}.`,
  cancelled: (source: string) =>
    `Pemuatan sumber "${source}" dibatalkan. Pilih "Coba lagi" untuk memuatnya lagi.`,
};
