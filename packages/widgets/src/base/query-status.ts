/**
 * The states an element's query goes through, the promise `ready` waits on, and the two errors
 * the query controller reports itself (a failure with no PantauError of its own, no source).
 */

import { UI, sayBoth } from '@pantau/messages';
import { PantauError, isPantauError } from '@pantau/core';

export type WidgetStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export function asError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: sayBoth(UI, 'somethingWentWrong', message),
    cause: error,
  });
}

export function noSource(): PantauError {
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: sayBoth(UI, 'widgetNoDataSource'),
  });
}

export function settledSignal(): { promise: Promise<void>; resolve: () => void; done: boolean } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const settled = {
    promise,
    done: false,
    resolve: () => {
      settled.done = true;
      resolve();
    },
  };
  return settled;
}
