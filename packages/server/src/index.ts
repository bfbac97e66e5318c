/** @pantau/server: answers Pantau dashboards' query plans from a folder of files, with DuckDB. */

export { startServer, DEFAULTS, type ServerOptions, type PantauServer } from './server.ts';
export { parseServerArgs } from './cli-args.ts';
export type { Scope } from './query/answer.ts';
export type { CatalogueTable, ServerView } from './catalogue.ts';
