import { isPantauError, PantauError, type BilingualText } from '../errors/pantau-error.ts';

/** Why a source's file could not be read over the network (issue 17 items 2 and 3). */
export type FetchFailure =
  { kind: 'network' } | { kind: 'timeout' } | { kind: 'status'; status: number };

const CHECK_SRC: BilingualText = {
  id: 'Periksa atribut src dan pastikan berkas ada di server yang sama.',
  en: 'Check the src attribute and that the file is on the same server.',
};
const TRY_LATER: BilingualText = {
  id: 'Coba muat ulang halaman sebentar lagi; jika terus terjadi, hubungi pengelola server berkas.',
  en: "Reload the page in a little while; if it keeps happening, contact whoever runs the file's server.",
};

function reasonOf(
  failure: FetchFailure,
  timeoutMs: number,
): { reason: BilingualText; advice: BilingualText } {
  const seconds = `${Math.round(timeoutMs / 100) / 10}`;
  switch (failure.kind) {
    case 'network':
      return {
        reason: {
          id: 'koneksi ke server gagal atau terputus',
          en: 'the connection to the server failed or was dropped',
        },
        advice: {
          id: 'Periksa koneksi jaringan lalu muat ulang halaman; jika terus terjadi, pastikan server berkas aktif dan alamat di atribut src benar.',
          en: "Check the network connection, then reload the page; if it keeps happening, check that the file's server is up and the src attribute is right.",
        },
      };
    case 'timeout':
      return {
        reason: {
          id: `server tidak menjawab atau berhenti mengirim data selama ${seconds.replace('.', ',')} detik`,
          en: `the server did not answer, or stopped sending data, for ${seconds} s`,
        },
        advice: {
          id: 'Muat ulang halaman nanti; untuk berkas besar di jaringan lambat, naikkan atribut timeout pada <pantau-source> (misalnya timeout="120s").',
          en: 'Reload the page later; for a large file on a slow network, raise the timeout attribute of <pantau-source> (for example timeout="120s").',
        },
      };
    case 'status':
      return {
        reason: {
          id: `server menjawab HTTP ${failure.status}`,
          en: `the server answered HTTP ${failure.status}`,
        },
        advice: failure.status >= 500 || failure.status === 429 ? TRY_LATER : CHECK_SRC,
      };
  }
}

/** The file could not be read: a dropped connection, a deadline passed, or an HTTP error. */
export function sourceFetchFailed(
  source: string,
  url: string,
  failure: FetchFailure,
  cause?: unknown,
  timeoutMs = 30_000,
): PantauError {
  const { reason, advice } = reasonOf(failure, timeoutMs);
  return new PantauError({
    code: 'SOURCE_FETCH_FAILED',
    text: {
      id: `Sumber "${source}" gagal diambil dari ${url}: ${reason.id}. ${advice.id}`,
      en: `Source "${source}" could not be fetched from ${url}: ${reason.en}. ${advice.en}`,
    },
    details: {
      source,
      url,
      reason: failure.kind,
      ...(failure.kind === 'status' ? { status: failure.status } : {}),
      ...(failure.kind === 'timeout' ? { timeoutMs } : {}),
    },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Nobody waits for the load any more (its element left the page, or its src changed). Whoever
 * aborted it may say why with a PantauError as the abort's reason (a reader's Cancel button): the
 * load then fails with that.
 */
export function sourceLoadCancelled(
  source: string,
  url: string,
  signal?: AbortSignal,
): PantauError {
  if (isPantauError(signal?.reason)) return signal.reason;
  return new PantauError({
    code: 'SOURCE_FETCH_FAILED',
    text: {
      id: `Pemuatan sumber "${source}" dihentikan karena elemennya dilepas dari halaman atau atribut src-nya berubah.`,
      en: `Loading source "${source}" was stopped because its element left the page or its src changed.`,
    },
    details: { source, url, reason: 'cancelled' },
  });
}

/**
 * The file changed on the server while it was read by ranges (its ETag or length differs between
 * two answers), and reading it again from the start did not help: parts of two versions are never
 * combined into one table.
 */
export function sourceChanged(
  source: string,
  url: string,
  seen: { before: string; after: string },
): PantauError {
  return new PantauError({
    code: 'SOURCE_CHANGED',
    text: {
      id: `Berkas sumber "${source}" (${url}) berubah di server selama dibaca, lebih dari sekali. Tunggu sampai pembaruan berkas selesai, lalu muat ulang halaman; pengelola situs sebaiknya mengganti berkas sekaligus (tulis ke nama sementara, lalu ganti nama).`,
      en: `The file of source "${source}" (${url}) changed on the server while it was being read, more than once. Wait until the file's update is finished, then reload the page; site maintainers should replace files in one step (write to a temporary name, then rename).`,
    },
    details: { source, url, before: seen.before, after: seen.after },
  });
}
