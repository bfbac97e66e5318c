/**
 * The states an element's query goes through, the promise `ready` waits on, and the two errors
 * the query controller reports itself (a failure with no PantauError of its own, no source).
 */

import { UI, sayBoth } from '@pantau/messages';
import { PantauError } from '@pantau/core';
import { asPantauError } from './errors.ts';

export type WidgetStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** A query's failure without a PantauError of its own as QUERY_FAILED. */
export const asError = (error: unknown): PantauError =>
  asPantauError(error, 'QUERY_FAILED', 'somethingWentWrong');

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
