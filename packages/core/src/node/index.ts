/**
 * @pantau/core/node: a real DuckDB for Node (tests, build steps, benchmarks). Browser bundles never
 * import this entry.
 */
import { DuckDBConnector, type EngineOptions } from '../engine/duckdb-connector.ts';
import { openNodeDriver } from './node-driver.ts';

export function createNodeConnector(options: EngineOptions = {}): DuckDBConnector {
  return new DuckDBConnector(openNodeDriver, options);
}
export { openNodeDriver };
// For @pantau/server: its CSV views type numbers as the page does.
export { exactCsvSelect, type RowsOf } from '../sources/csv-in-place.ts';
