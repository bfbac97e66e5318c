// @ts-check
/**
 * `npm run bench:early-yield`: the crossfilter page's gesture one second after first paint (a
 * brush on the month line while the idle cube builds run), in three modes alternated in one run
 * on fresh pages so load drift hits all: build statements cut into slices the reader's queries
 * pass (issue 13, the default); build steps that start only when no reader's query waits but run
 * whole (issue 17 item 5, `?slices=off`); steps that start whenever the previous one ends
 * (before both, `?yield=off&slices=off`). Prints a table and writes
 * bench/results/early-yield.json.
 *
 * Options (environment): BENCH_ROWS=1000000  BENCH_RUNS=5 (per mode)  BENCH_MODES=whole,steps,slices
 * CHROMIUM_PATH
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchChromium, startServer } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { earlyGesture, percentile } from './measure.mjs';

const PAGE = 'bench/crossfilter/page/index.html';
const RESULTS = path.join(ROOT, 'bench/results/early-yield.json');
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Each mode's query string and its row label. */
const MODES = {
  whole: { query: '&yield=off&slices=off', label: 'start whenever the previous ends, run whole' },
  steps: { query: '&slices=off', label: 'start when no reader query waits, run whole' },
  slices: { query: '', label: 'start when no reader query waits, in 10 ms slices (default)' },
};
/** @typedef {keyof typeof MODES} Mode */
const modes = /** @type {Mode[]} */ ((process.env.BENCH_MODES ?? 'whole,steps,slices').split(','));
for (const mode of modes) if (!(mode in MODES)) throw new Error(`unknown mode ${mode}`);

ensureScaleFile(rows);

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {Mode} mode
 */
async function once(browser, origin, mode) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${PAGE}?rows=${rows}${MODES[mode].query}`);
    const early = await earlyGesture(page, 'months');
    const builds = await page.evaluate(() => /** @type {any} */ (window).__cfPage.builds());
    return {
      mode,
      latency: early.latency,
      buildsRunning: early.buildsRunning,
      cubesBuilt: early.cubesBuilt,
      buildsDone: builds.length,
      loadavg: os.loadavg()[0] ?? 0,
    };
  } finally {
    await context.close();
  }
}

const { server, origin } = await startServer([PAGE]);
const browser = await launchChromium();
/** @type {Awaited<ReturnType<typeof once>>[]} */
const results = [];
const loadBefore = os.loadavg();
try {
  for (let i = 0; i < runs; i++) {
    // Rotated each run, so no mode always follows the same one.
    const order = modes.map((_, k) => /** @type {Mode} */ (modes[(i + k) % modes.length]));
    for (const mode of order) {
      const r = await once(browser, origin, mode);
      results.push(r);
      console.log(
        `  ${mode}: ${r.latency?.toFixed(0)} ms (${r.buildsRunning} builds pending, ${r.cubesBuilt} cubes built, load ${r.loadavg.toFixed(2)})`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const of = (/** @type {string} */ mode) =>
  results.filter((r) => r.mode === mode).map((r) => Number(r.latency));
const row = (/** @type {string} */ label, /** @type {number[]} */ xs) =>
  `| ${label} | ${xs.length} | ${percentile(xs, 50).toFixed(0)} | ${Math.max(...xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(', ')} |`;
console.log(
  `\nGesture 1 s after first paint, ${rows.toLocaleString('en')} rows; load average (1 min) ${(loadBefore[0] ?? 0).toFixed(2)} at start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at end, ${os.cpus().length} cores\n`,
);
console.log('| build steps | runs | p50 ms | max ms | each ms |\n| --- | --- | --- | --- | --- |');
for (const mode of modes) console.log(row(MODES[mode].label, of(mode)));
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  JSON.stringify({ rows, runs, loadBefore, loadAfter: os.loadavg(), results }, null, 2) + '\n',
);
