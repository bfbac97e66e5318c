import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * Serves duckdb-wasm's wasm and worker files at any `…/duckdb/<file>` URL during development and
 * tests, so @pantau/core's default asset base (a `duckdb/` folder beside the module) works from
 * source exactly as it will beside the published bundle. Nothing is fetched from a CDN.
 */
const require = createRequire(import.meta.url);
const DIST = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const FILE = /\/duckdb\/(duckdb-(?:eh|mvp)\.wasm|duckdb-browser-(?:eh|mvp)\.worker\.js)(?:\?.*)?$/;

export const serveDuckDBFiles: Connect.NextHandleFunction = (req, res, next) => {
  const file = FILE.exec(req.url ?? '')?.[1];
  if (!file) return next();
  res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript');
  res.setHeader('Cache-Control', 'no-cache');
  // As a static server says it: duckdb-wasm reports its download's progress against it.
  res.setHeader('Content-Length', String(statSync(path.join(DIST, file)).size));
  createReadStream(path.join(DIST, file)).pipe(res);
};

export function duckdbAssets(): Plugin {
  return {
    name: 'pantau:duckdb-assets',
    configureServer(server) {
      server.middlewares.use(serveDuckDBFiles);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveDuckDBFiles);
    },
  };
}
