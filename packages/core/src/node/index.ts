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
// For @pantau/server's ClickHouse engine: plans in ClickHouse's SQL (never in a browser bundle).
export { clickhousePlan, CLICKHOUSE_PLAN_SETTINGS, isIntegerType } from '../plan/clickhouse-sql.ts';
export {
  clickhouseExpressions,
  clickhouseIdentifier,
  clickhouseString,
} from '../sql/expr/clickhouse.ts';
export { duckdbPlan, type PlanDialect } from '../plan/plan-dialect.ts';
// For @pantau/server's cubes: the page's own cube SQL, so a server cube answers as a page cube does.
export {
  canTruncate,
  cubeBuildSql,
  cubeQuery,
  cubeShape,
  type Cube,
  type CubeColumn,
  type CubeShape,
} from '../coordinator/cube-sql.ts';
