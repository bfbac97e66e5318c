import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import type { DuckDBDriver } from '../duckdb-driver.ts';

/**
 * Opens duckdb-wasm in a Web Worker (worker-driver.ts). Imported on first need: duckdb-wasm's
 * JavaScript and Arrow's IPC writer stay out of the code a page loads before its first query,
 * and a bundler puts them in a chunk of their own.
 */
export async function openBrowserDriver(bundles: DuckDBBundles): Promise<DuckDBDriver> {
  const { openWorkerDriver } = await import('./worker-driver.ts');
  return openWorkerDriver(bundles);
}
