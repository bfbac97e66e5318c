import { CORE_START_WORDS, sayBoth, type MessageKey } from '@pantau/messages';
import { PantauError } from '../errors/pantau-error.ts';

/** Code imported on first use, and what is known of it meanwhile. */
export interface CodeOnDemand<T> {
  /** Imports it on the first call; later calls share that import. */
  load(): Promise<T>;
  /** What it became once it loaded (a plan then renders without waiting), else null. */
  readonly current: T | null;
  /** The import started and not failed, or null: `close()` must not import only to close. */
  readonly started: Promise<T> | null;
}

/**
 * Code Pantau imports when it is first needed rather than with the page (the engine's code, the
 * result decoder, the plan renderer, the server connector). A failed fetch (the bundle's files
 * incomplete on the server, the network gone) becomes ENGINE_FAILED saying which part could not
 * load (`what`), and is forgotten, so the next call tries again instead of failing for ever.
 */
export function codeOnDemand<T>(
  fetch: () => Promise<T>,
  what: MessageKey<typeof CORE_START_WORDS>,
): CodeOnDemand<T> {
  let started: Promise<T> | null = null;
  let current: T | null = null;
  const load = () =>
    (started ??= fetch().then(
      (loaded) => (current = loaded),
      (error: unknown) => {
        started = null;
        throw new PantauError({
          code: 'ENGINE_FAILED',
          text: sayBoth(CORE_START_WORDS, what),
          details: { engineMessage: error instanceof Error ? error.message : String(error) },
          cause: error,
        });
      },
    ));
  return {
    load,
    get current() {
      return current;
    },
    get started() {
      return started;
    },
  };
}
