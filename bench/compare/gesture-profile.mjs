// @ts-check
/**
 * Where one S3 gesture's time goes on a contender's page (issue 13): the page loads as in
 * `npm run bench`, then takes the early gesture (a brush one second after the first chart's
 * paint) and `--gestures` gestures of one form (`plan`: the pointer arrives and acts at once;
 * `dwell`: it rests 500 ms first), with V8's CPU profiler and a Chromium trace on. For each
 * gesture it prints its latency and, from the pointer's arrival to the frame after the last
 * repaint: the main thread's time by trace event (self time), the profiler's self time by
 * function and script, the requests made and the DuckDB worker's busy time. The window starts at
 * the pointer's arrival, not at the pointerup, so what the arrival starts is in it.
 *
 *   node bench/compare/gesture-profile.mjs [--page pantau] [--size 10000] [--form plan]
 *     [--gestures 8] [--top 12] [--kinds unit,status,brush] (only those gestures are taken)
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { DWELL_MS, EARLY_GESTURE_MS, formGestures, gesturePoints } from './gestures.mjs';
import { startPages } from './server.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'pantau' },
    size: { type: 'string', default: '10000' },
    form: { type: 'string', default: 'plan' },
    gestures: { type: 'string', default: '8' },
    top: { type: 'string', default: '12' },
    kinds: { type: 'string', default: 'unit,status,brush' },
    'sql-chars': { type: 'string', default: '120' },
    // V8's sampling profiler slows the page's JavaScript: off, the trace alone times it.
    profiler: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const size = Number(values.size);
const top = Number(values.top);
const dwellMs = values.form === 'dwell' ? DWELL_MS : 0;
const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8', 'loading'];

ensureScaleFile(size);
const pages = await startPages();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  headless: true,
});
try {
  const context = await browser.newContext({ viewport: { width: 1300, height: 2400 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (values.profiler) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  // The pointerup's own time, as the page's measurement takes it (the latency starts there).
  await page.addInitScript(() =>
    addEventListener('pointerup', (e) => Object.assign(window, { __gpUp: e.timeStamp }), {
      capture: true,
    }),
  );
  await page.goto(
    `${pages.origin}/bench/compare/pages/${values.page}/index.html?size=${size}&timeout=120000`,
  );
  const painted = await page.evaluate(() => /** @type {any} */ (window).__bench.firstPainted);
  /** @type {{ name: string, arrive: number, up: number, end: number, ms: number | null, queries?: any[] }[]} */
  const windows = [];
  /**
   * One gesture: pointer onto `from` (its arrival time taken in the page), optional rest, then
   * the click or drag; the window ends at the frame after the last repaint.
   * @param {string} name
   * @param {{ from: { x: number, y: number }, to: { x: number, y: number } | null }} points
   * @param {number} rest
   */
  const gesture = async (name, points, rest) => {
    await page.evaluate(() => /** @type {any} */ (window).__bench.arm());
    const arrive = await page.evaluate(() => performance.now());
    await page.mouse.move(points.from.x, points.from.y);
    if (rest > 0) await page.waitForTimeout(rest);
    await page.mouse.down();
    if (points.to) await page.mouse.move(points.to.x, points.to.y, { steps: 5 });
    await page.mouse.up();
    const { ms } = await page.evaluate(() => /** @type {any} */ (window).__bench.settled());
    const up = await page.evaluate(() => /** @type {any} */ (window).__gpUp);
    const end = ms === null ? await page.evaluate(() => performance.now()) : up + ms;
    const queries = await page.evaluate(
      ([from, to]) => {
        /** @type {any[]} */
        const log = /** @type {any} */ (window).__gpQueries ?? [];
        return log.filter((q) => q.start >= from && q.start < to);
      },
      [arrive, end],
    );
    windows.push({ name, arrive, up, end, ms, queries });
  };
  const targets = () => page.evaluate(() => /** @type {any} */ (window).__bench.targets());
  // Pantau's page: every statement its coordinator sends, timed (what the worker was asked).
  await page.evaluate((limit) => {
    const dashboard = /** @type {any} */ (document.querySelector('pantau-dashboard'));
    const connector = dashboard?.coordinator?.connector;
    if (!connector) return;
    const log = /** @type {any[]} */ ([]);
    Object.assign(window, { __gpQueries: log });
    for (const method of ['query', 'queryPlans', 'exec']) {
      const original = connector[method]?.bind(connector);
      if (!original) continue;
      connector[method] = (/** @type {any[]} */ ...args) => {
        const start = performance.now();
        const entry = { method, start, end: -1, text: JSON.stringify(args[0]).slice(0, limit) };
        log.push(entry);
        const out = original(...args);
        Promise.resolve(out).finally(() => (entry.end = performance.now()));
        return out;
      };
    }
  }, Number(values['sql-chars']));
  await page.evaluate(
    (at) => /** @type {any} */ (window).__bench.until(at),
    painted + EARLY_GESTURE_MS,
  );
  await gesture(
    'early brush',
    gesturePoints(await targets(), { kind: 'brush', from: 0.3, to: 0.6 }),
    0,
  );
  await page.evaluate(() => /** @type {any} */ (window).__bench.load);
  const kinds = new Set(values.kinds.split(','));
  for (const g of formGestures(/** @type {any} */ (values.form), Number(values.gestures))) {
    if (!kinds.has(g.kind)) continue;
    await gesture(`${values.form} ${g.kind}`, gesturePoints(await targets(), g), dwellMs);
  }
  const syncAt = await page.evaluate(() => performance.mark('gp-sync').startTime);
  const { profile } = values.profiler
    ? await cdp.send('Profiler.stop')
    : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  /** @type {any[]} */
  const events = trace.traceEvents ?? trace;
  const sync = events.find((e) => e.name === 'gp-sync');
  if (!sync) throw new Error('no gp-sync mark in the trace');
  const toTrace = (/** @type {number} */ ms) => sync.ts + (ms - syncAt) * 1000;
  report(events, profile, windows, toTrace);
} finally {
  await browser.close();
  await pages.close();
}

