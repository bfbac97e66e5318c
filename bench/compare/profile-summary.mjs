// @ts-check
/**
 * profile.mjs's arithmetic: milestones and the DuckDB worker's time from a Chromium trace, the
 * main thread's time by code from a V8 CPU profile. Both clocks are the trace clock (µs); the
 * page's navigation start (the trace's `navigationStart` of the page's document) is 0.
 */

/** @typedef {{ loaded: number, firstChart: number, allDrawn: number }} Marks */

/** Where each phase ends, ms after navigation start. @param {Marks} marks */
const phases = (marks) =>
  /** @type {const} */ ([
    ['to loaded', 0, marks.loaded],
    ['loaded to first chart', marks.loaded, marks.firstChart],
  ]);

/** The navigation start of the benchmark page's document, in trace µs. @param {any[]} events */
export function navigationStart(events) {
  const nav = events.filter(
    (e) =>
      e.name === 'navigationStart' &&
      String(e.args?.data?.documentLoaderURL ?? '').includes('/pages/pantau/index.html'),
  );
  const last = nav.at(-1);
  if (!last) throw new Error('no navigationStart for the page in the trace');
  return /** @type {number} */ (last.ts);
}

/** The frame the page's navigationStart belongs to. @param {any[]} events */
function pageFrame(events) {
  return events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        String(e.args?.data?.documentLoaderURL ?? '').includes('/pages/pantau/index.html'),
    )
    .at(-1)?.args?.frame;
}

/**
 * @param {any} trace Chromium's JSON trace
 * @param {number} _timeOrigin the page's performance.timeOrigin (unused: the trace clock differs)
 * @param {Marks} marks
 */
