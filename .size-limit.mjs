// @ts-check
/**
 * Size budgets (issue 6), checked in CI by `npx size-limit` after `npm run build`.
 * The first entry is what a page downloads before any widget draws or DuckDB starts: pantau.js
 * and the chunks it imports statically (issue 6: at most 60 kB). Everything else is imported
 * when first needed: each element's module (its query builders with core's SQL and metrics, its
 * renderer and D3), the engine's statement gate and source loading, the source decoders, the
 * worker client for DuckDB and Flechette (Arrow IPC decoding and encoding). The chunk names
 * carry content hashes, so the static set is read from pantau.js itself when this file loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = 'packages/widgets/dist/cdn';
const root = path.dirname(fileURLToPath(import.meta.url));

/** pantau.js and every chunk reachable from it by static `import` (not `import()`). */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const full = path.join(root, cdn, file);
    if (!existsSync(full)) return;
    const code = readFileSync(full, 'utf8');
    // Minified ES output: `import{a as b}from"./x.js"` or `import"./x.js"`; `import("./x.js")`
    // and import(`./x.js`) are dynamic and skipped.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]);
  };
  visit(entry);
  return [...seen].map((file) => `${cdn}/${file}`);
}

export default [
  {
    name: 'at load: pantau.js and the chunks it imports statically (elements, Lit, the coordinator, what core and charts they need to start)',
    path: staticClosure('pantau.js'),
    gzip: true,
    // Issue 6 and 13 budget 60 kB. 53.77 kB measured (DuckDB's Worker made, and its wasm asked
    // for, when the engine starts, before the engine's chunk is in: worker-start.ts and the Trusted
    // Types policy at load, +0.54). 53.24 kB before (a large table's first views held for
    // their root cube, first-roots.ts with the coordinator: +0.39). 52.84 kB before (the build queue as a class of its own,
    // cube-builds.ts, which the root cubes' steps share: +0.32; the sliced builds' option +0.05).
    // 52.47 before (the page taught a first gesture's answers
    // while idle, page-teacher.ts: +0.22). 52.24 kB before (the DOM patch out of it, the engine asked
    // for first and the first-view batching's hook in: +0.03). 52.21 before (a click's page answers delivered at once,
    // the engine's source loads and the catalogue's start words: +0.9). 51.32 kB before (issue 13 item 3: the 25 chunks pantau.js
    // imported at start are one file now, the $initial group in packages/widgets/cdn-chunks.ts:
    // 57.94 -> 51.32, each file had its own gzip dictionary and import lists). 57.88 before (issue
    // 16 moved grade bands, attribute checks and the cube choice into lazily loaded modules: -1.07
    // kB). 58.95 before (issue 15's finish added 2.6 kB: the provisional state, the menu button,
    // lookups, the picker and progress hooks, refresh). 56.32 before: the filter's controls load
    // with its query builders (60.72 -> 56.37 kB), as the charts' renderers load when their
    // element connects; the page-wide count that lets idle cube builds yield to the reader added
    // 90 B. Next candidate if it grows again: the pre-aggregator with the first cube (2.3 kB).
    limit: '60 kB',
  },
  {
    name: "all of Pantau's JavaScript: every chunk, renderers, decoders and the DuckDB worker client included (not DuckDB's worker or wasm)",
    path: [`${cdn}/*.js`],
    gzip: true,
    // Issue 13 asks for 150 kB and this misses it (the README's Sizes says where the rest goes):
    // a guard against growth at 217.95 kB measured (+0.10 kB slack). Parquet inserted a million
    // rows at a time while the rest decodes (row-group-batches.ts), its timestamps read as
    // integers, and at most four range requests at once over HTTP/1.1 (ranged-file.ts), all in
    // the Parquet chunk (loaded with a Parquet source, not at load), added 1.36 kB: 10M rows loaded in 15.5 s
    // instead of 23.2 (bench/compare/ab.mjs --size 10000000 --runs 3, A/B builds). 216.59 kB
    // before. Each answer DuckDB gives
    // from a cube the page holds held against the page's own (page-cube/same-answer.ts, in the
    // page-cube chunk) added 0.82 kB: a plan shape the page would answer differently on the
    // reader's own data is left to DuckDB, and the first gesture's code has run once before it
    // (10k rows, the gesture one second after first paint: 55.3 -> 46.0 ms median of 10). 215.75
    // kB before. DuckDB's Worker made when
    // the engine starts (worker-start.ts at load, the early request's hand-over in the worker
    // client) added 0.30 kB: a start over an 80 ms round trip came 150-280 ms sooner at 10k rows
    // (bench/compare/ab.mjs --latency 80, cold and warm). 215.46 kB before (the cube wanted by a plan moved into the cube SQL chunk, build-steps.ts: +0.09). A large table's first
    // views held for their root cube (first-roots.ts, and the catalogue check out of the
    // coordinator, catalog-of.ts) added 0.39 kB: at 10M rows the gesture one second after the
    // first paint went from 1,955 to 60 ms. 214.98 kB before. Root cubes (one scan of a
    // table for a pass's cubes, each cut from it: root-cube-sql.ts and root-builds.ts with the
    // cube SQL, cube-builds.ts at load) added 1.08 kB: the idle pass at 1M rows went from 1.3 s of
    // DuckDB's time to 0.5-0.7 s. 213.89 kB before. Cube builds cut into slices
    // the reader's queries pass (the pending-query messages in worker-client.ts, the sliced
    // connection in worker-driver.ts) added 0.19 kB, in the engine chunk. The page taught a first
    // gesture's answers while idle (page-teacher.ts, with the coordinator at load) added 0.23 kB:
    // at 10k and 100k rows the gesture one second after first paint went from 164-173 to 50-57
    // ms. 213.47 kB before. Issue 13's redraw written
    // onto the live drawing (frame/virtual-drawing.ts, a chart's redraw patched from light
    // nodes: +1.0 kB, loaded with the first chart, not at load), issue 14's first view in one
    // request to a server (plan-batcher.ts in the server connector's chunk: +0.5) and the
    // engine asked for first at cold start (+0.26) added 1.72 kB; 211.59 kB before (the last texts into the
    // catalogues, the coordinator's and the engine's splits: +0.32). Issue 16's one catalogue per
    // language (@pantau/messages, ~350 texts) added 4.5 kB: each text's key is written at its call
    // site and in both languages, where an inline { id, en } pair had none (its areas go into the
    // engine and charts-shared chunks, cdn-chunks.ts; alone they were 6.7 kB). 206.78 kB before;
    // issue 13 item 3 took it from
    // 237.75: chunk groups (packages/widgets/cdn-chunks.ts; 88 chunks -> 30: the engine and
    // source readers one chunk, what the chart modules share one chunk) -20.9 kB; the charts'
    // own linear and band scales instead of d3-scale, which brought d3-interpolate, d3-color and
    // d3-format -8.9 kB; d3-shape's top-level constants marked pure -1.2 kB. Before that: issue
    // 16's split into controllers and renderer parts +2.7 kB; issue 15's finish and refresh
    // +22.3 kB, each in a chunk loaded on need; the round before +20.2 kB (small cubes answered
    // in the page, network deadlines and the worker-CSP diagnosis, the server connector, the
    // lost-engine restart). 190.9 kB before that, 211.2 kB before Flechette replaced
    // apache-arrow and duckdb-wasm's JS API.
    limit: '218.05 kB',
  },
  {
    name: "DuckDB's own worker script (prebuilt by duckdb-wasm, loaded on the first query)",
    path: [`${cdn}/duckdb/duckdb-browser-eh.worker.js`],
    gzip: true,
    limit: '191 kB',
  },
];
