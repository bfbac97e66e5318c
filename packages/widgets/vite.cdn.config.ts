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

/**
 * d3-shape ships one ES file whose top level computes constants and curve factories with calls
 * (`const kr = sin(pi / 10) / ...`, `var bundle = (function custom(beta) {...})(0.85)`): the
 * bundler must keep calls it cannot prove pure, and with them every symbol type and curve, about
 * 2 kB gzip that no chart uses (only line, area and arc). Marking those top-level calls pure
 * lets the unused ones go; a used constant stays, as any pure expression does.
 */
function pureD3ShapeConstants(): Plugin {
  // A one-line top-level initializer with a call or arithmetic on one (`sqrt(3) / 2`): wrapped
  // as a pure arrow call, since arithmetic on a call's result is not provably pure by itself.
  const ONE_LINE = /^((?:const|var) [\w$]+ = )([^\n;]*\([^\n;]*);$/gm;
  return {
    name: 'pantau:pure-d3-shape-constants',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/ },
      handler(code) {
        const marked = code
          .replace(ONE_LINE, '$1/* @__PURE__ */ (() => $2)();')
          .replace(
            /^((?:const|var) [\w$]+ = )\(function custom\(/gm,
            '$1/* @__PURE__ */ (function custom(',
          );
        return marked === code ? null : { code: marked, map: null };
      },
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [copyDuckDBFiles(), pureD3ShapeConstants()],
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
