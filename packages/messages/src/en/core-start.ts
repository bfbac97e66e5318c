import type { Translation } from '../catalogue.ts';
import type { coreStart as id } from '../id/core-start.ts';

export const coreStart: Translation<typeof id> = {
  connectorCannotLoadSources:
    'This connector cannot load sources; use tables that already exist on the server.',
  codeWritesQueriesCould:
    'The code that writes queries could not be loaded. Check that every .js file beside pantau.js was copied to the server, then reload the page.',
  queryFailed: (error) => `Query failed: ${error}`,
  dataEngineSCode:
    "The data engine's code could not be loaded. Check that every .js file beside pantau.js was copied to the server, then reload the page.",
  dataEngineBeenClosed: 'The data engine has been closed. Reload the page.',
  dataEngineDuckdbFailed:
    'The data engine (DuckDB) failed to start. Make sure the duckdb-*.wasm and *.worker.js files are served next to pantau.js, or set their location with setAssetBase() / the asset-base attribute.',
  sourceNameStartsPantau: (name) =>
    `Source name "${name}" starts with "__pantau", the prefix of Pantau's own tables. Choose another name.`,
  notReported2: 'not reported',
  notComputableDivisionZero: 'not computable (division by zero)',
  codeTalksPantauServer:
    'The code that talks to the Pantau server could not be loaded. Check that every .js file beside pantau.js was copied, then reload the page.',
  codeReadsQueryAnswers:
    'The code that reads query answers could not be loaded. Check that every .js file beside pantau.js was copied to the server, then reload the page.',
  columnTableNameNot: 'A column or table name must not be empty or contain a NUL character.',
  columnAmbiguousTableMatches: (name, table, list) =>
    `Column "${name}" is ambiguous in table ${table}: it matches ${list.en}. Write the exact name with its capitalisation.`,
  andMore: (shown, rest) => `${shown}, and ${rest} more`,
  memoryLimitUnknown: (memoryLimit) =>
    `Memory limit "${memoryLimit}" is not understood. Write it like "2GB" or "512MB".`,
  assetBaseAlreadySet: (current, wanted) =>
    `DuckDB's file location is already set (${current}) and cannot change to ${wanted}. Set setAssetBase() / the asset-base attribute once, before the first widget loads data.`,
  assetsFromOtherOrigin: (pageOrigin, origin) =>
    `DuckDB's files must be served from the page's own origin (${pageOrigin}), not ${origin}. Copy the duckdb/ files to your server.`,
  formatUnknown: (spec, allowed, maxDecimals) =>
    `Unknown format "${spec}". Allowed: ${allowed} (N = 0 to ${maxDecimals} decimal places).`,
  preAggregatingTableFailed: (table, reason) =>
    `Pre-aggregating table "${table}" failed (${reason}); widgets keep reading the table itself, only slower.`,
  outsideRange: (what, value, lowest, highest) =>
    `${what.en} ${value} is outside the range ${lowest} to ${highest}.`,
  columnRowsExamples: (column, rows, examples) =>
    `column "${column}": ${rows} row${rows === 1 ? '' : 's'} (e.g. ${examples})`,
};
