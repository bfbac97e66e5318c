import type { Translation } from '../catalogue.ts';
import type { engineErrors as id } from '../id/engine-errors.ts';

export const engineErrors: Translation<typeof id> = {
  refusedPantauDoesNot:
    'Refused: Pantau does not let SQL reach the network, other files or engine settings. Register the data as a source (<pantau-source>) and query its table.',
  tableDoesNotExist: (table) =>
    `Table ${table} does not exist. Check the source attribute, or register it first with <pantau-source name="${table}">.`,
  columnDoesNotExist: (column) =>
    `Column "${column}" does not exist. Check the column name's spelling.`,
  notEnoughMemoryQuery:
    'Not enough memory for this query. Reduce the data (filter, fewer columns) or raise the memory limit.',
  dataEngineStoppedTwice:
    'The data engine stopped twice while running this query (out of memory, or the browser closed it). Reduce the data (filters, fewer columns), then press "Retry" or reload the page.',
  emptyQueryThereNo: 'Empty query: there is no SQL to run.',
  queryMayHoldOnly:
    'A query may hold only one SQL statement. Remove the semicolons (;) between statements.',
  builtFunction: 'built-in function',
  refusedWouldShadowName: (kind, name, what) =>
    `Refused: ${kind} "${name}" would shadow ${what ? `the ${what.en} of that name` : 'a name Pantau uses'}, silently changing figures on the dashboard. Choose another name.`,
  statementNotAllowedPantau: (keyword, mode) =>
    `${keyword || 'This'} statement is not allowed in Pantau. ${mode === 'read' ? 'Queries may only read data (SELECT); a column named like an SQL keyword is written in double quotes.' : 'Pantau does not write files, install extensions or change engine settings.'}`,
  addWasmUnsafeEval: "add 'wasm-unsafe-eval' to script-src",
  allowConnectSrcSelf: "allow connect-src 'self' (the worker fetches the .wasm file)",
  workerCspBlocks: (workerUrl, directive, need, example) =>
    `The data engine (DuckDB) cannot start: the server sends its worker file ${workerUrl} with the Content-Security-Policy "${directive}", which stops it. A worker runs under the policy of its own file's response, not the page's: on that file's response, ${need.en}, for example "${example}".`,
  trustedTypesPolicyRefused: (trustedTypesPolicy) =>
    `This page's Trusted Types policy does not allow '${trustedTypesPolicy}'. Add that name to the trusted-types directive of its Content-Security-Policy.`,
  engineRestartFailed: (reason) =>
    `The data engine stopped and could not be restarted${reason ? ` (${reason.en})` : ''}. Press "Retry", or reload the page.`,
  sizeUnknown: (shown) => `Size "${shown}" is not understood. Write it like "800MB" or "1.5GB".`,
  memoryLimitLocked: (shown) =>
    `Memory limit "${shown}" cannot be set: the data engine has started and its settings are locked. Put the memory-limit attribute on the page's first <pantau-dashboard>, or call setEngineLimits() before Pantau's elements load.`,
  queryFailedInEngine: (engineLine) => `Query failed: ${engineLine}`,
};
