import { UI, sayBoth } from '@pantau/messages';
import { PantauError, isPantauError, type ErrorCode } from '@pantau/core';

/**
 * Failures that may pass if tried again (the engine stopped, the network or a server failed):
 * these show a Retry button. A bad attribute or a missing column would fail the same way again.
 */
export function canRetry(error: PantauError | null): boolean {
  return /^(ENGINE_FAILED|SOURCE_FETCH_FAILED|QUERY_TIMEOUT|SERVER_[A-Z_]+)$/.test(
    error?.code ?? '',
  );
}

/**
 * Any thrown value as a PantauError the element can show in both languages: its own, or `code`
 * with the words `key` around the thrown message.
 */
export function asPantauError(
  error: unknown,
  code: ErrorCode = 'BAD_DATA',
  key: 'dataCannotBeDrawn' | 'somethingWentWrong' = 'dataCannotBeDrawn',
): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({ code, text: sayBoth(UI, key, message), cause: error });
}

/** A drawing's failure (a renderer that threw) as BAD_DATA. */
export const toError = (error: unknown): PantauError => asPantauError(error);
