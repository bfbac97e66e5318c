// @ts-check
/**
 * `npm run bench:soak` (issue 17 item 7): thousands of selections and hundreds of source reloads
 * on the nine-widget cross-filter dashboard (bench/crossfilter/page) in headless Chromium, as real
 * pointer input (clicks on bars, donut slices and heatmap cells, brushes on the month line; the
 * selection cleared after every one to three of them, as a reader does). Every `SOAK_EVERY` steps,
 * once the widgets have settled and the dashboard's idle cube rebuild (after a reload or a
 * selection change) has run and finished (page/main.ts `rebuilt`), and after a forced GC, it
 * samples: the page's JS heap (CDP Runtime.getHeapUsage), DOM nodes and JS event listeners
 * (Memory.getDOMCounters), DuckDB's memory (`duckdb_memory()`), cube tables in DuckDB and in the
 * pre-aggregator, and the page's workers. It reports each one's growth from step `SOAK_FROM` to
 * the end (limit `SOAK_LIMIT` %), and exits 1 when one is over. Writes bench/results/soak.json
 * after every sample (a run stopped early keeps what it measured; `complete` says which), with
 * the seconds each part of a step took per `SOAK_EVERY` steps (`times`).
 *
 * With SOAK_SNAPSHOTS=1 it also takes a heap snapshot at step `SOAK_FROM` and at the end and
 * prints the object kinds whose count grew most between them (what is retained per step);
 * SOAK_SNAPSHOT_DIR=<folder> keeps the two files, for retainers.mjs. With SOAK_CODE=1 it takes
 * one at every sample and records V8's compiled code (`codeEntries`, `codeBytes`, `codeObjects`),
 * kept as step-N.heapsnapshot in SOAK_SNAPSHOT_DIR for code-growth.mjs (what was compiled).
 *
 * Options (environment): SOAK_ROWS=1000000  SOAK_SELECTIONS=2000  SOAK_RELOADS=200
 * SOAK_EVERY=100  SOAK_FROM=200  SOAK_LIMIT=5  SOAK_SEED=7  SOAK_SNAPSHOTS=0  SOAK_CODE=0
 * SOAK_CUBES=always (cubes built at any size; `page`: only from 1M rows, as pages do)
 * SOAK_JS_FLAGS='' (V8 flags, a diagnostic: '--no-maglev --no-turbofan' runs without V8's
 * optimising compilers, to tell their warm-up from memory kept per step)
 * CHROMIUM_PATH
 * The full scale is for a quiet machine; on a shared one, e.g.
 *   SOAK_ROWS=200000 SOAK_SELECTIONS=600 SOAK_RELOADS=60 npm run bench:soak
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchChromium, startServer } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { PUBLISHERS, plotBox, random } from '../crossfilter/measure.mjs';
import { codeSummary, snapshotGrowth, summarizeSnapshot, takeSnapshot } from './heap-snapshot.mjs';

const PAGE = 'bench/soak/page/index.html';
const RESULTS = path.join(ROOT, 'bench/results/soak.json');

const env = process.env;
const SETTINGS = {
  rows: Number(env.SOAK_ROWS ?? 1_000_000),
  selections: Number(env.SOAK_SELECTIONS ?? 2000),
  reloads: Number(env.SOAK_RELOADS ?? 200),
  every: Number(env.SOAK_EVERY ?? 100),
  from: Number(env.SOAK_FROM ?? 200),
  limitPercent: Number(env.SOAK_LIMIT ?? 5),
  seed: Number(env.SOAK_SEED ?? 7),
  snapshots: env.SOAK_SNAPSHOTS === '1',
  /** A heap snapshot at every sample, to count V8's compiled code (`code` entries) over the run. */
  code: env.SOAK_CODE === '1',
  /** `always`: cubes at any size (the page's rule builds none under 1M rows); `page`: as pages do. */
  cubes: env.SOAK_CUBES ?? 'always',
  /**
   * V8 flags for a diagnostic run, not how pages run: e.g. `--no-maglev --no-turbofan` leaves
   * V8's optimising compilers out, to see whether the heap's growth is their code (warm-up) or
   * something kept per step. Empty: Chromium as it ships.
   */
  jsFlags: env.SOAK_JS_FLAGS ?? '',
};
/** What is sampled, and whether the growth limit applies to it. */
const METRICS = [
  'heapBytes',
  'domNodes',
  'listeners',
  'duckdbBytes',
  'cubeTables',
  'cubes',
  'workers',
];

