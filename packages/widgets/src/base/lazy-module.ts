import { UI, sayBoth } from '@pantau/messages';
import { afterEngineRequests, PantauError } from '@pantau/core';

/**
 * An element's module, loaded by `import()` and shared by every element of that tag: a chart's
 * query builders (with core's SQL and metrics), its @pantau/charts renderer, D3 and its input
 * mapping; a filter's query builder. The element starts the load when it connects, so it usually
 * lands while DuckDB starts; its query waits for it (query-controller.ts `pending`). A page thus
 * downloads the code of the widgets it shows, after its elements are defined, not before.
 *
 * `load()` gives the same promise each time; after a failed load (a missing file on the server, the
 * network gone) the next call tries again. A module's `setup()` export, if any, runs once when it
 * lands, before anything uses it: set-up is an explicit call there, not a top-level statement,
 * which a bundler may drop from a package marked `"sideEffects": false`.
 */
export interface LazyModule<R> {
  /** The module once loaded (then a chart draws synchronously, as on a resize), else undefined. */
  readonly current: R | undefined;
  load(): Promise<R>;
}

export function lazyModule<R>(load: () => Promise<R>): LazyModule<R> {
  let loading: Promise<R> | null = null;
  const lazy: { current: R | undefined; load(): Promise<R> } = {
    current: undefined,
    load() {
      loading ??= load().then(
        (module) => {
          (module as { setup?: () => void }).setup?.();
          return (lazy.current = module);
        },
        (error: unknown) => {
          loading = null;
          throw rendererLoadFailed(error);
        },
      );
      return loading;
    },
  };
  return lazy;
}

/** A chunk that could not be fetched: the bundle's files are incomplete on the server. */
function rendererLoadFailed(error: unknown): PantauError {
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(UI, 'widgetCodeNotLoaded', message),
    cause: error,
  });
}

/**
 * Starts loading an element's module beside DuckDB's start, after the engine's first requests
 * (issue 13 item 4: the engine's code is asked for first), or at once when a first-view snapshot
 * draws with it. A failure is reported by the query controller, which asks for the module again.
 */
export function loadBesideEngine(module: LazyModule<unknown> | null, snapshot: boolean): void {
  const load = () => void module?.load().catch(() => undefined);
  if (snapshot) load();
  else void afterEngineRequests().then(load);
}
