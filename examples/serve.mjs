// @ts-check
/**
 * Serves the examples the way a government web server would: plain static files with a strict
 * Content-Security-Policy header on every response (no inline script or style, no eval, Trusted
 * Types required). The embedding tests under test/embed use the same server.
 *
 *   npm run build && node examples/serve.mjs        # then open the printed address
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
].join('; ');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
};

/**
 * @param {string} urlPath
 * @param {[string, string][]} mounts longest prefix first
 * @returns {Promise<string | null>}
 */
async function resolveFile(urlPath, mounts) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = path.resolve(dir);
    let file = path.join(root, path.normalize(urlPath.slice(prefix.length)));
    if (!file.startsWith(root)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    else if (!info) return null;
    return file;
  }
  return null;
}

/**
 * A static server on 127.0.0.1 (any free port unless `port` is given).
 * @param {{ mounts: Record<string, string>, pages?: Record<string, string>, csp?: string, cspFor?: (urlPath: string) => string, port?: number }} options
 *   mounts: URL prefix (`/pantau/`) to folder, the longest prefix wins; pages: URL path to a page (or
 *   a .json file) made in memory; cspFor: a policy per path instead of `csp` on every response
 *   (a worker runs under its own script's policy, not the page's).
 * @returns {Promise<{ origin: string, requests: string[], close(): Promise<void> }>}
 */
export async function startCspServer({ mounts, pages = {}, csp = STRICT_CSP, cspFor, port = 0 }) {
  const ordered = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(urlPath);
    const policy = cspFor ? cspFor(urlPath) : csp;
    const headers = { 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' };
    const page = pages[urlPath];
    if (page !== undefined) {
      const type = TYPES[path.extname(urlPath)] ?? TYPES['.html'];
      res.writeHead(200, { ...headers, 'Content-Type': type }).end(page);
      return;
    }
    resolveFile(urlPath, ordered)
      .then(async (file) => {
        if (!file) {
          res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not Found');
          return;
        }
        const body = await readFile(file);
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        // Parquet sources are read by HTTP range.
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        const start = range ? Number(range[1]) : 0;
        const end = range?.[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
        res.writeHead(range ? 206 : 200, {
          ...headers,
          'Content-Type': type,
          'Content-Length': end - start + 1,
          'Accept-Ranges': 'bytes',
          ...(range ? { 'Content-Range': `bytes ${start}-${end}/${body.length}` } : {}),
        });
        res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
      })
      .catch(() => res.writeHead(500).end());
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

// Run as a script: the plain example with the repo's build and datasets.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const server = await startCspServer({
    port: Number(process.env.PORT ?? 8080),
    mounts: {
      '/': path.join(root, 'examples/plain'),
      '/pantau/': path.join(root, 'packages/widgets/dist/cdn'),
      '/data/': path.join(root, 'datasets/banjarmasin'),
    },
  });
  console.log(`Plain example under a strict CSP: ${server.origin}/`);
}