/**
 * A point inside one mark of `id` (bar, donut slice, heatmap cell), hit-testing that mark only:
 * the mark at fraction `a` of those drawn (the next one when none of its points is on top), the
 * point at fraction `b` of its points. crossfilter/measure.mjs's clickPoint tests every mark (121
 * points each, thousands of elementFromPoint calls on the heatmap) to choose one: harness time
 * the soak spent at every step.
 * @param {import('playwright').Page} page
 * @param {string} id
 * @param {number} a
 * @param {number} b
 * @returns {Promise<{ x: number, y: number } | null>}
 */
function clickPoint(page, id, a, b) {
  return page.evaluate(
    ([widgetId, fa, fb]) => {
      const root = document.getElementById(String(widgetId))?.shadowRoot;
      if (!root) return null;
      const shapes = /** @type {SVGGeometryElement[]} */ ([
        ...root.querySelectorAll(
          'rect.pantau-bar, g.pantau-donut-slices path, g.pantau-heatmap-cells path',
        ),
      ]);
      /** @param {SVGGeometryElement} shape */
      const pointsIn = (shape) => {
        const svg = shape.ownerSVGElement;
        const ctm = shape.getScreenCTM();
        if (!svg || !ctm) return [];
        const box = shape.getBBox();
        const points = [];
        for (let i = 1; i < 12; i++) {
          for (let j = 1; j < 12; j++) {
            const p = svg.createSVGPoint();
            p.x = box.x + (box.width * i) / 12;
            p.y = box.y + (box.height * j) / 12;
            if (!shape.isPointInFill(p)) continue;
            const c = p.matrixTransform(ctm);
            if (root.elementFromPoint(c.x, c.y) === shape) points.push({ x: c.x, y: c.y });
          }
        }
        return points;
      };
      const first = Math.floor(Number(fa) * shapes.length);
      for (let k = 0; k < shapes.length; k++) {
        const shape = shapes[(first + k) % shapes.length];
        const points = shape ? pointsIn(shape) : [];
        if (points.length > 0) return points[Math.floor(Number(fb) * points.length)] ?? null;
      }
      return null;
    },
    [id, a, b],
  );
}

/**
 * One reader's input on a publisher: a click in a mark, or a brush across the month line.
 * @param {import('playwright').Page} page
 * @param {string} widget
 * @param {'click' | 'brush'} kind
 * @param {() => number} rng
 * @returns {Promise<boolean>} false when there was nothing to click
 */
async function input(page, widget, kind, rng) {
  const a = rng();
  const b = rng();
  if (kind === 'click') {
    const at = await clickPoint(page, widget, a, b);
    if (at === null) return false;
    await page.mouse.move(at.x, at.y, { steps: 2 });
    await page.mouse.down();
    await page.mouse.up();
    return true;
  }
  const box = await plotBox(page, widget);
  if (box === null) return false;
  const left = box.x + box.width * 0.12;
  const span = box.width * 0.76;
  const x1 = left + span * a * 0.8;
  const x2 = Math.min(left + span, x1 + span * (0.1 + b * 0.4));
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x1, y, { steps: 2 });
  await page.mouse.down();
  await page.mouse.move(x2, y, { steps: 4 });
  await page.mouse.up();
  return true;
}

/**
 * Everything sampled at one step, once the widgets and the idle cube rebuild have settled, after
 * a forced GC. With SOAK_CODE=1, also V8's compiled code (a heap snapshot's `code` entries),
 * taken after the heap was read.
 * @param {import('playwright').Page} page
 * @param {import('playwright').CDPSession} cdp
 * @param {number} step
 * @param {string} snapshotDir
 */
