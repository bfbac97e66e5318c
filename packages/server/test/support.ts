// Helpers for the server's tests: a real server on 127.0.0.1 (a free port), a client that speaks
// the wire as the page will (POST plans, decode the framed Arrow answer with core's decoder).
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PantauError,
  RESULTS_CONTENT_TYPE,
  decodeResults,
  type QueryPlan,
  type QueryResult,
} from '@pantau/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { startServer, type PantauServer, type ServerOptions } from '../src/index.ts';

export const DATASETS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../datasets/banjarmasin',
);

/** A temporary data folder holding copies of the named dataset files. */
export async function dataFolder(files: readonly string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pantau-server-'));
  for (const file of files) await copyFile(path.join(DATASETS, file), path.join(dir, file));
  return dir;
}

export const removeFolder = (dir: string) => rm(dir, { recursive: true, force: true });

/** What a synchronous call threw (a flag or a views file refused); fails when it threw nothing. */
export function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

export function serve(options: ServerOptions): Promise<PantauServer> {
  return startServer({ port: 0, host: '127.0.0.1', logger: false, ...options });
}

export interface Answer {
  status: number;
  type: string | null;
  answers: Map<string, QueryResult | PantauError> | null;
  /** The JSON body of a refused request. */
  json: { code: string; message: { id: string; en: string } } | null;
}

/** POSTs `requests` (or any raw body) to `<server>query` and reads the answer. */
export async function ask(
  server: PantauServer,
  requests: { id: string; plan: QueryPlan }[] | string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = typeof requests === 'string' ? requests : JSON.stringify({ requests });
  const post = () =>
    fetch(`${server.url}query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  return read(await sendOnce(post));
}

/** GETs `<server><path>` (sent again on a fresh socket as `ask` is). */
export function getFrom(server: PantauServer, path: string): Promise<Response> {
  return sendOnce(() => fetch(`${server.url}${path}`));
}

/**
 * Sends a request, and once more when the socket Node's fetch reused had just been closed by the
 * server (its 5 s keep-alive ended while the loaded test process had not yet noticed): on a new
 * socket, as a browser does. Seen under the full suite's load after a test idled between two
 * requests. Any other failure is the test's.
 */
async function sendOnce(send: () => Promise<Response>): Promise<Response> {
  return send().catch((error: unknown) => {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return send();
    throw error;
  });
}

export async function read(response: Response): Promise<Answer> {
  const type = response.headers.get('content-type');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (type === RESULTS_CONTENT_TYPE) {
    return { status: response.status, type, answers: decodeResults(bytes), json: null };
  }
  const text = new TextDecoder().decode(bytes);
  return { status: response.status, type, answers: null, json: JSON.parse(text) as Answer['json'] };
}

/** One request's answer, failing the test with the server's message if it is an error. */
export function resultOf(answer: Answer, id: string): QueryResult {
  const result = answer.answers?.get(id);
  if (result === undefined) throw new Error(`no answer for ${id}: ${JSON.stringify(answer.json)}`);
  if (result instanceof PantauError) throw new Error(`${id}: ${result.code} ${result.text.en}`);
  return result;
}

export function errorOf(answer: Answer, id: string): PantauError {
  const result = answer.answers?.get(id);
  if (!(result instanceof PantauError)) {
    throw new Error(`expected an error for ${id}, got ${JSON.stringify(answer.json ?? result)}`);
  }
  return result;
}

/**
 * A new version of the data folder's applications file: only its rejected applications, written
 * beside it and renamed over it, as a city's export job replaces a file (a build still reading
 * the old file reads it whole, as it would in production).
 */
export async function replaceWithRejected(folder: string): Promise<void> {
  const file = path.join(folder, 'applications.parquet');
  const next = path.join(folder, 'next.tmp');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run(
    `COPY (SELECT * FROM read_parquet('${file}') WHERE status = 'ditolak') TO '${next}' (FORMAT parquet)`,
  );
  con.closeSync();
  db.closeSync();
  await rename(next, file);
}
