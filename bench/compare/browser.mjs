// @ts-check
/**
 * One contender, one size, one fresh browser: the page loads the dataset and draws its dashboard
 * (S1, S2, S6), or loads it and then takes the pointer gestures (S3, S4, S5). Each run launches
 * its own Chromium, so the renderer process's peak memory is the page's alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { ROOT } from './server.mjs';
import {
  DWELL_MS,
  EARLY_GESTURE_MS,
  formGestures,
  gesturePoints,
  performGesture,
} from './gestures.mjs';

/** The browser contenders and the page each one is. */
export const BROWSER_CONTENDERS = {
  pantau: { page: 'pantau', query: '', label: 'Pantau' },
  // The same page with <pantau-dashboard snapshot>: the first view painted from a saved snapshot
  // (made by makeSnapshot before this contender's runs), checked by the live queries.
  'pantau-snapshot': {
    page: 'pantau',
    query: '&snapshot=1',
    label: 'Pantau, first view from a snapshot',
  },
  // Pantau as its README embeds it: the published bundle (dist/cdn/pantau.js) as it is, where
  // `pantau` is Pantau's source bundled by the page's own Vite build (as a site with a bundler).
  'pantau-cdn': { page: 'pantau-cdn', query: '', label: 'Pantau, one script tag (dist/cdn)' },
  'mosaic-own': { page: 'mosaic', query: '&engine=own', label: 'Mosaic vgplot (own duckdb-wasm)' },
  'mosaic-pantau': {
    page: 'mosaic',
    query: '&engine=pantau',
    label: "Mosaic vgplot (Pantau's duckdb-wasm)",
  },
  'plot-arquero': { page: 'plot-arquero', query: '', label: 'Observable Plot + Arquero' },
  'duckdb-d3': { page: 'duckdb-d3', query: '', label: 'duckdb-wasm + D3 by hand' },
  // Not run by default: the route before issue 13 (apache-arrow's generic builders), for measuring
  // the Flechette loader against it (`--contenders mosaic-own,mosaic-own-apache-arrow`).
  'mosaic-own-apache-arrow': {
    page: 'mosaic',
    query: '&engine=own&loader=apache-arrow',
    label: "Mosaic vgplot (own duckdb-wasm), apache-arrow's builders (before issue 13)",
    extra: true,
  },
};

const launch = () =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    headless: true,
  });

/**
 * Peak resident memory (VmHWM) of the browser's renderer processes, in bytes: the page's main
 * thread, its workers (DuckDB's worker and wasm memory live there) and Blink.
 * @param {import('playwright').Browser} browser
 */
async function rendererPeak(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = /** @type {{ processInfo: { type: string, id: number }[] }} */ (
      await session.send('SystemInfo.getProcessInfo')
    );
    let peak = 0;
    for (const p of processInfo.filter((p) => p.type === 'renderer')) {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
      } catch {
        // The process ended between the listing and the read.
      }
    }
    return peak;
  } finally {
    await session.detach();
  }
}

/**
 * @param {string} origin
 * @param {keyof typeof BROWSER_CONTENDERS} contender
 * @param {number} size
 * @param {number} timeoutMs
 */
const pageUrl = (origin, contender, size, timeoutMs) => {
  const c = BROWSER_CONTENDERS[contender];
  return `${origin}/bench/compare/pages/${c.page}/index.html?size=${size}&timeout=${timeoutMs}${c.query}`;
};

/**
 * Rejects after `ms` with a "time-out" message, so a contender that never finishes is reported as
 * did-not-finish with its reason instead of hanging the run.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`time-out: ${what} not done in ${ms / 1000} s`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Opens the page; `wait` then waits on something the page computes (its load, its first paint),
 * rejecting at once when the renderer crashes (out of memory) and naming any page error.
 * @param {import('playwright').Page} page
 * @param {string} url
 * @param {number} timeoutMs
 */
