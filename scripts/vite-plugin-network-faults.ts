import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin } from 'vite';
import { serveDuckDBFiles } from './vite-plugin-duckdb-assets.ts';

/**
 * A server that misbehaves on request, for the network tests of issue 17 (browser tests reach it
 * through the dev server, so the faults are real sockets, not mocks). Driven by the address:
 *
 * - `silent/<key>.csv`: takes the request and never answers, not even headers;
 * - `stall/<key>.csv?bytes=<n>`: announces twice `n` bytes of CSV, sends `n`, then nothing more;
 * - `cut/<key>.csv`: announces 4 kB, sends half, then cuts the connection;
 * - `slow/<key>.csv?chunks=<n>&ms=<t>&rows=<r>`: a CSV of `r` rows with its Content-Length,
 *   sent in `n` parts `t` ms apart (a long load, for progress and cancel; issue 15 item 14);
 *   with `&hold`, the first part at once and each next one only when the test asks
 *   (`slow-send/<key>?parts=<k|all>`, answered once counted), so a test sees every step of the
 *   load however slowly its machine draws, and a load it cancels cannot end first;
 * - `drop/<key>.csv?fail=<n>&body=<csv>`: cuts the connection of the first `n` requests (all of
 *   them when `fail` is absent), then answers `body`;
 * - `parquet/<key>.parquet?mode=<m>`: test/fixtures Parquet files by range, with an ETag and
 *   Content-Range; `stall-ranges` answers HEAD and the first range then never again,
 *   `replace-once` swaps in another file after the first range, `replace-always` swaps on every
 *   request;
 * - `csp-worker/<policy>/<duckdb file>`: DuckDB's own files with one of WORKER_POLICIES as header;
 * - `stats/<key>`: `{requests, closed}`, how many requests came and how many the client gave up;
 *   `?requests=<n>&closed=<m>` holds the answer until the counts reach those, so a test waits on
 *   the server seeing the request (or the client leaving), not on a clock;
 * - `live/<key>.csv`: a CSV that changes when told (`live-set/<key>?body=<csv>`), with an ETag
 *   and a Last-Modified (`?only=last-modified`: no ETag) that answers a conditional request for
 *   the version in hand with 304; `live-stats/<key>`: `{requests, notModified}` (issue 14 item 5).
 */

const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures');
/** Two versions of one file: 5 rows, then 3 rows written by make-fixtures.mjs (other lengths). */
const VERSIONS = ['layanan.parquet', 'layanan-v2.parquet'] as const;

/** Policies a worker script's response may carry (issue 17 item 4). */
const WORKER_POLICIES: Record<string, string> = {
  // What a site sends when it copies its page policy to every response: no WebAssembly.
  'no-wasm': "default-src 'self'",
  'no-connect': "default-src 'none'; script-src 'wasm-unsafe-eval'",
  // The least the worker needs, as measured by worker-csp.browser.test.ts.
  minimal: "default-src 'none'; script-src 'wasm-unsafe-eval'; connect-src 'self'",
};

interface Stats {
  requests: number;
  closed: number;
}
const stats = new Map<string, Stats>();
/** `stats` requests held until their counts are reached: each answers and returns true then. */
const waiting = new Set<() => boolean>();

function countsChanged(): void {
  for (const answer of waiting) if (answer()) waiting.delete(answer);
}

/** Answers `{requests, closed}` for `key` once both counts are at least what was asked. */
function statsWhen(key: string, res: ServerResponse, params: URLSearchParams): void {
  const requests = Number(params.get('requests') ?? '0');
  const closed = Number(params.get('closed') ?? '0');
  const answer = (): boolean => {
    const now = stats.get(key) ?? { requests: 0, closed: 0 };
    if (now.requests < requests || now.closed < closed) return false;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(now));
    return true;
  };
  if (answer()) return;
  waiting.add(answer);
  res.on('close', () => waiting.delete(answer));
}
/** Parts of held `slow` answers the test has let go, by key, and the answers waiting for one. */
const sendable = new Map<string, number>();
const holding = new Map<string, Set<() => void>>();

function letGo(key: string, res: ServerResponse, params: URLSearchParams): void {
  const parts = params.get('parts') === 'all' ? Infinity : Number(params.get('parts') ?? '1');
  sendable.set(key, (sendable.get(key) ?? 0) + parts);
  for (const wake of [...(holding.get(key) ?? [])]) wake();
  res.end('ok');
}

/** Runs `send` once the test has let one more part of `key` go. */
function whenLetGo(key: string, res: ServerResponse, send: () => void): void {
  const waiters = holding.get(key) ?? new Set();
  holding.set(key, waiters);
  const gone = () => waiters.delete(wake);
  const wake = () => {
    const left = sendable.get(key) ?? 0;
    if (left <= 0) return;
    sendable.set(key, left - 1);
    gone();
    res.off('close', gone);
    send();
  };
  waiters.add(wake);
  res.on('close', gone);
  wake();
}

/** The `live` files: each key's body and version, and what its requests were answered. */
const live = new Map<
  string,
  { body: string; version: number; requests: number; notModified: number }
>();

function count(key: string, req: IncomingMessage, res: ServerResponse): Stats {
  let entry = stats.get(key);
  if (!entry) stats.set(key, (entry = { requests: 0, closed: 0 }));
  entry.requests++;
  const counted = entry;
  // The client gave up (abort, timeout, page gone) before the answer was complete.
  res.on('close', () => {
    if (!res.writableFinished) counted.closed++;
    countsChanged();
  });
  countsChanged();
  void req;
  return counted;
}

