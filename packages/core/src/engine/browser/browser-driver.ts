import type { DuckDBBundleFiles } from './asset-base.ts';
import type { DuckDBDriver } from '../duckdb-driver.ts';
import type { WorkerClientOptions } from './worker-client.ts';

/**
 * Opens duckdb-wasm in a Web Worker (worker-driver.ts). Imported on first need: the worker
 * client stays out of the code a page loads before its first query.
 */
export async function openBrowserDriver(
  bundles: DuckDBBundleFiles,
  options: WorkerClientOptions = {},
): Promise<DuckDBDriver> {
  const { openWorkerDriver } = await import('./worker-driver.ts');
  return openWorkerDriver(bundles, options);
}
