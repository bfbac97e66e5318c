// @ts-check
/**
 * Where Pantau's load time goes (issue 13, item 4): Pantau's bench page (pages/pantau) opened cold
 * at one size, with the main thread's JavaScript sampled by V8's CPU profiler (DevTools protocol,
 * the page's own isolate only: profiling DuckDB's worker would log every wasm function and slow
 * it tenfold) and a Chromium trace for the network and the DuckDB worker's thread. Prints the
 * milestones (ms after navigation start), the main thread's time by code (hyparquet, Pantau's
 * Arrow writer, apache-arrow's IPC writer, ...) and the worker's time by kind (wasm compile,
 * DuckDB's work), before and after the table is loaded.
 *
 *   node bench/compare/profile.mjs --size 10000 [--runs 3] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { navigationStart, summarizeProfile, summarizeTrace } from './profile-summary.mjs';
import { startPages } from './server.mjs';
import { median } from './stats.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    query: { type: 'string', default: '' },
  },
});
const size = Number(values.size);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.wasm',
  'loading',
  'blink.user_timing',
];

/** @param {string} origin */
async function profileOnce(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 2400 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(
      `${origin}/bench/compare/pages/pantau/index.html?size=${size}&timeout=300000${values.query ?? ''}`,
    );
    const load = await page.evaluate(() => /** @type {any} */ (window).__bench.load);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const marks = { loaded: load.loaded, firstChart: load.firstChart, allDrawn: load.allDrawn };
    return {
      marks,
      ...summarizeTrace(trace, timeOrigin, marks),
      main: summarizeProfile(
        profile,
        trace.traceEvents ? navigationStart(trace.traceEvents) : 0,
        marks,
      ),
    };
  } finally {
    await browser.close();
  }
}

const pages = await startPages();
try {
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) runs.push(await profileOnce(pages.origin));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(runs, null, 1)}\n`);
  printTable(runs);
} finally {
  await pages.close();
}

/** Medians over runs, one row per figure. @param {any[]} runs */
function printTable(runs) {
  /** @type {Map<string, number[]>} */
  const rows = new Map();
  const add = (/** @type {string} */ key, /** @type {number} */ v) =>
    rows.set(key, [...(rows.get(key) ?? []), v]);
  for (const run of runs) {
    for (const [k, v] of Object.entries(run.marks)) add(`mark: ${k}`, v);
    for (const [k, v] of Object.entries(run.milestones)) add(`milestone: ${k}`, v);
    for (const [k, v] of Object.entries(run.main)) add(`main thread: ${k}`, v);
    for (const [k, v] of Object.entries(run.worker)) add(`DuckDB worker: ${k}`, v);
    for (const [k, v] of Object.entries(run.paint)) add(`painting: ${k}`, v);
  }
  console.log(`Pantau's page, ${size.toLocaleString('en')} rows, ${runs.length} run(s): median ms`);
  for (const [k, v] of rows) console.log(`${median(v).toFixed(0).padStart(7)}  ${k}`);
}
