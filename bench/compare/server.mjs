// @ts-check
/**
 * The contenders' pages as a site would publish them: one `vite build` (the repository's
 * vite.config.ts) of every page under bench/compare/pages/ into a temporary folder, served by
 * `vite preview` on localhost (static files with HTTP range requests; the config's plugin serves
 * Pantau's duckdb-wasm files). The scale datasets are linked in, not copied.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.join(ROOT, 'bench/compare/pages');

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPages() {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'pantau-compare-'));
  const input = Object.fromEntries(
    readdirSync(PAGES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, path.join(PAGES, d.name, 'index.html')]),
  );
  const started = performance.now();
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    clearScreen: false,
    build: {
      outDir,
      emptyOutDir: true,
      // Source maps would not change what the page loads; left out to keep the build fast.
      sourcemap: false,
      chunkSizeWarningLimit: 100_000,
      rollupOptions: { input },
    },
  });
  const buildMs = performance.now() - started;
  mkdirSync(path.join(outDir, 'datasets'), { recursive: true });
  symlinkSync(path.join(ROOT, 'datasets/scale'), path.join(outDir, 'datasets/scale'), 'dir');
  const port = await freePort();
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    outDir,
    buildMs,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
