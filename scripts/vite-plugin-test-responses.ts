import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Responses held until the test releases them, by key (`held/<key>.csv`, `release/<key>`). */
const held = new Map<string, () => void>();
const releasedEarly = new Set<string>();
/** Bytes written per key by `chunked/<key>.parquet` (how far a download went before it stopped). */
const sent = new Map<string, number>();

/**
 * Test-controlled answers, driven by the address alone (so a test in the browser steers them):
 * - `csv/<anything>.csv?body=<text>`: that text as CSV, at once;
 * - `held/<key>.csv?body=<text>`: the same, sent only once `release/<key>` is asked for;
 * - `chunked/<key>.parquet?mb=<n>`: n MB streamed without Content-Length (HEAD has none either),
 *   with backpressure, counting what was written; `sent/<key>` answers that count.
 */
function controlled(url: string, method: string, res: ServerResponse): boolean {
  const { pathname, searchParams } = new URL(url, 'http://x');
  const [kind, name = ''] = pathname.replace('/__pantau_test__/', '').split('/');
  const key = name.replace(/\.[a-z]+$/, '');
  const body = searchParams.get('body') ?? '';
  const csv = () => {
    res.setHeader('Content-Type', 'text/csv');
    res.end(body);
  };
  switch (kind) {
    case 'csv':
      csv();
      return true;
    case 'held':
      if (releasedEarly.delete(key)) csv();
      else held.set(key, csv);
      return true;
    case 'release': {
      const send = held.get(key);
      held.delete(key);
      if (send) send();
      else releasedEarly.add(key);
      res.end('ok');
      return true;
    }
    case 'sent':
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ bytes: sent.get(key) ?? 0 }));
      return true;
    case 'chunked':
      streamChunked(res, key, method, Number(searchParams.get('mb') ?? '1'));
      return true;
    default:
      return false;
  }
}

function streamChunked(res: ServerResponse, key: string, method: string, mb: number): void {
  res.setHeader('Content-Type', 'application/octet-stream');
  if (method === 'HEAD') {
    res.end();
    return;
  }
  const chunk = Buffer.alloc(64 * 1024, 1);
  chunk.write('PAR1');
  const total = mb * 1024 * 1024;
  let written = 0;
  sent.set(key, 0);
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = (): void => {
    while (!closed && written < total) {
      written += chunk.length;
      sent.set(key, written);
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}

/**
 * Test-only answers that a static file server cannot give: a real 404 (Vite's dev server answers
 * unknown paths with its HTML page instead) and a response that lies about its size.
 */
export function testResponses(): Plugin {
  return {
    name: 'pantau:test-responses',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (url.startsWith('/__pantau_test__/missing')) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain');
          res.end('Not Found');
          return;
        }
        if (url.startsWith('/__pantau_test__/login-page.csv')) {
          // What a portal behind a login (or a single-page app) answers for any address.
          res.setHeader('Content-Type', 'text/html');
          res.end(
            '<!doctype html><html><head><title>Masuk</title></head><body>Silakan masuk</body></html>',
          );
          return;
        }
        if (url.startsWith('/__pantau_test__/')) {
          if (controlled(url, req.method ?? 'GET', res)) return;
        }
        if (url.startsWith('/__pantau_test__/streamed-large.csv')) {
          // No Content-Length: the size cap must hold while streaming.
          res.setHeader('Content-Type', 'text/csv');
          res.write('a,b\n');
          for (let i = 0; i < 2000; i++) res.write(`${i},${i * 2}\n`);
          res.end();
          return;
        }
        next();
      });
    },
  };
}
