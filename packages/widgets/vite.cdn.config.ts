import { cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { chunkGroups } from './cdn-chunks.ts';

/**
 * The self-contained bundle: dist/cdn/pantau.js (every element defined on load) with DuckDB's wasm
 * and worker files in dist/cdn/duckdb/, where @pantau/core looks by default. Built from the
 * packages' compiled dist/ (what npm users get), after `tsc` has run: see scripts/build-packages.mjs.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'dist/cdn');
const entry = path.join(here, 'dist/bundle.js');
const require = createRequire(import.meta.url);
const duckdbDist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const DUCKDB_FILES = [
  'duckdb-eh.wasm',
  'duckdb-mvp.wasm',
  'duckdb-browser-eh.worker.js',
  'duckdb-browser-mvp.worker.js',
];

/** Copies the DuckDB files beside the bundle. Vite's asset handling would inline them as base64. */
function copyDuckDBFiles(): Plugin {
  return {
    name: 'pantau:copy-duckdb-files',
    apply: 'build',
    async writeBundle() {
      await mkdir(path.join(outDir, 'duckdb'), { recursive: true });
      for (const file of DUCKDB_FILES) {
        await cp(path.join(duckdbDist, file), path.join(outDir, 'duckdb', file));
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [copyDuckDBFiles()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    // Not library mode: in library mode Vite neither minifies ES output fully nor leaves assets
    // alone (it inlines them as base64).
    modulePreload: false,
    rollupOptions: {
      input: { pantau: entry },
      preserveEntrySignatures: 'allow-extension',
      // Chunks sit beside pantau.js: core finds duckdb/ relative to its own module URL.
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        codeSplitting: {
          groups: chunkGroups,
          includeDependenciesRecursively: false,
        },
      },
    },
  },
});