async function openPage(page, url, timeoutMs) {
  const errors = /** @type {string[]} */ ([]);
  page.on('pageerror', (e) => errors.push(e.message));
  const crashed = new Promise((_, reject) =>
    page.on('crash', () => reject(new Error('renderer crashed (out of memory?)'))),
  );
  crashed.catch(() => undefined);
  await page.goto(url, { timeout: timeoutMs });
  /**
   * @template T
   * @param {Promise<T>} promise
   * @param {string} what
   * @returns {Promise<T>}
   */
  const wait = async (promise, what) => {
    try {
      return /** @type {T} */ (await within(Promise.race([promise, crashed]), timeoutMs, what));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(errors.length ? `${message} (page errors: ${errors.join('; ')})` : message, {
        cause: error,
      });
    }
  };
  return wait;
}

/**
 * Opens the page and waits for its dashboard.
 * @param {import('playwright').Page} page
 * @param {string} url
 * @param {number} timeoutMs
 */
async function loadPage(page, url, timeoutMs) {
  const wait = await openPage(page, url, timeoutMs);
  return wait(
    page.evaluate(() => /** @type {any} */ (window).__bench.load),
    'load and first draw',
  );
}

const require = createRequire(import.meta.url);
const PANTAU_DUCKDB = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

/**
 * The file behind a served path: the build's, or Pantau's duckdb-wasm files, which the config's
 * plugin serves at any `.../duckdb/<file>`.
 * @param {string} outDir
 * @param {string} urlPath
 */
function fileOf(outDir, urlPath) {
  const duckdb = /\/duckdb\/(duckdb-[\w.-]+)$/.exec(urlPath);
  return duckdb ? path.join(PANTAU_DUCKDB, duckdb[1] ?? '') : path.join(outDir, urlPath);
}

/** @type {Map<string, { raw: number, gzip: number }>} */
const sizeCache = new Map();

/**
 * @param {string} key
 * @param {() => Promise<Buffer>} body
 */
async function sizeOf(key, body) {
  const known = sizeCache.get(key);
  if (known) return known;
  const bytes = await body();
  if (bytes.length === 0) throw new Error(`${key}: empty`);
  const size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  sizeCache.set(key, size);
  return size;
}

/**
 * The first-view snapshot the `pantau-snapshot` contender reads: Pantau's page loaded live, then
 * `dashboard.takeSnapshot()`, as `npm run snapshot` does for a site. Written beside the data file.
 * @param {string} origin
 * @param {number} size
 * @param {number} timeoutMs
 * @returns {Promise<string>} the file written
 */
export async function makeSnapshot(origin, size, timeoutMs) {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 2400 } });
    await loadPage(page, pageUrl(origin, 'pantau', size, timeoutMs), timeoutMs);
    const json = await page.evaluate(async () =>
      JSON.stringify(
        await /** @type {any} */ (document.querySelector('pantau-dashboard')).takeSnapshot(),
      ),
    );
    const file = path.join(ROOT, `datasets/scale/applications_${size}.snapshot.json`);
    writeFileSync(file, json);
    // The preview server must serve it (a file added after it started).
    const served = await fetch(`${origin}/datasets/scale/applications_${size}.snapshot.json`);
    if (!served.ok) throw new Error(`the snapshot is not served (HTTP ${served.status})`);
    return file;
  } finally {
    await browser.close();
  }
}

/**
 * S1 (cold, then warm HTTP cache), S2, and with `bytes` S6, in a fresh browser.
 * @param {string} origin
 * @param {keyof typeof BROWSER_CONTENDERS} contender
 * @param {number} size
 * @param {{ timeoutMs: number, bytes: boolean, outDir: string }} options
 */