async function sample(page, cdp, step, snapshotDir) {
  const rebuildPasses = await page.evaluate(() => /** @type {any} */ (window).__soak.rebuilt());
  const inPage = await page.evaluate(() => /** @type {any} */ (window).__soak.sample());
  // Twice: the first collection can leave what finalizers freed for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
  const dom = /** @type {{ nodes: number, jsEventListeners: number }} */ (
    await cdp.send('Memory.getDOMCounters')
  );
  /** @type {{ codeEntries?: number, codeBytes?: number, codeObjects?: number }} */
  let code = {};
  if (SETTINGS.code) {
    const file = path.join(snapshotDir, `step-${step}.heapsnapshot`);
    await takeSnapshot(cdp, file);
    code = codeSummary(file);
    // Kept with SOAK_SNAPSHOT_DIR, for code-growth.mjs between any two steps.
    if (!env.SOAK_SNAPSHOT_DIR) rmSync(file, { force: true });
  }
  return {
    step,
    at: Date.now(),
    heapBytes: heap.usedSize,
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    workers: page.workers().length,
    ...inPage,
    rebuildPasses,
    ...code,
  };
}

/** @param {any[]} samples */
function growth(samples) {
  const first = samples.find((s) => s.step >= SETTINGS.from) ?? samples[0];
  const last = samples.at(-1);
  return Object.fromEntries(
    METRICS.map((key) => {
      const a = Number(first[key]);
      const b = Number(last[key]);
      const percent = a === 0 ? (b === 0 ? 0 : Infinity) : ((b - a) / a) * 100;
      return [key, { from: a, to: b, percent, ok: percent <= SETTINGS.limitPercent }];
    }),
  );
}

/**
 * @param {import('playwright').Page} page
 * @param {import('playwright').CDPSession} cdp
 * @param {string} snapshotDir
 * @param {(run: object) => void} onSample the run so far, after every sample (written at once:
 *   a run stopped before its end keeps what it measured)
 */
async function soak(page, cdp, snapshotDir, onSample) {
  const rng = random(SETTINGS.seed);
  const ids = /** @type {(keyof typeof PUBLISHERS)[]} */ (Object.keys(PUBLISHERS));
  const reloadEvery = SETTINGS.reloads > 0 ? Math.floor(SETTINGS.selections / SETTINGS.reloads) : 0;
  /** Milliseconds spent in each part of a step, over the last `every` steps (where time goes). */
  const spent = { input: 0, settle: 0, clear: 0, reload: 0, sample: 0 };
  /** @type {Record<string, number>[]} */
  const times = [];
  /**
   * @template T
   * @param {keyof typeof spent} part
   * @param {() => Promise<T>} work
   */
  const timed = async (part, work) => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      spent[part] += performance.now() - t0;
    }
  };
  const samples = [await sample(page, cdp, 0, snapshotDir)];
  let inSession = 0;
  let sessionLength = 1 + Math.floor(rng() * 3);
  let reloads = 0;
  let skipped = 0;
  const started = Date.now();
  for (let step = 1; step <= SETTINGS.selections; step++) {
    const widget = ids[Math.floor(rng() * ids.length)] ?? 'units';
    if (!(await timed('input', () => input(page, widget, PUBLISHERS[widget], rng)))) skipped++;
    await timed('settle', () => page.evaluate(() => /** @type {any} */ (window).__soak.settled()));
    if (++inSession >= sessionLength) {
      await timed('clear', async () => {
        await page.evaluate(() => /** @type {any} */ (window).__soak.clear());
        await page.mouse.move(2, 2);
      });
      inSession = 0;
      sessionLength = 1 + Math.floor(rng() * 3);
    }
    if (reloadEvery > 0 && step % reloadEvery === 0 && reloads < SETTINGS.reloads) {
      await timed('reload', () => page.evaluate(() => /** @type {any} */ (window).__soak.reload()));
      reloads++;
    }
    if (step % SETTINGS.every === 0) {
      const s = await timed('sample', () => sample(page, cdp, step, snapshotDir));
      samples.push(s);
      const seconds = Object.fromEntries(
        Object.entries(spent).map(([part, ms]) => [part, Math.round(ms / 100) / 10]),
      );
      times.push({ step, ...seconds });
      for (const part of /** @type {(keyof typeof spent)[]} */ (Object.keys(spent)))
        spent[part] = 0;
      onSample({ samples, times, reloads, skipped, seconds: (Date.now() - started) / 1000 });
      const code =
        s.codeEntries === undefined ? '' : `, code ${s.codeEntries} entries, ${s.codeObjects} Code`;
      console.log(
        `  step ${step}: heap ${(s.heapBytes / 2 ** 20).toFixed(2)} MB, nodes ${s.domNodes}, listeners ${s.listeners}, duckdb ${(s.duckdbBytes / 2 ** 20).toFixed(1)} MB, cube tables ${s.cubeTables}, workers ${s.workers}${code} (${((Date.now() - started) / 1000).toFixed(0)} s; last ${SETTINGS.every} steps, s: ${JSON.stringify(seconds)}; load ${(os.loadavg()[0] ?? 0).toFixed(1)})`,
      );
      if (SETTINGS.snapshots && step === SETTINGS.from) {
        await takeSnapshot(cdp, path.join(snapshotDir, 'from.heapsnapshot'));
      }
    }
  }
  return { samples, times, reloads, skipped, seconds: (Date.now() - started) / 1000 };
}

