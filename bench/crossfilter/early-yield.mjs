// @ts-check
/**
 * `npm run bench:early-yield`: the crossfilter page's gesture one second after first paint (a
 * brush on the month line while the idle cube builds run), with build steps yielding to the
 * reader (issue 17 item 5) and without (`?yield=off`, as before), alternated in one run on fresh
 * pages so load drift hits both. Prints a table and writes bench/results/early-yield.json.
 *
 * Options (environment): BENCH_ROWS=1000000  BENCH_RUNS=5 (per mode)  CHROMIUM_PATH
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

ensureScaleFile(rows);

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {'on' | 'off'} mode
 */
async function once(browser, origin, mode) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${PAGE}?rows=${rows}&yield=${mode}`);
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
    /** @type {('on' | 'off')[]} */
    const modes = i % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
    for (const mode of modes) {
      const r = await once(browser, origin, mode);
      results.push(r);
      console.log(
        `  ${mode === 'on' ? 'yield' : 'before'}: ${r.latency?.toFixed(0)} ms (${r.buildsRunning} builds pending, ${r.cubesBuilt} cubes built, load ${r.loadavg.toFixed(2)})`,
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
console.log(row('start whenever the previous ends (before)', of('off')));
console.log(row('wait for no interactive query (after)', of('on')));
mkdirSync(path.dirname(RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  JSON.stringify({ rows, runs, loadBefore, loadAfter: os.loadavg(), results }, null, 2) + '\n',
);
