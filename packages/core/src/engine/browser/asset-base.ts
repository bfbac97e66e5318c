import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import { PantauError } from '../../errors/pantau-error.ts';

/**
 * Where the DuckDB wasm and worker files are served from. By default, a `duckdb/` folder next to
 * the running module, on the page's own origin: never a third-party CDN, so a government page
 * works offline, self-hosted and under a strict Content-Security-Policy.
 */

export const DUCKDB_FILES = {
  ehWasm: 'duckdb-eh.wasm',
  ehWorker: 'duckdb-browser-eh.worker.js',
  mvpWasm: 'duckdb-mvp.wasm',
  mvpWorker: 'duckdb-browser-mvp.worker.js',
} as const;

// Held in a variable so bundlers leave it alone: a literal `new URL('./duckdb/', import.meta.url)`
// would be rewritten (or inlined) at build time, and the files are copied there instead.
const DEFAULT_FOLDER = './duckdb/';

let configuredBase: string | null = null;
/** The base an engine started from (then fixed), or whose start failed (then it may change). */
let started: { base: string; ok: boolean } | null = null;

/**
 * Serve DuckDB's files from `url` (a folder). Set once, before the engine starts (issue 18: any
 * later call, such as an `asset-base` on a second dashboard, could point the engine at an
 * uploads folder); only after an engine failed to start from it may it be set again. Same origin
 * only. Setting the value already in force does nothing.
 */
export function setAssetBase(url: string | URL): void {
  const base = toFolderUrl(url);
  const current = getAssetBase();
  if (base === current) {
    if (started === null) configuredBase = base;
    return;
  }
  const retry = started !== null && !started.ok && started.base === current;
  if ((configuredBase !== null || started !== null) && !retry) throw assetBaseFixed(base);
  configuredBase = base;
}

/** Called by the page engine: the base it started (or failed to start) from. */
export function assetBaseUsed(base: string, ok: boolean): void {
  started = { base, ok };
}

function assetBaseFixed(wanted: string): PantauError {
  const current = getAssetBase();
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(CORE_START_WORDS, 'assetBaseAlreadySet', current, wanted),
    details: { assetBase: current, refused: wanted },
  });
}

/** The folder the DuckDB files load from, as an absolute URL ending in `/`. */
export function getAssetBase(): string {
  return configuredBase ?? toFolderUrl(new URL(DEFAULT_FOLDER, import.meta.url));
}

function toFolderUrl(url: string | URL): string {
  const base = typeof document === 'undefined' ? import.meta.url : document.baseURI;
  const resolved = new URL(String(url), base);
  const pageOrigin = typeof location === 'undefined' ? resolved.origin : location.origin;
  if (resolved.origin !== pageOrigin) {
    throw new PantauError({
      code: 'ENGINE_FAILED',
      text: sayBoth(CORE_START_WORDS, 'assetsFromOtherOrigin', pageOrigin, resolved.origin),
      details: { assetBase: resolved.href },
    });
  }
  if (!resolved.pathname.endsWith('/')) resolved.pathname += '/';
  return resolved.href;
}

/**
 * duckdb-wasm's `mvp` and `eh` bundles (its DuckDBBundles, written out): declared here so that
 * Pantau's public types do not load duckdb-wasm's, which need @types/emscripten.
 */
export interface DuckDBBundleFiles {
  mvp: { mainModule: string; mainWorker: string };
  eh: { mainModule: string; mainWorker: string };
}

/** duckdb-wasm's bundle description for a folder holding its files. */
export function bundlesAt(folder: string): DuckDBBundleFiles {
  return {
    mvp: { mainModule: folder + DUCKDB_FILES.mvpWasm, mainWorker: folder + DUCKDB_FILES.mvpWorker },
    eh: { mainModule: folder + DUCKDB_FILES.ehWasm, mainWorker: folder + DUCKDB_FILES.ehWorker },
  };
}
