/**
 * The engine's own download (DuckDB's wasm, about 7.7 MB gzip, once per page), as progress a
 * page can show beside its sources' (issue 15 item 14). duckdb-wasm's worker reports it while it
 * fetches the file; the state is page-wide (one engine per page) and kept on a global symbol so
 * two copies of the bundle, or two chunks, see the same download.
 */

export interface EngineDownload {
  bytesLoaded: number;
  /** null when the server does not say the file's size. */
  bytesTotal: number | null;
  /** The file is in (the engine may still be compiling it). */
  done: boolean;
}

type Listener = (download: EngineDownload) => void;
interface Holder {
  latest: EngineDownload | null;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('pantau.engineDownload.v1');

function holder(): Holder {
  const g = globalThis as { [KEY]?: Holder };
  g[KEY] ??= { latest: null, listeners: new Set() };
  return g[KEY];
}

/** Called by the worker client with each of duckdb-wasm's INSTANTIATE_PROGRESS reports. */
export function reportEngineDownload(download: EngineDownload): void {
  const h = holder();
  h.latest = download;
  for (const listener of h.listeners) listener(download);
}

/**
 * Calls `listener` with the engine download's progress, at once with the latest report if there
 * is one; returns the function that stops it.
 */
export function watchEngineDownload(listener: Listener): () => void {
  const h = holder();
  h.listeners.add(listener);
  if (h.latest !== null) listener(h.latest);
  return () => h.listeners.delete(listener);
}