export async function runLoad(origin, contender, size, options) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1300, height: 2400 } });
    const page = await context.newPage();
    /** @type {{ url: string, type: string, at: number, response: import('playwright').Response }[]} */
    const responses = [];
    const t0 = Date.now();
    // On the context: the DuckDB worker's own requests (the wasm) are not the page's.
    context.on('response', (response) =>
      responses.push({
        url: response.url(),
        type: response.request().resourceType(),
        at: Date.now() - t0,
        response,
      }),
    );
    const cold = await loadPage(
      page,
      pageUrl(origin, contender, size, options.timeoutMs),
      options.timeoutMs,
    );
    const memory = { rendererPeak: await rendererPeak(browser), heapPeak: cold.heapPeak };
    const bytes = options.bytes ? await countBytes(origin, options.outDir, responses) : null;
    await page.close();
    const warmPage = await context.newPage();
    const warm = await loadPage(
      warmPage,
      pageUrl(origin, contender, size, options.timeoutMs),
      options.timeoutMs,
    );
    return { cold, warm: { firstChart: warm.firstChart, allDrawn: warm.allDrawn }, memory, bytes };
  } finally {
    await browser.close();
  }
}

/**
 * S6: JavaScript (gzip) loaded before the first DuckDB worker or wasm request, all JavaScript
 * including DuckDB's worker, and the wasm. Datasets are left out.
 * @param {string} origin
 * @param {string} outDir the build the server serves (sizes are read from its files)
 * @param {{ url: string, type: string, at: number, response: import('playwright').Response }[]} responses
 */
async function countBytes(origin, outDir, responses) {
  const own = responses.filter((r) => r.url.startsWith(origin) && !r.url.includes('/datasets/'));
  // Pantau's files keep their names; Vite's emitted copies carry a hash (duckdb-eh-<hash>.wasm).
  const isDuckdb = (/** @type {string} */ url) =>
    /duckdb[^/]*(\.wasm|\.worker[^/]*\.js)$/.test(new URL(url).pathname);
  const firstDuckdb = own.findIndex((r) => isDuckdb(r.url));
  const out = {
    jsBeforeDuckdb: 0,
    jsTotal: 0,
    wasm: 0,
    wasmGzip: 0,
    files: /** @type {any[]} */ ([]),
  };
  /** Paths counted: a file requested twice (Pantau's engine prefetch, then its worker reading
   * the HTTP cache) is one file. */
  const seen = new Set();
  for (const [i, r] of own.entries()) {
    const urlPath = new URL(r.url).pathname;
    if (seen.has(urlPath)) continue;
    seen.add(urlPath);
    const isWasm = urlPath.endsWith('.wasm');
    const isJs = /\.(m?js|ts)$/.test(urlPath) || r.type === 'script';
    if (!isWasm && !isJs) continue;
    let size;
    try {
      size = await sizeOf(urlPath, async () => readFileSync(fileOf(outDir, urlPath)));
    } catch {
      continue;
    }
    out.files.push({ path: urlPath, type: r.type, ...size });
    if (isWasm) {
      out.wasm += size.raw;
      out.wasmGzip += size.gzip;
    } else {
      out.jsTotal += size.gzip;
      if (firstDuckdb === -1 || i < firstDuckdb) out.jsBeforeDuckdb += size.gzip;
    }
  }
  return out;
}

/**
 * The interaction run, in a fresh browser: the gesture one second after the first chart's paint
 * (a brush on the month line, drawn by then by definition of S1), the load's end, S4 (hover on
 * each widget that publishes, then wait for the database to go idle), S3 in each of `forms` (see
 * gestures.mjs; each timed from its pointerup to the last repaint), S5, and the contender's own
 * pre-aggregation builds.
 * @param {string} origin
 * @param {keyof typeof BROWSER_CONTENDERS} contender
 * @param {number} size
 * @param {{ timeoutMs: number, interactions: number, forms: readonly import('./gestures.mjs').S3Form[] }} options
 */
