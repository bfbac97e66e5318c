// @ts-check
/**
 * Where a cross-filter interaction's main-thread time goes after its answer arrives (issue 13:
 * drawing was 27-32 ms of the 1M-row latency). Opens the crossfilter page, lets it settle, then
 * runs the benchmark's interactions with a Chromium trace and V8's CPU profiler on, and splits
 * each interaction's main thread into two windows: input -> last answer, and last answer -> the
 * frame after the last repaint ("drawing"). For the drawing window it prints the trace's time by
 * kind (script, style, layout, paint, ...; thread time, so other processes' load counts less)
 * and the profiler's self time by function (wall time: samples while the thread was descheduled
 * land in "(program)"); the main thread's busy thread time in the window; forced (synchronous)
 * style and layout passes, counted as those inside a task's JavaScript.
 *
 *   node bench/crossfilter/profile.mjs [--rows 100000] [--interactions 20] [--json out.json]
 *     [--inclusive '^(update|query|prepare|route|answerInPage|patchDrawing)$'] [--cpuprofile out]
 *     [--invalidations] [--trace trace.json] [--dwell 150] [--no-build-wait] [--sampling 100]
 *
 * `work` in the report: Chromium's rendering work per interaction (input to the frame after the
 * last repaint), median and mean: elements restyled, layout objects dirty/total, paints and
 * their area, raster tasks, forced passes (work-counts.mjs). These counts do not move with the
 * machine's load. `--invalidations` also traces what invalidated style, layout and paint (which
 * element, which attribute or class), per click: it slows the page, so timings are then not
 * comparable.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium, startServer } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { PUBLISHERS, planSessions, runSession } from './measure.mjs';
import {
  INVALIDATIONS,
  WORK_CATEGORIES,
  invalidations,
  summariseWork,
  workCounts,
} from './work-counts.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    interactions: { type: 'string', default: '20' },
    seed: { type: 'string', default: '5' },
    // The pointer's rest on the widget before each input; 0 (with --no-build-wait): it arrives
    // and acts at once, as bench/compare's `plan` form.
    dwell: { type: 'string', default: '150' },
    // V8's CPU profiler's sampling interval in µs; 0 turns the profiler off, for the trace's
    // thread times and the latency without its overhead (it adds a few ms to each interaction).
    sampling: { type: 'string', default: '100' },
    // More of the page's query string (its switches, e.g. '&preagg=off').
    query: { type: 'string', default: '' },
    'build-wait': { type: 'boolean', default: true },
    top: { type: 'string', default: '30' },
    json: { type: 'string' },
    timeline: { type: 'string' },
    // The raw V8 CPU profile (DevTools' .cpuprofile) with each interaction's drawing window in
    // profile µs as `windows`, to read a top-down tree of a click in DevTools or a script.
    cpuprofile: { type: 'string' },
    invalidations: { type: 'boolean', default: false },
    // The raw trace (Chromium's JSON), to open in DevTools' Performance panel.
    trace: { type: 'string' },
    // Function names whose inclusive time to report (a regular expression), e.g. to split an
    // interaction answered in the page into asking (plans, SQL, the page's answer) and drawing.
    inclusive: {
      type: 'string',
      default:
        '^(drawChart|render[A-Z]\\w*|performUpdate|update|updated|tableFromIPC|#draw|#sync|hostUpdate)$',
    },
  },
  allowNegative: true,
});
const PAGE = 'bench/crossfilter/page/index.html';
const CATEGORIES = [
  ...WORK_CATEGORIES,
  'blink.user_timing',
  ...(values.invalidations ? [INVALIDATIONS] : []),
];

/** Main-thread trace events by kind, in the given windows (trace µs). */
function traceByKind(/** @type {any[]} */ events, /** @type {[number, number][]} */ windows) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const main = events.filter(
    (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  // Self time per event name: a nested event's time is taken out of its parent's.
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {Record<string, number>} */
  const self = {};
  /** @type {any[]} */
  const stack = [];
  // An event counts when it overlaps a window: the task that delivers the answer starts just
  // before the answer's time and holds the decoding and every widget's update.
  const inWindow = (/** @type {any} */ e) => windows.some(([a, b]) => e.ts < b && e.ts + e.dur > a);
  for (const e of main) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // Thread time (tdur) where the trace has it: the machine is shared, and wall time counts
    // the moments another process had the core.
    const ms = (/** @type {any} */ x) => (x.tdur ?? x.dur) / 1000;
    if (inWindow(e)) {
      if (parent === undefined)
        self['(busy: top-level tasks)'] = (self['(busy: top-level tasks)'] ?? 0) + ms(e);
      // The frame's own style and layout run right under its task; inside script they were forced.
      if (parent && parent.name !== 'RunTask' && /^(UpdateLayoutTree|Layout)$/.test(e.name)) {
        const key = `(forced ${e.name}: count)`;
        self[key] = (self[key] ?? 0) + 1;
        self[`(forced ${e.name}: ms)`] = (self[`(forced ${e.name}: ms)`] ?? 0) + ms(e);
      }
      self[e.name] = (self[e.name] ?? 0) + ms(e);
      if (parent && inWindow(parent)) self[parent.name] = (self[parent.name] ?? 0) - ms(e);
    }
    stack.push(e);
  }
  return Object.fromEntries(
    Object.entries(self)
      .filter(([, ms]) => ms >= 0.05)
      .sort((a, b) => b[1] - a[1]),
  );
}

