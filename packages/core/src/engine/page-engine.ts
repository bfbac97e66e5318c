import { DuckDBConnector, type EngineOptions } from './duckdb-connector.ts';
import { openBrowserDriver } from './browser/browser-driver.ts';
import { bundlesAt, getAssetBase } from './browser/asset-base.ts';
import { prefetchEngine } from './browser/prefetch-engine.ts';

/**
 * One DuckDB per page, shared by every dashboard and element on it. Kept on `globalThis` under a
 * registered symbol so that two copies of Pantau's bundle on one page still share one engine.
 */
const PAGE_ENGINE = Symbol.for('pantau.pageEngine.v1');

type EngineHolder = { [PAGE_ENGINE]?: DuckDBConnector };

export interface BrowserEngineOptions extends EngineOptions {
  /**
   * Start downloading DuckDB's worker and wasm into the HTTP cache as the engine starts, in
   * parallel with loading duckdb-wasm's JavaScript (default true; false only to measure it).
   */
  prefetch?: boolean;
}

/**
 * The page's shared connector. Nothing loads until its first use: the first `<pantau-source>`
 * starts it as it connects (when the page's scripts run), not at the first widget query.
 */
export function pageConnector(options?: BrowserEngineOptions): DuckDBConnector {
  const holder = globalThis as EngineHolder;
  holder[PAGE_ENGINE] ??= createBrowserConnector(options);
  return holder[PAGE_ENGINE];
}

/** A connector with a database of its own (tests, benchmarks, isolated embeds). */
export function createBrowserConnector(options: BrowserEngineOptions = {}): DuckDBConnector {
  const { prefetch = true, ...engine } = options;
  return new DuckDBConnector(() => {
    // The asset base is read when the engine starts, so setAssetBase() may come after this call.
    const bundles = bundlesAt(getAssetBase());
    if (prefetch) prefetchEngine(bundles);
    return openBrowserDriver(bundles);
  }, engine);
}