export async function runInteract(origin, contender, size, options) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1300, height: 2400 } });
    const page = await context.newPage();
    const wait = await openPage(
      page,
      pageUrl(origin, contender, size, options.timeoutMs),
      options.timeoutMs,
    );
    /** @type {() => Promise<import('./page/measure.ts').Targets>} */
    const targets = () => page.evaluate(() => /** @type {any} */ (window).__bench.targets());
    const timed = timedGesture(page, wait);

    const early = await earlyGesture(page, wait, timed);
    const loaded = await wait(
      page.evaluate(() => /** @type {any} */ (window).__bench.load),
      'load and first draw',
    );

    // S4: what a first hover starts (pre-aggregation), per publishing widget.
    let preaggMs = 0;
    const t = await targets();
    for (const rect of [t.units[0], t.status[0], t.line]) {
      if (!rect) continue;
      const since = await page.evaluate(() => /** @type {any} */ (window).__bench.now());
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      preaggMs += await wait(
        page.evaluate((s) => /** @type {any} */ (window).__bench.idleSince(s), since),
        'pre-aggregation after hover',
      );
    }

    // S3: the gestures, in each form.
    /** @type {Record<string, (number | null)[]>} */
    const forms = {};
    for (const form of options.forms) {
      const dwellMs = form === 'dwell' ? DWELL_MS : 0;
      forms[form] = [];
      for (const gesture of formGestures(form, options.interactions)) {
        const points = gesturePoints(await targets(), gesture);
        forms[form].push(await timed(() => performGesture(page, points, dwellMs)));
      }
    }
    const heapPeak = await page.evaluate(() => /** @type {any} */ (window).__bench.heapPeak());
    const cubeBuilds = await page.evaluate(() => /** @type {any} */ (window).__bench.cubeBuilds());
    return {
      loaded,
      preaggMs,
      // Kept as before (the plan form) for older readers of the JSON.
      latencies: forms['plan'] ?? [],
      forms,
      early,
      cubeBuilds,
      memory: { rendererPeak: await rendererPeak(browser), heapPeak },
    };
  } finally {
    await browser.close();
  }
}

/**
 * Times a gesture: ms from its pointerup to the frame after its last repaint (null: none).
 * @param {import('playwright').Page} page
 * @param {<T>(p: Promise<T>, what: string) => Promise<T>} wait
 * @returns {(act: () => Promise<void>) => Promise<number | null>}
 */
export function timedGesture(page, wait) {
  return async (act) => {
    await page.evaluate(() => /** @type {any} */ (window).__bench.arm());
    await act();
    const { ms } = await wait(
      page.evaluate(() => /** @type {any} */ (window).__bench.settled()),
      'repaint after a gesture',
    );
    return /** @type {number | null} */ (ms);
  };
}

/**
 * A brush over the month line one second after the first chart's paint: its latency, when it came
 * (ms after the paint) and the pre-aggregation builds running or done by then.
 * @param {import('playwright').Page} page
 * @param {<T>(p: Promise<T>, what: string) => Promise<T>} wait
 * @param {(act: () => Promise<void>) => Promise<number | null>} timed
 */
export async function earlyGesture(page, wait, timed) {
  const painted = await wait(
    page.evaluate(() => /** @type {any} */ (window).__bench.firstPainted),
    'first chart',
  );
  const points = gesturePoints(
    await page.evaluate(() => /** @type {any} */ (window).__bench.targets()),
    { kind: 'brush', from: 0.3, to: 0.6 },
  );
  await page.evaluate(
    (at) => /** @type {any} */ (window).__bench.until(at),
    painted + EARLY_GESTURE_MS,
  );
  const atInput = await page.evaluate(() => performance.now());
  const builds = await page.evaluate(() => /** @type {any} */ (window).__bench.cubeBuilds());
  const ms = await timed(() => performGesture(page, points, 0));
  return {
    ms,
    afterPaintMs: atInput - painted,
    buildsDone: builds?.builds.length ?? null,
    buildsRunning: builds?.pending ?? null,
  };
}
