import type { DuckDBBundleFiles } from './asset-base.ts';

/**
 * Starts downloading DuckDB's worker script and wasm as soon as a page asks for the engine, so
 * they arrive while duckdb-wasm's own JavaScript is still being imported and its worker is still
 * starting. Measured on a 10k-row cold start (bench/README.md, "Where load time goes"): the
 * worker asked for the 34 MB wasm about 1.5 s after the engine was asked for, behind the dynamic
 * imports of duckdb-wasm's API and Arrow, the worker script's download and parse, and its
 * feature checks; the download itself then took another 1.3-2 s.
 *
 * The responses go to the HTTP cache, where the worker's own requests for the same URLs find
 * them (or join the download still running). A response the worker could not take from the
 * cache (`no-store`, or neither a validator nor a lifetime) is cancelled at its headers, so on
 * such a server the prefetch costs one aborted request, never a second download. Nothing here
 * is awaited or reported: the worker's own request fails loudly if the files are missing.
 */
export function prefetchEngine(bundles: DuckDBBundleFiles): void {
  if (typeof fetch !== 'function' || typeof WebAssembly !== 'object') return;
  const bundle = wasmExceptions() ? bundles.eh : bundles.mvp;
  for (const url of [bundle.mainWorker, bundle.mainModule]) void intoCache(url);
}

async function intoCache(url: string): Promise<void> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    const body = response.body;
    if (body === null) return;
    if (!response.ok || !keepable(response.headers)) {
      await body.cancel();
      return;
    }
    // Read to the end without keeping it: the cache entry is complete once the body is.
    await body.pipeTo(new WritableStream());
  } catch {
    // The worker's own request reports a missing or blocked file.
  }
}

/** Whether the worker's request for the same URL can be answered from the HTTP cache. */
function keepable(headers: Headers): boolean {
  const control = headers.get('cache-control') ?? '';
  if (/no-store/i.test(control)) return false;
  return (
    headers.has('etag') || headers.has('last-modified') || /max-age=[1-9]|immutable/i.test(control)
  );
}

/**
 * duckdb-wasm's own test for the `eh` bundle (a module using a wasm exception handler), so the
 * prefetch picks the file the worker will ask for.
 */
function wasmExceptions(): boolean {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11,
        11,
      ]),
    );
  } catch {
    return false;
  }
}
