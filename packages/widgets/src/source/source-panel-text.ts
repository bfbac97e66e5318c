import { formatNumber, PantauError, type Lang } from '@pantau/core';

/** The words of `<pantau-source>`'s panel, in both of Pantau's languages. */
const TEXT = {
  pick: {
    id: 'Berkas data Anda (CSV, Parquet, Arrow, JSON)',
    en: 'Your data file (CSV, Parquet, Arrow, JSON)',
  },
  drop: {
    id: 'Pilih berkas, atau seret ke kotak ini.',
    en: 'Choose a file, or drop it on this box.',
  },
  local: {
    id: 'Berkas dibaca di peramban ini saja, tidak diunggah ke mana pun.',
    en: 'The file is read in this browser only, never uploaded anywhere.',
  },
  engine: { id: 'Mesin data DuckDB (diunduh sekali)', en: 'DuckDB data engine (downloaded once)' },
  cancel: { id: 'Batalkan pemuatan', en: 'Cancel loading' },
  retry: { id: 'Coba lagi', en: 'Retry' },
  inserting: { id: 'dimasukkan ke mesin data…', en: 'going into the data engine…' },
} as const;

export function say(key: keyof typeof TEXT, lang: Lang): string {
  return TEXT[key][lang];
}

/** `3,4 MB` / `3.4 MB`; under 1 MB in kB. */
export function bytesText(bytes: number, lang: Lang): string {
  if (bytes < 1e6) return `${formatNumber(Math.round(bytes / 1e3), lang, { decimals: 0 })} kB`;
  return `${formatNumber(bytes / 1e6, lang, { decimals: 1 })} MB`;
}

/** `1,2 MB dari 3,4 MB` / `1.2 MB of 3.4 MB`, or just what has arrived when the size is unknown. */
export function amountText(loaded: number, total: number | null, lang: Lang): string {
  if (total === null) return bytesText(loaded, lang);
  return `${bytesText(loaded, lang)} ${lang === 'id' ? 'dari' : 'of'} ${bytesText(total, lang)}`;
}

export function loadingText(name: string, lang: Lang): string {
  return lang === 'id' ? `Memuat sumber "${name}"` : `Loading source "${name}"`;
}

export function loadedText(name: string, rows: number, bytes: number | null, lang: Lang): string {
  const count = formatNumber(rows, lang, { decimals: 0 });
  const size = bytes === null ? '' : ` (${bytesText(bytes, lang)})`;
  return lang === 'id'
    ? `Sumber "${name}" dimuat: ${count} baris${size}.`
    : `Source "${name}" loaded: ${count} rows${size}.`;
}

/** The reader stopped a load: what happened and how to get the data after all. */
export function loadCancelled(source: string): PantauError {
  return new PantauError({
    code: 'SOURCE_FETCH_FAILED',
    text: {
      id: `Pemuatan sumber "${source}" dibatalkan. Pilih "Coba lagi" untuk memuatnya lagi.`,
      en: `Loading source "${source}" was cancelled. Choose "Retry" to load it again.`,
    },
    details: { source, reason: 'cancelled' },
  });
}
