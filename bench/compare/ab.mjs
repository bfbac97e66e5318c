// @ts-check
/**
 * Before/after in one run (issue 13, item 4): Pantau's bench page loaded cold in a new browser,
 * variants A and B alternating (A B B A ...), each variant a query string for the page (the
 * page's switches) and/or reduced motion; medians of navigation to table loaded and to the first
 * chart, and of S2 (table loaded to all six widgets drawn and the page still). Prints one line per run and the medians.
 *
 *   node bench/compare/ab.mjs --size 10000 --runs 4 --b-reduced-motion
 *   node bench/compare/ab.mjs --size 10000 --runs 4 --b '&snapshot=1'   (a page switch per variant)
 *   ... --latency 80 (ms added to each request's round trip) --warm (timed on a second visit)
 *   ... --early (also S3's early gesture: a brush one second after the first chart's paint)
 *
 * A change to Pantau itself, before/after in one run: save the pages as built before the change,
 * then, with the change in the working tree, run A from that folder and B from the tree:
 *   node bench/compare/ab.mjs --save-build /tmp/pages-before        (builds, saves, exits)
 *   node bench/compare/ab.mjs --size 10000 --runs 6 --a-build /tmp/pages-before
 * (`--page duckdb-d3` or `mosaic` runs another contender's page the same way.)
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { cpSync, rmSync } from 'node:fs';
import { servePrebuilt, startPages } from './server.mjs';
import { earlyGesture, timedGesture } from './browser.mjs';
import { median } from './stats.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '4' },
    a: { type: 'string', default: '' },
    b: { type: 'string', default: '' },
    'a-reduced-motion': { type: 'boolean', default: false },
    'b-reduced-motion': { type: 'boolean', default: false },
    'a-build': { type: 'string' },
    'save-build': { type: 'string' },
    page: { type: 'string', default: 'pantau' },
    // Round-trip latency Chromium adds to every request (its network emulation, no throughput
    // cap): a page served from afar, where each request the start waits for costs a round trip.
    latency: { type: 'string', default: '0' },
    // Timed on a second visit in the same browser (HTTP cache and V8's code cache warm).
    warm: { type: 'boolean', default: false },
    // Also S3's early gesture: a brush over the month line one second after the first chart's
    // paint, input to the last repaint (bench/compare/browser.mjs's earlyGesture, one per load).
    early: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const variants = {
  A: { query: values.a ?? '', reducedMotion: values['a-reduced-motion'] === true },
  B: { query: values.b ?? '', reducedMotion: values['b-reduced-motion'] === true },
};

/**
 * @param {string} origin
 * @param {{ query: string, reducedMotion: boolean }} v
 */
async function once(origin, v) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: 1300, height: 2400 },
      reducedMotion: v.reducedMotion ? 'reduce' : 'no-preference',
    });
    const latency = Number(values.latency);
    if (latency > 0) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    const url = `${origin}/bench/compare/pages/${values.page}/index.html?size=${size}&timeout=300000${v.query}`;
    if (values.warm) {
      await page.goto(url);
      await page.evaluate(() => /** @type {any} */ (window).__bench.load);
    }
    await page.goto(url);
    const early = values.early ? await earlyMs(page) : NaN;
    const load = await page.evaluate(() => /** @type {any} */ (window).__bench.load);
    return { loaded: load.loaded, firstChart: load.firstChart, allDrawn: load.allDrawn, early };
  } finally {
    await browser.close();
  }
}

/**
 * The early gesture as `npm run bench` takes it (browser.mjs): ms from the pointerup to the last
 * repaint.
 * @param {import('playwright').Page} page
 */
async function earlyMs(page) {
  const wait = (/** @type {Promise<any>} */ p) => p;
  const { ms } = await earlyGesture(page, wait, timedGesture(page, wait));
  return ms === null ? NaN : ms;
}

const pages = await startPages();
if (values['save-build']) {
  rmSync(values['save-build'], { recursive: true, force: true });
  // The datasets folder is a link: copied as one.
  cpSync(pages.outDir, values['save-build'], { recursive: true, verbatimSymlinks: true });
  await pages.close();
  console.log(`saved the pages as built now in ${values['save-build']}`);
  process.exit(0);
}
const prebuilt = values['a-build'] ? await servePrebuilt(values['a-build']) : null;
const origins = { A: prebuilt?.origin ?? pages.origin, B: pages.origin };
const load = [os.loadavg()[0]];
try {
  /** @type {Record<string, { loaded: number, firstChart: number, allDrawn: number, early: number }[]>} */
  const results = { A: [], B: [] };
  for (let i = 0; i < Number(values.runs); i++) {
    /** @type {('A' | 'B')[]} */
    const order = i % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const name of order) {
      const r = await once(origins[name], variants[name]);
      results[name]?.push(r);
      console.log(
        `${name} ${r.loaded.toFixed(0)} ms loaded, ${r.firstChart.toFixed(0)} ms first chart, all drawn ${(r.allDrawn - r.loaded).toFixed(0)} ms after loaded (S2)${values.early ? `, early gesture ${r.early.toFixed(1)} ms` : ''}`,
      );
    }
  }
  load.push(os.loadavg()[0]);
  for (const [name, rs] of Object.entries(results)) {
    const v = variants[/** @type {'A' | 'B'} */ (name)];
    console.log(
      `${name} (${JSON.stringify(v)}${name === 'A' && prebuilt ? `, built in ${values['a-build']}` : ''}), ${size.toLocaleString('en')} rows, median of ${rs.length}: loaded ${median(rs.map((r) => r.loaded)).toFixed(0)} ms, first chart ${median(rs.map((r) => r.firstChart)).toFixed(0)} ms, S2 (loaded to all drawn) ${median(rs.map((r) => r.allDrawn - r.loaded)).toFixed(0)} ms, loaded to first chart ${median(rs.map((r) => r.firstChart - r.loaded)).toFixed(0)} ms${values.early ? `, early gesture ${median(rs.map((r) => r.early)).toFixed(1)} ms` : ''}`,
    );
  }
  console.log(`load average (1 min) before ${load[0]?.toFixed(1)}, after ${load[1]?.toFixed(1)}`);
} finally {
  await prebuilt?.close();
  await pages.close();
}
