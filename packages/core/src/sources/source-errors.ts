import { PantauError } from '../errors/pantau-error.ts';

/** The bilingual errors of loading a source, in one place so their wording stays consistent. */

/**
 * Over the cap, known before the data is read: from the file's size, or for Parquet from its
 * footer (`decoded`: the size of the columns asked for once decoded). Names the limit and the
 * ways out, since a page that runs out of memory halfway tells its readers nothing.
 */
export function sourceTooLarge(
  source: string,
  bytes: number,
  limit: number,
  measure: 'file' | 'decoded' = 'file',
): PantauError {
  const mb = (n: number) => `${Math.max(1, Math.round(n / (1024 * 1024)))} MB`;
  const what =
    measure === 'file'
      ? { id: `berukuran ${mb(bytes)}`, en: `is ${mb(bytes)}` }
      : {
          id: `memerlukan ${mb(bytes)} untuk kolom yang dimuat`,
          en: `needs ${mb(bytes)} for the columns loaded`,
        };
  return new PantauError({
    code: 'SOURCE_TOO_LARGE',
    text: {
      id: `Sumber "${source}" ${what.id}, melebihi batas ${mb(limit)} per sumber. Pilihan: muat hanya kolom yang dipakai (atribut columns="a, b" pada sumber Parquet), sajikan berkas yang lebih kecil atau sudah diagregasi, taruh data di server Pantau (@pantau/server), atau naikkan batasnya dengan atribut max-source-size="1GB" pada <pantau-dashboard> (setEngineLimits({ maxSourceBytes }) dari skrip) bila perangkat pembaca punya memori cukup.`,
      en: `Source "${source}" ${what.en}, over the ${mb(limit)} limit for one source. Ways out: load only the columns used (columns="a, b" on a Parquet source), serve a smaller or pre-aggregated file, put the data behind a Pantau server (@pantau/server), or raise the limit with max-source-size="1GB" on <pantau-dashboard> (setEngineLimits({ maxSourceBytes }) from script) if readers' devices have the memory.`,
    },
    details: { source, bytes, limit, measure },
  });
}

export function sourceEmpty(source: string): PantauError {
  return new PantauError({
    code: 'SOURCE_EMPTY',
    text: {
      id: `Berkas sumber "${source}" kosong. Periksa bahwa berkas yang benar diunggah ke server.`,
      en: `The file of source "${source}" is empty. Check that the right file was uploaded to the server.`,
    },
    details: { source },
  });
}

export function sourceFormatMismatch(
  source: string,
  declared: string,
  actual: { id: string; en: string },
  advice?: { id: string; en: string },
  cause?: unknown,
): PantauError {
  return new PantauError({
    code: 'SOURCE_FORMAT_MISMATCH',
    text: {
      id: `Sumber "${source}" seharusnya ${declared.toUpperCase()}, tetapi isinya ${actual.id}. ${advice?.id ?? 'Periksa berkas dan atribut format.'}`,
      en: `Source "${source}" should be ${declared.toUpperCase()}, but it holds ${actual.en}. ${advice?.en ?? 'Check the file and the format attribute.'}`,
    },
    details: { source, declared, actual: actual.en, ...engineMessage(cause) },
    ...(cause === undefined ? {} : { cause }),
  });
}

export function sourceParseFailed(
  source: string,
  format: string,
  problem: { id: string; en: string },
  cause?: unknown,
): PantauError {
  return new PantauError({
    code: 'SOURCE_PARSE_FAILED',
    text: {
      id: `Berkas ${format.toUpperCase()} sumber "${source}" tidak dapat dibaca: ${problem.id}`,
      en: `The ${format.toUpperCase()} file of source "${source}" could not be read: ${problem.en}`,
    },
    details: { source, format, ...engineMessage(cause) },
    cause,
  });
}

/** The engine's own (English) words, kept for developers beside the bilingual text. */
function engineMessage(cause: unknown): { engineMessage?: string } {
  if (cause === undefined) return {};
  return { engineMessage: cause instanceof Error ? cause.message : String(cause) };
}

/** Code that reads sources (`format` empty) or one format could not be fetched. */
export function decoderLoadFailed(source: string, format: string, cause: unknown): PantauError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const what = format
    ? {
        id: `Kode pembaca ${format.toUpperCase()}`,
        en: `The ${format.toUpperCase()} reader's code`,
      }
    : { id: 'Kode pembaca sumber', en: 'The source reader' };
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: {
      id: `${what.id} untuk sumber "${source}" tidak dapat dimuat (${message}). Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.`,
      en: `${what.en} for source "${source}" could not be loaded (${message}). Check that every .js file beside pantau.js was copied to the server, then reload the page.`,
    },
    details: { source, format },
    cause,
  });
}

/** `columns` names a column the Parquet file does not have. */
export function sourceColumnMissing(
  source: string,
  missing: readonly string[],
  available: readonly string[],
): PantauError {
  const list = available.slice(0, 30).join(', ') + (available.length > 30 ? ', …' : '');
  const asked = missing.map((name) => `"${name.slice(0, 80)}"`).join(', ');
  return new PantauError({
    code: 'UNKNOWN_COLUMN',
    text: {
      id: `Sumber "${source}" tidak punya kolom ${asked} yang diminta atribut columns. Kolom yang ada: ${list}.`,
      en: `Source "${source}" has no column ${asked}, which the columns attribute asks for. Available columns: ${list}.`,
    },
    details: { source, missing, available },
  });
}
