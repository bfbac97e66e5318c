import { DuckDBConnector, type EngineOptions } from './duckdb-connector.ts';
import { openBrowserDriver } from './browser/browser-driver.ts';
import { assetBaseUsed, bundlesAt, getAssetBase } from './browser/asset-base.ts';

/**
 * One DuckDB per page, shared by every dashboard and element on it. Kept on `globalThis` under a
 * registered symbol so that two copies of Pantau's bundle on one page still share one engine.
 */
const PAGE_ENGINE = Symbol.for('pantau.pageEngine.v1');

type EngineHolder = { [PAGE_ENGINE]?: DuckDBConnector };

/** The page's shared connector. Nothing loads until its first query. */
export function pageConnector(options?: EngineOptions): DuckDBConnector {
  const holder = globalThis as EngineHolder;
  holder[PAGE_ENGINE] ??= createBrowserConnector(options);
  return holder[PAGE_ENGINE];
}

/** A connector with a database of its own (tests, benchmarks, isolated embeds). */
export function createBrowserConnector(options: EngineOptions = {}): DuckDBConnector {
  // The asset base is read when the engine starts, so setAssetBase() may come after this call.
  return new DuckDBConnector(async () => {
    const base = getAssetBase();
    try {
      const driver = await openBrowserDriver(bundlesAt(base), { stallMs: options.stallTimeoutMs });
      assetBaseUsed(base, true);
      return driver;
    } catch (error) {
      assetBaseUsed(base, false);
      throw error;
    }
  }, options);
}