/**
 * Writes bench/results/soak.json: the run (so far, or complete), its growth and the load.
 * @param {any} run
 * @param {string} chromium
 * @param {string[]} errors
 * @param {unknown} grown
 */
function writeResults(run, chromium, errors, grown) {
  const report = growth(run.samples);
  const result = {
    date: new Date().toISOString(),
    settings: SETTINGS,
    chromium,
    load: os.loadavg(),
    ...run,
    growth: report,
    snapshotGrowth: grown,
    errors: errors.slice(0, 20),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 1)}\n`);
  return report;
}

async function main() {
  ensureScaleFile(SETTINGS.rows);
  const { server, origin } = await startServer([PAGE]);
  // SOAK_SNAPSHOT_DIR keeps the snapshots there (to follow retainers in DevTools or retainers.mjs).
  const keep = env.SOAK_SNAPSHOT_DIR;
  if (keep) mkdirSync(keep, { recursive: true });
  const snapshotDir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'pantau-soak-'));
  const browser = await launchChromium(SETTINGS.jsFlags ? [`--js-flags=${SETTINGS.jsFlags}`] : []);
  /** @type {string[]} */
  const errors = [];
  let run;
  let grown = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/${PAGE}?rows=${SETTINGS.rows}&cubes=${SETTINGS.cubes}`);
    const statuses = await page.evaluate(() => /** @type {any} */ (window).__soak.settled());
    console.log(`${SETTINGS.rows.toLocaleString('en')} rows loaded: ${statuses.join(', ')}`);
    /** @param {any} partial */
    const record = (partial) =>
      writeResults({ ...partial, complete: false }, browser.version(), errors, null);
    run = await soak(page, cdp, snapshotDir, record);
    if (SETTINGS.snapshots) {
      const end = path.join(snapshotDir, 'end.heapsnapshot');
      await takeSnapshot(cdp, end);
      const before = summarizeSnapshot(path.join(snapshotDir, 'from.heapsnapshot'));
      grown = snapshotGrowth(before, summarizeSnapshot(end));
      console.log(`grew most from step ${SETTINGS.from} to the end (count, bytes):`);
      for (const g of grown) console.log(`  ${g.count}\t${g.bytes}\t${g.name} (now ${g.total})`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    if (!keep) rmSync(snapshotDir, { recursive: true, force: true });
  }
  const report = writeResults({ ...run, complete: true }, browser.version(), errors, grown);
  console.log(
    `${SETTINGS.selections} selections, ${run.reloads} reloads (${run.skipped} inputs found no mark) in ${run.seconds.toFixed(0)} s; growth from step ${SETTINGS.from}:`,
  );
  for (const [key, g] of Object.entries(report)) {
    console.log(
      `  ${key.padEnd(12)} ${String(g.from).padStart(12)} -> ${String(g.to).padStart(12)}  ${g.percent.toFixed(2).padStart(7)} %  ${g.ok ? 'ok' : `OVER ${SETTINGS.limitPercent} %`}`,
    );
  }
  if (errors.length > 0) console.log(`page errors:\n  ${errors.slice(0, 5).join('\n  ')}`);
  console.log(`wrote ${path.relative(ROOT, RESULTS)}`);
  if (Object.values(report).some((g) => !g.ok)) process.exitCode = 1;
}

await main();
