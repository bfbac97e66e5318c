// @ts-check
/**
 * The Vite dev server and Chromium the render benchmark runs in: the repository's
 * vite.config.ts (duckdb-wasm files served locally), Debian's Chromium with Pantau's flags.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, preview } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @returns {Promise<number>} */
export function freePort() {
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

/**
 * A dev server on a free port for the given HTML entries (pre-bundled up front, so the first
 * page load does not pay for dependency discovery and a reload).
 * @param {string[]} entries
 */
export async function startServer(entries) {
  // Time what a page gets: the production builds of dependencies. Without it Vite's dev server
  // resolves the `development` export condition, and Lit's development build (its checks and
  // warnings on every update, "Lit is in dev mode" in the console) ran in every benchmark here.
  // Vite documents NODE_ENV=production with the dev server; nothing in Pantau reads it.
  process.env.NODE_ENV = 'production';
  const port = await freePort();
  const server = await createServer({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    clearScreen: false,
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
    optimizeDeps: { entries },
  });
  await server.listen();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * The demo as a site would publish it: `vite build` of index.html into a temporary folder, the
 * datasets copied beside it, served by `vite preview` (static files, HTTP range requests; the
 * config's plugin serves duckdb-wasm's files as in development).
 */
export async function startBuiltDemo() {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'pantau-demo-'));
  const started = performance.now();
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    clearScreen: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(ROOT, 'index.html') } },
  });
  const buildMs = performance.now() - started;
  cpSync(path.join(ROOT, 'datasets/banjarmasin'), path.join(outDir, 'datasets/banjarmasin'), {
    recursive: true,
  });
  const { origin, server } = await previewFolder(outDir);
  return {
    origin,
    buildMs,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * `vite preview` of a built folder on a free port: static files with HTTP range requests, and
 * the config's plugin serving duckdb-wasm's files as in development.
 * @param {string} outDir
 */
export async function previewFolder(outDir) {
  const port = await freePort();
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** @param {readonly string[]} [extraArgs] e.g. V8 flags for a diagnostic run (bench/soak) */
export function launchChromium(extraArgs = []) {
  const args = [...CHROMIUM_ARGS, ...extraArgs];
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}