/**
 * @param {any[]} events
 * @param {any} profile
 * @param {{ name: string, arrive: number, up: number, end: number, ms: number | null, queries?: any[] }[]} windows
 * @param {(ms: number) => number} toTrace
 */
function report(events, profile, windows, toTrace) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const on = (/** @type {any} */ e, /** @type {RegExp} */ name) =>
    name.test(threads.get(`${e.pid}:${e.tid}`) ?? '');
  const main = events.filter((e) => e.ph === 'X' && on(e, /^CrRendererMain$/));
  const worker = events.filter(
    (e) => e.ph === 'X' && on(e, /^DedicatedWorker/) && e.name === 'ThreadControllerImpl::RunTask',
  );
  const samples = profileSamples(profile);
  for (const w of windows) {
    const [a, b] = [toTrace(w.arrive), toTrace(w.end)];
    const up = toTrace(w.up);
    console.log(
      `\n${w.name}: latency ${w.ms?.toFixed(1) ?? '-'} ms; window ${((b - a) / 1000).toFixed(0)} ms from the pointer's arrival to the last repaint (pointerup at +${((up - a) / 1000).toFixed(0)} ms)`,
    );
    const inWindow = (/** @type {any} */ e) => e.ts >= a && e.ts < b;
    const self = selfTimes(main.filter(inWindow));
    console.log('  main thread, self ms by event:', fmt(self, top));
    const busy = worker.filter(inWindow).reduce((s, e) => s + e.dur / 1000, 0);
    console.log(`  worker RunTask ms: ${busy.toFixed(1)}`);
    for (const q of w.queries ?? []) {
      const at = (/** @type {number} */ t) => (t - w.arrive).toFixed(1);
      console.log(`  ${q.method} +${at(q.start)} .. +${at(q.end)} ms ${q.text}`);
    }
    const requests = events.filter(
      (e) => e.name === 'ResourceSendRequest' && inWindow(e) && e.args?.data?.url,
    );
    for (const r of requests) {
      console.log(
        `  request +${((r.ts - a) / 1000).toFixed(1)} ms ${r.args.data.url.split('/').pop()}`,
      );
    }
    const fns = new Map();
    for (const s of samples) {
      if (s.ts < a || s.ts >= b) continue;
      fns.set(s.name, (fns.get(s.name) ?? 0) + s.ms);
    }
    console.log('  profiler self ms by function:', fmt(fns, top));
  }
}

/** Self time per event name: a nested event's time is taken out of its parent's. */
function selfTimes(/** @type {any[]} */ list) {
  list.sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {any[]} */
  const stack = [];
  for (const e of list) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) {
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  return self;
}

/** The profile's samples as { ts (trace µs), ms, name (function @ script) }. */
function profileSamples(/** @type {any} */ profile) {
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  const out = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    ts += delta;
    const next = profile.timeDeltas[i + 1] ?? 0;
    const node = /** @type {any} */ (nodes.get(profile.samples[i]));
    const frame = node.callFrame;
    const script = String(frame.url).split('/').pop();
    out.push({
      ts,
      ms: next / 1000,
      name: `${frame.functionName || '(anon)'} @ ${script}:${frame.lineNumber}`,
    });
  }
  return out;
}

function fmt(/** @type {Map<string, number>} */ map, /** @type {number} */ n) {
  return [...map]
    .filter(([, v]) => v > 0.05)
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([k, v]) => `\n      ${v.toFixed(1).padStart(6)}  ${k}`)
    .join('');
}
