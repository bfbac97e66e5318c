import type { DuckDBBundleFiles } from './asset-base.ts';
import type { DuckDBDriver } from '../duckdb-driver.ts';
import type { WorkerClientOptions } from './worker-client.ts';
import { startWorkerEarly } from './worker-start.ts';

/**
 * Settles once the latest engine start's code (worker-driver.ts) is in, or failed to load; its
 * Worker was made before (worker-start.ts).
 */
let workerMade: Promise<unknown> = Promise.resolve();

/**
 * Opens duckdb-wasm in a Web Worker (worker-driver.ts). Imported on first need: the worker
 * client stays out of the code a page loads before its first query. The Worker itself is made
 * now, so its script and wasm load while that code does (worker-start.ts).
 */
export function openBrowserDriver(
  bundles: DuckDBBundleFiles,
  options: WorkerClientOptions = {},
): Promise<DuckDBDriver> {
  const started = startWorkerEarly(bundles);
  const code = import('./worker-driver.ts');
  // Registered first, so it runs first: the client speaks to the Worker when workerMade settles.
  const driver = code.then(
    ({ openWorkerDriver }) => openWorkerDriver(bundles, options, started),
    (error: unknown) => {
      started?.worker.terminate();
      throw error;
    },
  );
  workerMade = code.catch(() => undefined);
  return driver;
}

/**
 * Resolves after the current task, and, when a source started the page's engine meanwhile,
 * once the engine's code is in (DuckDB's worker was made, and its script requested, before).
 * Code a page needs only once a table is in (a chart's module) waits for it: requested before,
 * it would hold the browser's few connections to the server while the engine's chunk waits
 * behind it (measured: about 0.35 s of a 10k-row cold start, issue 13 item 4).
 */
export function afterEngineRequests(): Promise<unknown> {
  return new Promise((resolve) => setTimeout(resolve)).then(() => workerMade);
}
