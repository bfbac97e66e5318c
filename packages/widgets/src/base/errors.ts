import { UI, sayBoth } from '@pantau/messages';
import { PantauError, isPantauError } from '@pantau/core';

/**
 * Failures that may pass if tried again (the engine stopped, the network or a server failed):
 * these show a Retry button. A bad attribute or a missing column would fail the same way again.
 */
export function canRetry(error: PantauError | null): boolean {
  return /^(ENGINE_FAILED|SOURCE_FETCH_FAILED|QUERY_TIMEOUT|SERVER_[A-Z_]+)$/.test(
    error?.code ?? '',
  );
}

/** Any thrown value as a PantauError the element can show in both languages. */
export function toError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'BAD_DATA',
    text: sayBoth(UI, 'dataCannotBeDrawn', message),
    cause: error,
  });
}
