/**
 * The states an element's query goes through, the promise `ready` waits on, and the two errors
 * the query controller reports itself (a failure with no PantauError of its own, no source).
 */

import { PantauError, isPantauError } from '@pantau/core';

export type WidgetStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export function asError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: { id: `Terjadi kesalahan: ${message}`, en: `Something went wrong: ${message}` },
    cause: error,
  });
}

export function noSource(): PantauError {
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: {
      id: 'Widget ini belum punya sumber data: beri atribut source="nama-tabel".',
      en: 'This widget has no data source yet: set source="table-name".',
    },
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
