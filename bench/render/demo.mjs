// @ts-check
/**
 * The demo half of `npm run bench:render`: index.html from navigation to every widget ready, cold
 * cache (a new browser context, so an empty HTTP cache, each round), on localhost. The split comes
 * from the demo's own `window.__pantauTimings` (ms since navigation start: DuckDB ready, sources
 * and views loaded, every widget drawn, on screen); demo-probe.js adds when `body[data-ready]`
 * appeared and the main-thread time spent in the elements' drawChart and Lit updates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

const PROBE = readFileSync(path.join(ROOT, 'bench/render/demo-probe.js'), 'utf8');
const READY_TIMEOUT_MS = 60_000;

/**
 * @typedef {{ engineMs: number, sourcesMs: number, widgetsMs: number, totalMs: number }} Timings
 * @typedef {{
 *   readyMs: number | null,
 *   ready: string | null,
 *   timings: Timings | null,
 *   drawChartMs: number, drawChartCalls: number, updateMs: number, updateCalls: number,
 *   widgets: { tag: string, status: string }[],
 *   requests: number, responseBytes: number,
 *   duckdbWasm: { startMs: number, endMs: number, bytes: number } | null,
 *   navigation: { responseEnd: number, domContentLoaded: number, load: number } | null,
 *   errors: string[],
 * }} DemoRound
 */

/**
 * Requests, bytes received (bodies as sent, before decompression), and when the DuckDB wasm
 * arrived (ms since navigation start, approximately: from Playwright's timing of the request).
 * @param {import('playwright').Request[]} requests
 */
async function networkSummary(requests) {
  let responseBytes = 0;
  /** @type {{ startMs: number, endMs: number, bytes: number } | null} */
  let duckdbWasm = null;
  const navigation = requests.find((r) => r.isNavigationRequest());
  const origin = navigation?.timing().startTime ?? 0;
  for (const request of requests) {
    const sizes = await request.sizes().catch(() => null);
    const bytes = sizes?.responseBodySize ?? 0;
    responseBytes += bytes;
    if (/duckdb-(eh|mvp)\.wasm/.test(request.url())) {
      const timing = request.timing();
      duckdbWasm = {
        startMs: timing.startTime - origin,
        endMs: timing.startTime - origin + timing.responseEnd,
        bytes,
      };
    }
  }
  return { requests: requests.length, responseBytes, duckdbWasm };
}

/**
 * One cold load of the demo.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @returns {Promise<DemoRound>}
 */
async function loadOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Makassar',
    locale: 'id-ID',
  });
  /** @type {string[]} */
  const errors = [];
  try {
    await context.addInitScript({ content: PROBE });
    // Worker fetches (duckdb-wasm's wasm) are not in the page's resource timing: watch the network.
    /** @type {import('playwright').Request[]} */
    const finished = [];
    context.on('requestfinished', (request) => finished.push(request));
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready]', {
      timeout: READY_TIMEOUT_MS,
      state: 'attached',
    });
    // __pantauTimings is set in the same task as data-ready; give it a moment in case it is not.
    await page
      .waitForFunction(() => window.__pantauTimings !== undefined, null, { timeout: 2_000 })
      .catch(() => undefined);
    const round = await page.evaluate(() => {
      const probe = /** @type {any} */ (window).__renderBenchProbe;
      const sum = (/** @type {{ ms: number }[]} */ list) => list.reduce((a, b) => a + b.ms, 0);
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType('navigation')[0]
      );
      // Chart elements (they have drawChart), and pantau-* tags not defined at all.
      const widgets = [...document.querySelectorAll('*')]
        .filter((el) => el.tagName.startsWith('PANTAU-'))
        .map((el) => ({ el, tag: el.tagName.toLowerCase() }))
        .filter(({ el, tag }) => 'drawChart' in el || customElements.get(tag) === undefined)
        .map(({ el, tag }) => ({
          tag,
          status:
            customElements.get(tag) === undefined
              ? 'undefined'
              : String(/** @type {any} */ (el).status),
        }));
      return {
        readyMs: probe?.readyAt ?? null,
        ready: document.body.getAttribute('data-ready'),
        timings: window.__pantauTimings ?? null,
        drawChartMs: probe ? sum(probe.draws) : NaN,
        drawChartCalls: probe ? probe.draws.length : 0,
        updateMs: probe ? sum(probe.updates) : NaN,
        updateCalls: probe ? probe.updates.length : 0,
        widgets,
        navigation: nav
          ? {
              responseEnd: nav.responseEnd,
              domContentLoaded: nav.domContentLoadedEventEnd,
              load: nav.loadEventEnd,
            }
          : null,
      };
    });
    const network = await networkSummary(finished);
    return { ...round, ...network, errors };
  } finally {
    await context.close();
  }
}

/**
 * Warm-up loads (discarded: the server's first answers), then `rounds` timed cold loads.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {{ rounds: number, warmup: number, label: string }} settings
 */
export async function runDemo(browser, url, settings) {
  /** @type {DemoRound[]} */
  const rounds = [];
  for (let i = 0; i < settings.warmup + settings.rounds; i++) {
    const round = await loadOnce(browser, url);
    const t = round.timings;
    console.log(
      `  ${settings.label} ${i < settings.warmup ? 'warm-up' : `#${i - settings.warmup + 1}`}: ` +
        (t
          ? `engine ${t.engineMs}, sources ${t.sourcesMs}, widgets ${t.widgetsMs}, total ${t.totalMs} ms`
          : `ready=${round.ready} at ${round.readyMs?.toFixed(0)} ms (no __pantauTimings)`) +
        ` (${round.widgets.filter((w) => w.status === 'ready').length}/${round.widgets.length} widgets ready)` +
        (round.errors.length > 0 ? `; ${round.errors.length} console error(s)` : ''),
    );
    if (i >= settings.warmup) rounds.push(round);
  }
  return rounds;
}
