/**
 * `pantau-server` flags into ServerOptions. Every flag is checked here, so a typo stops the
 * server at start with a message that says which flag and what it takes, in both languages.
 */

import { SERVER_ERRORS, sayBoth } from '@pantau/messages';
import { parseArgs } from 'node:util';
import { serverError } from './errors.ts';
import type { ServerOptions } from './server.ts';

export const USAGE = `pantau-server --data <folder> [--views <file.sql>] [--port 8787] [--host 127.0.0.1] [--base /]
  [--max-rows 100000] [--timeout 10] [--concurrency 4] [--queue 32] [--max-requests 64]
  [--body-limit 1048576] [--body-timeout 10] [--allow-origin <origin>]
  [--scope-header X-Pantau-Unit --scope-column unit_code] [--memory-limit 4GB] [--threads N]
  [--no-cubes | --cube-build-timeout 600 --cube-retry 60 --cube-tries 3] [--quiet]
pantau-server --engine clickhouse --clickhouse-url http://127.0.0.1:8123/ --clickhouse-database <db>
  [the same flags but --data and --views]`;

/** A flag in seconds (up to `max`, default an hour) as ms, or undefined when not given. */
type Seconds = (name: string, text: string | undefined, max?: number) => number | undefined;

/** The flags as options; `--views` is a file the CLI reads before starting (readViewsFile). */
export type ServerArgs = ServerOptions & { viewsFile?: string | undefined };

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  try {
    return fromValues(parseFlags(argv));
  } catch (error) {
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      throw badFlag(
        error.message.replace(/^Unknown option '--?/, '').slice(0, 60),
        'a known flag and a value',
      );
    }
    throw error;
  }
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    options: {
      data: { type: 'string' },
      views: { type: 'string' },
      engine: { type: 'string' },
      'clickhouse-url': { type: 'string' },
      'clickhouse-database': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      base: { type: 'string' },
      'max-rows': { type: 'string' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      queue: { type: 'string' },
      'max-requests': { type: 'string' },
      'body-limit': { type: 'string' },
      'body-timeout': { type: 'string' },
      'allow-origin': { type: 'string' },
      'scope-header': { type: 'string' },
      'scope-column': { type: 'string' },
      'memory-limit': { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean' },
      'no-cubes': { type: 'boolean' },
      'cube-build-timeout': { type: 'string' },
      'cube-retry': { type: 'string' },
      'cube-tries': { type: 'string' },
    },
  }).values;
}

function fromValues(values: ReturnType<typeof parseFlags>): ServerArgs {
  const engine = values.engine ?? 'duckdb';
  if (engine !== 'duckdb' && engine !== 'clickhouse')
    throw badFlag('engine', 'duckdb or clickhouse');
  const url = values['clickhouse-url'];
  const database = values['clickhouse-database'];
  if (engine === 'clickhouse') {
    if (url === undefined) throw badFlag('clickhouse-url', 'the HTTP address of ClickHouse');
    if (database === undefined) throw badFlag('clickhouse-database', 'a database name');
    if (values.data !== undefined || values.views !== undefined) {
      throw badFlag(
        'engine',
        'no --data or --views with clickhouse (its database holds the tables and views)',
      );
    }
  } else if (values.data === undefined) {
    throw badFlag('data', 'a folder');
  } else if (url !== undefined || database !== undefined) {
    throw badFlag('clickhouse-url', '--engine clickhouse');
  }
  const header = values['scope-header'];
  const column = values['scope-column'];
  if ((header === undefined) !== (column === undefined)) {
    throw badFlag('scope-header', 'to be given together with --scope-column');
  }
  if (header !== undefined && !/^[A-Za-z0-9-]{1,64}$/.test(header)) {
    throw badFlag('scope-header', 'a header name (letters, digits and -)');
  }
  const seconds: Seconds = (name, text, max = 3600) =>
    text === undefined ? undefined : Math.round(number(name, text, 0.001, max) * 1000);
  return {
    engine,
    ...(url !== undefined && database !== undefined ? { clickhouse: { url, database } } : {}),
    viewsFile: values.views,
    data: values.data,
    port: integer('port', values.port, 0, 65535),
    host: values.host,
    base: values.base,
    maxRows: integer('max-rows', values['max-rows'], 1, 10_000_000),
    timeoutMs: seconds('timeout', values.timeout),
    concurrency: integer('concurrency', values.concurrency, 1, 256),
    queue: integer('queue', values.queue, 0, 10_000),
    maxRequests: integer('max-requests', values['max-requests'], 1, 1000),
    bodyLimit: integer('body-limit', values['body-limit'], 1024, 64 * 1024 * 1024),
    bodyTimeoutMs: seconds('body-timeout', values['body-timeout']),
    allowOrigin: values['allow-origin'] ?? null,
    scope: header !== undefined && column !== undefined ? { header, column } : null,
    memoryLimit: values['memory-limit'],
    threads: integer('threads', values.threads, 1, 1024),
    logger: values.quiet !== true,
    ...cubeFlags(values, seconds),
  };
}

/** `--no-cubes`, or the build limits of cube-options.ts (only the ones given; the rest default). */
function cubeFlags(
  values: ReturnType<typeof parseFlags>,
  seconds: Seconds,
): Pick<ServerOptions, 'cubes'> {
  // A build runs off the request path: at a billion rows it may take more than an hour.
  const day = 86_400;
  const given = {
    buildTimeoutMs: seconds('cube-build-timeout', values['cube-build-timeout'], day),
    buildRetryMs: seconds('cube-retry', values['cube-retry'], day),
    maxBuildTries: integer('cube-tries', values['cube-tries'], 1, 100),
  };
  const limits = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  if (values['no-cubes'] === true) {
    if (Object.keys(limits).length > 0) throw badFlag('no-cubes', 'no --cube-* flag beside it');
    return { cubes: false };
  }
  return Object.keys(limits).length > 0 ? { cubes: limits } : {};
}

function number(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw badFlag(name, `a number from ${min} to ${max}`);
  }
  return value;
}

function integer(name: string, text: string | undefined, min: number, max: number) {
  if (text === undefined) return undefined;
  const value = number(name, text, min, max);
  if (!Number.isInteger(value)) throw badFlag(name, `a whole number from ${min} to ${max}`);
  return value;
}

function badFlag(name: string, wanted: string) {
  return serverError('BAD_REQUEST', sayBoth(SERVER_ERRORS, 'flagNeedsValue', name, wanted, USAGE));
}