function fault(req: IncomingMessage, res: ServerResponse): boolean {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://x');
  const [kind = '', file = ''] = pathname.replace('/__pantau_faults__/', '').split('/');
  const key = file.replace(/\.[a-z]+$/, '');
  switch (kind) {
    case 'stats':
      statsWhen(key, res, searchParams);
      return true;
    case 'silent':
      count(key, req, res);
      return true; // never answered: the socket stays open until the client leaves
    case 'stall': {
      count(key, req, res);
      const bytes = Number(searchParams.get('bytes') ?? '1024');
      const line = 'n\n' + '1\n'.repeat(Math.max(0, Math.floor(bytes / 2) - 1));
      res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(bytes * 2) });
      res.write(line);
      return true;
    }
    case 'slow':
      count(key, req, res);
      slow(key, res, searchParams);
      return true;
    case 'slow-send':
      letGo(key, res, searchParams);
      return true;
    case 'cut': {
      count(key, req, res);
      res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': '4096' });
      res.write('n\n' + '1\n'.repeat(1000), () => req.socket.destroy());
      return true;
    }
    case 'drop': {
      const seen = count(key, req, res);
      const fail = Number(searchParams.get('fail') ?? 'Infinity');
      if (seen.requests <= fail) {
        req.socket.destroy();
        return true;
      }
      res.setHeader('Content-Type', 'text/csv');
      res.end(searchParams.get('body') ?? 'n\n1\n');
      return true;
    }
    case 'live':
    case 'live-set':
    case 'live-stats':
      liveFile(kind, key, req, res, searchParams);
      return true;
    case 'parquet':
      parquet(req, res, count(key, req, res), searchParams.get('mode') ?? '');
      return true;
    case 'csp-worker': {
      // The page's policy does not reach the worker: it runs under its own response's header.
      const [, , policy = '', name = ''] = pathname.split('/').slice(1);
      const csp = WORKER_POLICIES[policy];
      if (csp === undefined) return false;
      res.setHeader('Content-Security-Policy', csp);
      req.url = `/duckdb/${name}`;
      serveDuckDBFiles(req as never, res, () => res.writeHead(404).end());
      return true;
    }
    default:
      return false;
  }
}

function slow(key: string, res: ServerResponse, params: URLSearchParams): void {
  const rows = Number(params.get('rows') ?? '20000');
  const chunks = Math.max(1, Number(params.get('chunks') ?? '20'));
  const pause = Number(params.get('ms') ?? '150');
  const held = params.has('hold');
  const body = Buffer.from('n\n' + '1\n'.repeat(rows));
  res.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(body.length) });
  const size = Math.ceil(body.length / chunks);
  let part = 0;
  const send = () => {
    if (res.destroyed) return;
    const piece = body.subarray(part * size, (part + 1) * size);
    part++;
    if (part >= chunks) res.end(piece);
    else res.write(piece, () => (held ? whenLetGo(key, res, send) : setTimeout(send, pause)));
  };
  send();
}

function parquet(req: IncomingMessage, res: ServerResponse, seen: Stats, mode: string): void {
  const version =
    mode === 'replace-once'
      ? Number(seen.requests > 2) // HEAD and the first range (the footer) see the first file
      : mode === 'replace-always'
        ? seen.requests % 2
        : 0;
  if (mode === 'stall-ranges' && seen.requests > 2) return; // HEAD, footer, then silence
  const name = VERSIONS[version]!;
  const body = readFileSync(path.join(FIXTURES, name));
  const etag = `"${name}-${body.length}"`;
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  const ifMatch = req.headers['if-match'];
  if (ifMatch && ifMatch !== etag) {
    res.writeHead(412, { ETag: etag }).end();
    return;
  }
  const start = range ? Number(range[1]) : 0;
  const end = range?.[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
  res.writeHead(range ? 206 : 200, {
    'Content-Type': 'application/vnd.apache.parquet',
    'Content-Length': String(end - start + 1),
    'Accept-Ranges': 'bytes',
    ETag: etag,
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${body.length}` } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
}

function liveFile(
  kind: string,
  key: string,
  req: IncomingMessage,
  res: ServerResponse,
  params: URLSearchParams,
): void {
  let file = live.get(key);
  if (!file) live.set(key, (file = { body: 'n\n1\n', version: 1, requests: 0, notModified: 0 }));
  if (kind === 'live-stats') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ requests: file.requests, notModified: file.notModified }));
    return;
  }
  if (kind === 'live-set') {
    file.body = params.get('body') ?? file.body;
    file.version++;
    res.end('ok');
    return;
  }
  file.requests++;
  const etag = params.get('only') === 'last-modified' ? null : `"v${file.version}"`;
  // A minute per version: Last-Modified counts whole seconds.
  const modified = new Date(Date.UTC(2026, 0, 1) + file.version * 60_000).toUTCString();
  const headers: Record<string, string> = {
    'Last-Modified': modified,
    'Cache-Control': 'no-cache',
  };
  if (etag !== null) headers['ETag'] = etag;
  const unchanged =
    etag !== null
      ? req.headers['if-none-match'] === etag
      : req.headers['if-modified-since'] === modified;
  if (unchanged) {
    file.notModified++;
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': 'text/csv' });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

export function networkFaults(): Plugin {
  return {
    name: 'pantau:network-faults',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/__pantau_faults__/') && fault(req, res)) return;
        next();
      });
    },
  };
}