export function summarizeTrace(trace, _timeOrigin, marks) {
  /** @type {any[]} */
  const events = trace.traceEvents ?? trace;
  const t0 = navigationStart(events);
  const at = (/** @type {number} */ ts) => (ts - t0) / 1000;
  /** @type {Map<string, string>} */
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const threadOf = (/** @type {any} */ e) => threads.get(`${e.pid}:${e.tid}`) ?? '';
  /** @type {Map<string, { url: string, send: number, finish?: number }>} */
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d?.url)
      requests.set(d.requestId, { url: d.url, send: at(e.ts) });
    if (e.name === 'ResourceFinish' && requests.has(d?.requestId))
      /** @type {any} */ (requests.get(d.requestId)).finish = at(e.ts);
  }
  const reqs = [...requests.values()];
  const first = (/** @type {RegExp} */ re) => reqs.filter((r) => re.test(r.url));
  const parquet = first(/\.parquet$/);
  const wasm = first(/duckdb-[a-z]+\.wasm$/)[0];
  const worker = events.filter((e) => e.ph === 'X' && threadOf(e) === 'DedicatedWorker thread');
  const end = (/** @type {string} */ name) => {
    const e = worker.find((x) => x.name === name);
    return e ? at(e.ts + e.dur) : NaN;
  };
  const frame = pageFrame(events);
  const dcl = events
    .filter((e) => e.name === 'domContentLoadedEventEnd' && e.args?.frame === frame)
    .at(-1);
  const milestones = {
    'page scripts run (DOMContentLoaded)': dcl ? at(dcl.ts) : NaN,
    'engine code requested (worker-driver chunk)':
      first(/worker-driver-[\w-]+\.js$/)[0]?.send ?? NaN,
    'DuckDB worker script evaluated': end('EvaluateScript'),
    'wasm request sent': wasm?.send ?? NaN,
    'wasm downloaded': wasm?.finish ?? NaN,
    'wasm instantiated': end('wasm.SyncInstantiate'),
    'Parquet first request': Math.min(...parquet.map((r) => r.send)),
    'Parquet last byte': Math.max(...parquet.map((r) => r.finish ?? NaN)),
  };
  /** Sum of `name`'s durations on the worker starting in [from, to). */
  const sum = (/** @type {string} */ name, /** @type {number} */ from, /** @type {number} */ to) =>
    worker
      .filter((e) => e.name === name && at(e.ts) >= from && at(e.ts) < to)
      .reduce((s, e) => s + e.dur / 1000, 0);
  /** @type {Record<string, number>} */
  const workerTime = {};
  for (const [phase, from, to] of phases(marks)) {
    const messages = sum('HandlePostMessage', from, to);
    const lazy = sum('wasm.CompileLazy', from, to);
    workerTime[`${phase}: worker script parse + run`] = sum('EvaluateScript', from, to);
    workerTime[`${phase}: wasm streaming compile`] = sum('v8.wasm.compileConsume', from, to);
    workerTime[`${phase}: wasm instantiate`] = sum('wasm.SyncInstantiate', from, to);
    workerTime[`${phase}: wasm lazy compile (first calls)`] = lazy;
    // Lazy compiles run inside the messages (DuckDB's first call of each function).
    workerTime[`${phase}: DuckDB's work (messages less lazy compile)`] = messages - lazy;
    // Before the load, the longest message is the table's insert (one IPC stream).
    workerTime[`${phase}: longest DuckDB message`] = Math.max(
      0,
      ...worker
        .filter((e) => e.name === 'HandlePostMessage' && at(e.ts) >= from && at(e.ts) < to)
        .map((e) => e.dur / 1000),
    );
    workerTime[`${phase}: busy in all`] = worker
      .filter((e) => e.name === 'RunTask' && at(e.ts) >= from && at(e.ts) < to)
      .reduce((s, e) => s + e.dur / 1000, 0);
  }
  // Painting the page (the loading skeletons' animation while DuckDB starts, then the charts):
  // rasterised on the renderer's pool threads, painted on the main thread.
  const pageEvents = events.filter((e) => e.ph === 'X' && e.pid === workerPid(worker));
  /** @type {Record<string, number>} */
  const paint = {};
  for (const [phase, from, to] of phases(marks)) {
    const total = (/** @type {string} */ name) =>
      pageEvents
        .filter((e) => e.name === name && at(e.ts) >= from && at(e.ts) < to)
        .reduce((s, e) => s + e.dur / 1000, 0);
    paint[`${phase}: raster (pool threads)`] = total('RasterTask');
    paint[`${phase}: paint (main thread)`] = total('Paint');
  }
  return { milestones, worker: workerTime, paint, t0 };
}

/** The renderer process (DuckDB's worker runs in it). @param {any[]} worker */
const workerPid = (worker) => worker[0]?.pid;

/** A built chunk's name without its hash ("read-DzWrahEd.js" -> "read"). @param {string} url */
function chunkOf(url) {
  if (url === '') return '(native / no script)';
  const file = url.replace(/[?#].*$/, '').replace(/^.*\//, '');
  return file.replace(/-[\w]{8}\.js$/, '').replace(/\.js$/, '');
}

/**
 * The main thread's samples by chunk, per phase, ms.
 * @param {any} profile V8 CPU profile (Profiler.stop)
 * @param {number} t0 navigation start, trace µs
 * @param {Marks} marks
 */
export function summarizeProfile(profile, t0, marks) {
  /** @type {Map<number, string>} */
  const bucket = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const special = /^\((idle|program|garbage collector)\)$/.test(f.functionName);
    bucket.set(node.id, special ? f.functionName : chunkOf(f.url));
  }
  /** @type {Record<string, number>} */
  const out = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const ms = (t - t0) / 1000;
    const phase = phases(marks).find(([, from, to]) => ms >= from && ms < to)?.[0];
    if (!phase) continue;
    const key = `${phase}: ${bucket.get(profile.samples[i]) ?? '?'}`;
    out[key] = (out[key] ?? 0) + dt;
  }
  // Largest first; small ones folded, so the table stays readable.
  const sorted = Object.entries(out).sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(sorted.filter(([, v]) => v >= 20));
}
