import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A real HTTP server on 127.0.0.1 for Node tests of URL sources: serves a folder, answers Range
 * requests (Parquet reads by range), counts requests, and gives a true 404 for missing files.
 */
export interface StaticServer {
  url(file: string): string;
  requests: { path: string; range: string | undefined; method: string }[];
  /** The most requests the server was answering at one time. */
  readonly mostAtOnce: number;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  let atOnce = 0;
  let mostAtOnce = 0;
  const server: Server = createServer((req, res) => {
    mostAtOnce = Math.max(mostAtOnce, ++atOnce);
    res.once('close', () => atOnce--);
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({ path: urlPath, range: req.headers.range, method: req.method ?? 'GET' });
    const file = path.join(root, path.normalize(urlPath).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        if (range) {
          const start = Number(range[1]);
          const end = range[2] ? Number(range[2]) : body.length - 1;
          res.writeHead(206, {
            'Content-Range': `bytes ${start}-${end}/${body.length}`,
            'Content-Length': end - start + 1,
            'Accept-Ranges': 'bytes',
          });
          res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
          return;
        }
        res.writeHead(200, { 'Content-Length': body.length, 'Accept-Ranges': 'bytes' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found'),
    );
  });
  // Keep idle connections open: with Node's 5 s default, a slow (loaded) test run could reuse a
  // socket just as the server closed it, and fetch would fail as if the server were down.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    requests,
    get mostAtOnce() {
      return mostAtOnce;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