/**
 * The CPU profile's inclusive time in the functions whose names match `pattern` (each widget's
 * drawChart and update, the renderers), in the windows: a sample counts once for each distinct
 * matching function on its stack.
 */
function profileInclusive(
  /** @type {any} */ profile,
  /** @type {[number, number][]} */ windows,
  /** @type {RegExp} */ pattern,
) {
  /** @type {Map<number, any>} */
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parentOf.set(c, node.id);
  /** @type {Record<string, number>} */
  const out = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some(([a, b]) => t >= a && t < b)) continue;
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parentOf.get(id)) {
      const f = byId.get(id)?.callFrame;
      if (!f || !pattern.test(f.functionName)) continue;
      const file = f.url.replace(/[?#].*$/, '').replace(/^.*\/src\//, '');
      const key = `${f.functionName} ${file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out[key] = (out[key] ?? 0) + dt;
    }
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

/** The CPU profile's self time by function (name, file:line) in the windows. */
function profileByFunction(/** @type {any} */ profile, /** @type {[number, number][]} */ windows) {
  const names = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const file = f.url.replace(/[?#].*$/, '').replace(/^.*\/(packages|node_modules)\//, '$1/');
    names.set(node.id, `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`);
  }
  /** @type {Record<string, number>} */
  const out = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!windows.some(([a, b]) => t >= a && t < b)) continue;
    const key = names.get(profile.samples[i]) ?? '?';
    out[key] = (out[key] ?? 0) + dt;
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

/**
 * The first `count` interactions' main-thread events from the input to the frame, indented by
 * nesting (>= 0.3 ms), with forced layouts' and style recalcs' JS stacks.
 */
function printTimeline(
  /** @type {any[]} */ events,
  /** @type {any[]} */ steps,
  /** @type {(ms: number) => number} */ toTrace,
  /** @type {number} */ count,
) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const main = events
    .filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const s of steps.slice(0, count)) {
    const a = toTrace(s.inputAt);
    const b = toTrace(s.inputAt + s.latency);
    console.log(
      `--- ${s.widget} ${s.kind}: answer ${s.queriesDone.toFixed(1)} ms, frame ${s.latency.toFixed(1)} ms`,
    );
    /** @type {any[]} */
    const stack = [];
    for (const e of main.filter((x) => x.ts >= a && x.ts < b)) {
      while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      stack.push(e);
      if (e.dur < 300) continue;
      const d = e.args?.data ?? e.args?.beginData ?? {};
      const where =
        d.stackTrace?.[0] ??
        d.stackTrace?.callFrames?.[0] ??
        (d.url ? { url: d.url, functionName: d.functionName } : null);
      const at = where
        ? ` <- ${where.functionName ?? ''} ${String(where.url ?? '').replace(/^.*\/(packages|node_modules)\//, '')}:${(where.lineNumber ?? 0) + 1}`
        : '';
      const kind = d.type ?? d.functionName ?? '';
      console.log(
        `${((e.ts - a) / 1000).toFixed(1).padStart(6)} ${'  '.repeat(stack.length - 1)}${e.name} ${kind} ${(e.dur / 1000).toFixed(2)} ms${at}`,
      );
    }
  }
}

ensureScaleFile(Number(values.rows));
const { server, origin } = await startServer([PAGE]);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  const page = await context.newPage();
  await page.goto(`${origin}/${PAGE}?rows=${values.rows}${values.query}`);
  await page.evaluate(() => /** @type {any} */ (window).__cfPage.loaded);
  await page.evaluate(() => /** @type {any} */ (window).__cfPage.settled());
  const sessions = planSessions(PUBLISHERS, Number(values.interactions), Number(values.seed));
  // One warm-up session (first draws of each state compile their code).
  await runSession(page, sessions[0] ?? [], { dwellMs: 150, waitBuildsMs: 30_000 });

  const cdp = await context.newCDPSession(page);
  const sampling = Number(values.sampling);
  if (sampling > 0) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: sampling });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  // The page clock (performance.now) against the trace clock, by a user-timing mark.
  const syncAt = await page.evaluate(() => performance.mark('cf-sync').startTime);
  /** @type {any[]} */
  const steps = [];
  const stepOptions = {
    dwellMs: Number(values.dwell),
    waitBuildsMs: values['build-wait'] ? 30_000 : 0,
  };
  for (const session of sessions) {
    steps.push(...(await runSession(page, session, stepOptions)));
  }
  const { profile } =
    sampling > 0
      ? await cdp.send('Profiler.stop')
      : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  /** @type {any[]} */
  const events = trace.traceEvents ?? trace;
  const sync = events.find((e) => e.name === 'cf-sync');
  if (!sync) throw new Error('no cf-sync mark in the trace');
  const toTrace = (/** @type {number} */ ms) => sync.ts + (ms - syncAt) * 1000;

  const done = steps.filter((s) => s.changed && Number.isFinite(s.latency));
  const drawing = /** @type {[number, number][]} */ (
    done.map((s) => [toTrace(s.inputAt + s.queriesDone), toTrace(s.inputAt + s.latency)])
  );
  const asking = /** @type {[number, number][]} */ (
    done.map((s) => [toTrace(s.inputAt), toTrace(s.inputAt + s.queriesDone)])
  );
  const whole = /** @type {[number, number][]} */ (
    done.map((s) => [toTrace(s.inputAt), toTrace(s.inputAt + s.latency)])
  );
  const per = (/** @type {Record<string, number>} */ o) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, +(v / done.length).toFixed(2)]));
  const top = Number(values.top);
  const cut = (/** @type {Record<string, number>} */ o) =>
    Object.fromEntries(Object.entries(o).slice(0, top));
  const median = (/** @type {number[]} */ xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const report = {
    rows: Number(values.rows),
    interactions: done.length,
    latencyP50: median(done.map((s) => s.latency)),
    answerP50: median(done.map((s) => s.queriesDone)),
    drawingWindowP50: median(done.map((s) => s.latency - s.queriesDone)),
    litUpdateMsP50: median(done.map((s) => s.drawMs)),
    // Each widget's Lit update cycles after the input (wall ms, probe.ts), median per widget.
    widgetUpdateMsP50: Object.fromEntries(
      Object.keys(done[0]?.draws ?? {}).map((id) => [id, median(done.map((s) => s.draws[id]))]),
    ),
    work: summariseWork(workCounts(events, whole)),
    ...(values.invalidations ? { invalidations: cut(invalidations(events, whole)) } : {}),
    drawingByFunction: per(profileInclusive(profile, drawing, new RegExp(values.inclusive ?? ''))),
    drawing: {
      trace: cut(per(traceByKind(events, drawing))),
      js: cut(per(profileByFunction(profile, drawing))),
    },
    asking: {
      trace: cut(per(traceByKind(events, asking))),
      js: cut(per(profileByFunction(profile, asking))),
    },
  };
  console.log(JSON.stringify(report, null, 1));
  if (values.timeline) printTimeline(events, done, toTrace, Number(values.timeline));
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
  if (values.trace) writeFileSync(values.trace, JSON.stringify(trace));
  if (values.cpuprofile)
    writeFileSync(values.cpuprofile, JSON.stringify({ ...profile, windows: drawing }));
} finally {
  await browser.close();
  await server.close();
}
