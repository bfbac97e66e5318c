import type { DuckDBBundleFiles } from './asset-base.ts';
import type { DuckDBDriver } from '../duckdb-driver.ts';
import type { WorkerClientOptions } from './worker-client.ts';

/** Settles once the latest engine start has made its Worker (or failed to load the code). */
let workerMade: Promise<unknown> = Promise.resolve();

/**
 * Opens duckdb-wasm in a Web Worker (worker-driver.ts). Imported on first need: the worker
 * client stays out of the code a page loads before its first query.
 */
export function openBrowserDriver(
  bundles: DuckDBBundleFiles,
  options: WorkerClientOptions = {},
): Promise<DuckDBDriver> {
  const code = import('./worker-driver.ts');
  // Registered first, so it runs first: the Worker exists when workerMade settles.
  const driver = code.then(({ openWorkerDriver }) => openWorkerDriver(bundles, options));
  workerMade = code.catch(() => undefined);
  return driver;
}

/**
 * Resolves after the current task, and, when a source started the page's engine meanwhile,
 * once DuckDB's worker has been made (its script requested). Code a page needs only once a table
 * is in (a chart's module) waits for it: requested before, it would hold the browser's few
 * connections to the server while the engine's chunk and worker script wait behind it (measured:
 * about 0.35 s of a 10k-row cold start, issue 13 item 4).
 */
export function afterEngineRequests(): Promise<unknown> {
  return new Promise((resolve) => setTimeout(resolve)).then(() => workerMade);
}
