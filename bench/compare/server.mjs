// @ts-check
/**
 * The contenders' pages as a site would publish them: one `vite build` (the repository's
 * vite.config.ts) of every page under bench/compare/pages/ into a temporary folder, served by
 * `vite preview` on localhost (static files with HTTP range requests; the config's plugin serves
 * Pantau's duckdb-wasm files). The scale datasets are linked in, not copied.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { previewFolder } from '../render/server.mjs';

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.join(ROOT, 'bench/compare/pages');
/** Where the pages that use Pantau's engine find its files (pages/engine-base.ts). */
export const ENGINE_FOLDER = 'pantau-engine';

/**
 * Serves a folder built earlier (ab.mjs `--a-build`: the pages as they were before a change,
 * saved by `--save-build`), beside the pages of the working tree, so both run in one session.
 * @param {string} outDir
 */
export async function servePrebuilt(outDir) {
  const { origin, server } = await previewFolder(outDir);
  return { origin, close: () => server.close() };
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
  // Pantau's duckdb-wasm files beside the build, as a site publishes them (README: embedding), in
  // a folder the config's development plugin does not answer for: that plugin serves them with
  // `no-cache` and no validators, so a warm load would fetch and compile 34 MB again.
  const engineDir = path.join(outDir, ENGINE_FOLDER);
  mkdirSync(engineDir, { recursive: true });
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  for (const file of [
    'duckdb-eh.wasm',
    'duckdb-mvp.wasm',
    'duckdb-browser-eh.worker.js',
    'duckdb-browser-mvp.worker.js',
  ]) {
    copyFileSync(path.join(dist, file), path.join(engineDir, file));
  }
  // The published one-file bundle (the pantau-cdn page), built from the working tree as
  // `npm run build` builds it (1-2 s), and served as it is.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-packages.mjs'), 'cdn'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  cpSync(path.join(ROOT, 'packages/widgets/dist/cdn'), path.join(outDir, 'pantau-cdn'), {
    recursive: true,
  });
  mkdirSync(path.join(outDir, 'datasets'), { recursive: true });
  symlinkSync(path.join(ROOT, 'datasets/scale'), path.join(outDir, 'datasets/scale'), 'dir');
  const { origin, server } = await previewFolder(outDir);
  return {
    origin,
    outDir,
    buildMs,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
