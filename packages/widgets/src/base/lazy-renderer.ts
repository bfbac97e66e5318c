import { PantauError } from '@pantau/core';

/**
 * A chart's renderer module (its @pantau/charts renderer, D3 and its input mapping), loaded by
 * `import()` on the chart's first draw and shared by every element of that tag: a page downloads
 * the drawing code of the charts it shows, after its elements are defined, not before.
 *
 * `load()` gives the same promise each time; after a failed load (a missing file on the server, the
 * network gone) the next call tries again.
 */
export interface LazyRenderer<R> {
  /** The module once loaded (then a chart draws synchronously, as on a resize), else undefined. */
  readonly current: R | undefined;
  load(): Promise<R>;
}

export function lazyRenderer<R>(load: () => Promise<R>): LazyRenderer<R> {
  let loading: Promise<R> | null = null;
  const lazy: { current: R | undefined; load(): Promise<R> } = {
    current: undefined,
    load() {
      loading ??= load().then(
        (module) => (lazy.current = module),
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

/** A renderer chunk that could not be fetched: the bundle's files are incomplete on the server. */
function rendererLoadFailed(error: unknown): PantauError {
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: {
      id: `Kode penggambar grafik tidak dapat dimuat (${message}). Pastikan semua berkas .js di samping pantau.js ikut disalin ke server, lalu muat ulang halaman.`,
      en: `The chart's drawing code could not be loaded (${message}). Check that every .js file beside pantau.js was copied to the server, then reload the page.`,
    },
    cause: error,
  });
}
