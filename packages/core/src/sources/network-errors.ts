import { SOURCE_ERRORS, sayBoth } from '@pantau/messages';
import { isPantauError, PantauError, type BilingualText } from '../errors/pantau-error.ts';

/** Why a source's file could not be read over the network (issue 17 items 2 and 3). */
export type FetchFailure =
  { kind: 'network' } | { kind: 'timeout' } | { kind: 'status'; status: number };

const CHECK_SRC: BilingualText = sayBoth(SOURCE_ERRORS, 'checkSrcAttributeFile');
const TRY_LATER: BilingualText = sayBoth(SOURCE_ERRORS, 'reloadPageLittleWhile');

function reasonOf(
  failure: FetchFailure,
  timeoutMs: number,
): { reason: BilingualText; advice: BilingualText } {
  const seconds = `${Math.round(timeoutMs / 100) / 10}`;
  switch (failure.kind) {
    case 'network':
      return {
        reason: sayBoth(SOURCE_ERRORS, 'connectionServerFailedDropped'),
        advice: sayBoth(SOURCE_ERRORS, 'checkNetworkConnectionThen'),
      };
    case 'timeout':
      return {
        reason: sayBoth(SOURCE_ERRORS, 'serverDidNotAnswer', seconds),
        advice: sayBoth(SOURCE_ERRORS, 'reloadPageLaterLarge'),
      };
    case 'status':
      return {
        reason: sayBoth(SOURCE_ERRORS, 'serverAnsweredHttp', failure.status),
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
    text: sayBoth(SOURCE_ERRORS, 'sourceCouldNotFetched', source, url, reason, advice),
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
    text: sayBoth(SOURCE_ERRORS, 'loadingSourceStoppedBecause', source),
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
    text: sayBoth(SOURCE_ERRORS, 'fileSourceChangedServer', source, url),
    details: { source, url, before: seen.before, after: seen.after },
  });
}
