/**
 * What a connector runs its calls with: the statement gate, DuckDB's errors made bilingual, and
 * source loading. Imported on the first call (duckdb-connector.ts), beside the engine's start,
 * not with the page: they are of no use before DuckDB is (issue 6's budget for the page's first
 * download).
 */
export { checkStatements } from './statement-gate.ts';
export { checkDefinitions } from './definitions.ts';
export { fromDuckDBError } from './duckdb-errors.ts';
export { loadSource } from '../sources/load-source.ts';
export { restartEngine } from './restart.ts';
export { isEngineLost } from './engine-lost.ts';
