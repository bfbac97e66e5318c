import type { Translation } from '../catalogue.ts';
import type { serverErrors as id } from '../id/server-errors.ts';

export const serverErrors: Translation<typeof id> = {
  viewsFileCannotRead: (file) =>
    `The views file "${file}" cannot be read. Give --views <file.sql> that exists.`,
  statementNotCreateView: (i, file, shown) =>
    `Statement ${i} of ${file} ("${shown}") is not CREATE VIEW name AS SELECT ...; a --views file holds only views.`,
  clickhouseEngineNeedsClickhouse:
    'The ClickHouse engine needs --clickhouse-url <HTTP address> and --clickhouse-database <name>.',
  viewsViewsDuckdbEngine:
    'Views from --views are for the DuckDB engine. For ClickHouse, create the views in its database (CREATE VIEW): the server serves them like tables.',
  clickhouseDataEngineLimit:
    'The ClickHouse data engine is at its limit (concurrent queries, memory or quota). Try again in a moment.',
  pantauServerNotAllowed:
    'The Pantau server is not allowed to read its ClickHouse database. The server administrator needs to check the user, password and database name (--clickhouse-url, --clickhouse-database).',
  serverSDataEngine:
    "The server's data engine could not answer this query plan. Check its columns and measures; the details are in the server's log.",
  pantauServerCannotReach:
    'The Pantau server cannot reach ClickHouse. Try again in a moment; if it keeps happening, the server administrator needs to check --clickhouse-url and that ClickHouse is running.',
  memoryLimitNotUnderstood: (memoryLimit) =>
    `Memory limit "${memoryLimit}" is not understood. Write it like "4GB".`,
  pantauServerBusyAnswering:
    'The Pantau server is busy answering other requests. Try again in a moment.',
  pantauServerShuttingDown: 'The Pantau server is shutting down. Try again in a moment.',
  queryStoppedBecauseTook: (ms) =>
    `The query was stopped because it took longer than ${ms} s. Narrow the filter (e.g. a shorter time range) or ask the administrator to raise --timeout.`,
  pantauServerOnlyRuns: 'The Pantau server only runs SELECT statements rendered from query plans.',
  requestBodyEmpty: 'the request body is empty.',
  requestBodyNotValid: 'the request body is not valid JSON.',
  jsonNestedMoreThan: (maxDepth) => `the JSON is nested more than ${maxDepth} levels deep.`,
  requestLargerThanBytes: (limit) =>
    `The request is larger than ${limit} bytes, this server's limit. Send fewer query plans per request.`,
  requestBodyNotSent: (ms) =>
    `The request body was not sent completely within ${ms} s; the connection is closed. Check the network and try again.`,
  thereNoUseGet: (method, request, base) =>
    `There is no ${method} ${request}. Use GET ${base}tables or POST ${base}query.`,
  sendJsonBodyContent: 'send a JSON body with content-type: application/json.',
  httpRequestCannotRead: 'the HTTP request cannot be read.',
  tableDoesNotExist2: (shown, names) =>
    `Table "${shown}" does not exist on this server. Available tables: ${names}.`,
  headerSValueDoes: (header, column) =>
    `The ${header} header's value does not fit column ${column}; access denied.`,
  answerMoreThanRows: (max) =>
    `The answer has more than ${max} rows, this server's limit. Group the data, narrow the filter, or give a limit (e.g. a table page).`,
  requestNotValid: (problem) => `The request is not valid: ${problem.en}`,
  pantauServerFailedAnswer:
    "The Pantau server failed to answer because of an internal error. Try again; if it keeps happening, contact the server's administrator (the details are in the server's log).",
  clickhouseAddressNotValid: (text) =>
    `The ClickHouse address "${text}" is not valid. Give --clickhouse-url http://host:8123/.`,
  requestWithoutHeaderRefused: (header) =>
    `A request without the ${header} header is refused: this server only answers for the unit set by the proxy or single sign-on. Sign in through the official portal.`,
  dataFolderMissing: (data) =>
    `Data folder "${data}" does not exist. Give --data <folder> holding .parquet or .csv files.`,
  flagNeedsValue: (name, wanted, usage) => `Flag --${name} needs ${wanted}.\n${usage}`,
};
