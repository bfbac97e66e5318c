/**
 * @pantau/core: the data layer of Pantau. DuckDB connectors, sources, safe SQL, the coordinator,
 * and plain results. Browser-safe: the Node connector lives at `@pantau/core/node`.
 */

export { PantauError, isPantauError } from './errors/pantau-error.ts';
export type { ErrorCode, Lang, BilingualText } from './errors/pantau-error.ts';

export type { Connector } from './engine/connector.ts';
export {
  DuckDBConnector,
  DEFAULT_MAX_SOURCE_BYTES,
  type EngineOptions,
  type SourceCatalog,
} from './engine/duckdb-connector.ts';
export type { DuckDBDriver } from './engine/duckdb-driver.ts';
export { pageConnector, createBrowserConnector } from './engine/page-engine.ts';
export { afterEngineRequests } from './engine/browser/browser-driver.ts';
export { setAssetBase, getAssetBase, DUCKDB_FILES } from './engine/browser/asset-base.ts';
export { setEngineLimits, parseByteSize, type EngineLimits } from './engine/engine-limits.ts';
export { SOURCE_DIR } from './engine/lockdown.ts';
export { watchEngineDownload, type EngineDownload } from './engine/engine-download.ts';

export type {
  SourceSpec,
  SourceInfo,
  SourceInput,
  SourceRows,
  SourceFormat,
  CsvOptions,
  SourceProgress,
} from './sources/source-spec.ts';
export { formatFromName } from './sources/detect-format.ts';
export { checkLookupKey } from './sources/lookup-key.ts';

export { plainResult, type QueryResult, type Row } from './results/query-result.ts';
export { runQuery, loadDecoder } from './results/run-query.ts';
export { decodeResult } from './results/decode-result.ts';
export type { PlainValue } from './results/plain-values.ts';
export { plotNumber } from './results/plot-number.ts';

export { Coordinator, type QueryOptions } from './coordinator/coordinator.ts';
export {
  PreAggregator,
  type PreAggregateOptions,
  type PublisherColumn,
  type CubeInfo,
} from './coordinator/pre-aggregator.ts';
export type { QueryClient, QueryRequest } from './coordinator/query-client.ts';
export { pageCoordinator } from './coordinator/page-coordinator.ts';
export { Selection, type SelectionEntry, type SelectionChange } from './coordinator/selection.ts';
export { selectionToParam, selectionFromParam } from './coordinator/selection-url.ts';

export * from './sql/index.ts';
export * from './plan/index.ts';
export * from './remote/index.ts';

export * from './format/index.ts';

export * from './metrics/index.ts';
// Explicit, not an import side effect: see metrics/register.ts.
import { registerPublicServiceMetrics } from './metrics/index.ts';
registerPublicServiceMetrics();
