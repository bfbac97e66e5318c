// @ts-check
/**
 * A cold start's timeline (issue 13, item 4), with a Chromium trace only (no CPU profiler, which
 * slows the page's JavaScript): each request's send and finish, the DuckDB worker's tasks and the
 * main thread's long tasks, ms after navigation start, for one contender's page. Prints the lines
 * in time order; with several runs, the marks' medians.
 *
 *   node bench/compare/timeline.mjs --page pantau --size 10000 [--runs 3] [--query '&x=1']
 *   node bench/compare/timeline.mjs --page duckdb-d3 --size 10000
 *   node bench/compare/timeline.mjs --build /tmp/pages-before   (pages saved by ab.mjs --save-build)
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { servePrebuilt, startPages } from './server.mjs';
import { median } from './stats.mjs';

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'pantau' },
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    query: { type: 'string', default: '' },
    'min-task': { type: 'string', default: '8' },
    quiet: { type: 'boolean', default: false },
    // Pages built earlier (ab.mjs --save-build) instead of building the working tree.
    build: { type: 'string' },
  },
});
const CATEGORIES = ['devtools.timeline', 'v8.wasm', 'loading', 'blink.user_timing', 'toplevel'];
const minTask = Number(values['min-task']);

/** @param {string} origin */
async function once(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 2400 } });
    await browser.startTracing(page, { categories: CATEGORIES });
    const url = `${origin}/bench/compare/pages/${values.page}/index.html?size=${values.size}&timeout=300000${values.query}`;
    await page.goto(url);
    const load = await page.evaluate(() => /** @type {any} */ (window).__bench.load);
    const trips = await page.evaluate(() => /** @type {any} */ (window).__trips ?? []);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const lines = timeline(trace.traceEvents ?? trace);
    for (const t of trips)
      lines.push({
        t: t.sent,
        text: `TRIP ${t.type} ${t.what} -> ${(t.back - t.sent).toFixed(0)} ms (back at ${t.back.toFixed(0)})`,
      });
    lines.push({ t: load.loaded, text: 'LOADED' }, { t: load.firstChart, text: 'FIRST CHART' });
    lines.sort((a, b) => a.t - b.t);
    return {
      load,
      lines,
      marks: { ...milestones(lines), loaded: load.loaded, 'first chart': load.firstChart },
    };
  } finally {
    await browser.close();
  }
}

/** @param {any[]} events */
function timeline(events) {
  const nav = events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        String(e.args?.data?.documentLoaderURL ?? '').includes(`/pages/${values.page}/`),
    )
    .at(-1);
  const t0 = nav.ts;
  const at = (/** @type {number} */ ts) => (ts - t0) / 1000;
  /** @type {Map<string, string>} */
  const threads = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const mainKey = `${nav.pid}:${nav.tid}`;
  /** @type {{ t: number, text: string }[]} */
  const lines = [];
  /** @type {Map<string, { url: string, send: number }>} */
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && String(d?.url).startsWith('http://127.0.0.1'))
      requests.set(d.requestId, { url: d.url, send: at(e.ts) });
    if (e.name === 'ResourceFinish' && requests.has(d?.requestId)) {
      const r = /** @type {any} */ (requests.get(d.requestId));
      const name = r.url.replace(/^.*\//, '').replace(/\?.*$/, '');
      lines.push({ t: r.send, text: `net  ${name} sent` });
      lines.push({
        t: at(e.ts),
        text: `net  ${name} finished (${r.send.toFixed(0)} .. ${at(e.ts).toFixed(0)}, ${(d.encodedDataLength / 1024).toFixed(0)} kB)`,
      });
    }
  }
  for (const e of events) {
    if (e.ph !== 'X' || !(e.dur >= minTask * 1000)) continue;
    const key = `${e.pid}:${e.tid}`;
    const thread = threads.get(key) ?? '';
    const worker = thread === 'DedicatedWorker thread';
    if (!(worker || key === mainKey)) continue;
    if (
      !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) &&
      !e.name.startsWith('wasm.')
    )
      continue;
    const inner = events
      .filter(
        (x) =>
          x.pid === e.pid &&
          x.tid === e.tid &&
          x.ph === 'X' &&
          x.ts >= e.ts &&
          x.ts + x.dur <= e.ts + e.dur &&
          x !== e &&
          x.dur >= 2000 &&
          x.name !== 'ThreadControllerImpl::RunTask',
      )
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 3)
      .map(
        (x) =>
          `${x.name}${x.args?.data?.url ? ' ' + String(x.args.data.url).replace(/^.*\//, '') : ''}${x.args?.data?.functionName ? ' ' + x.args.data.functionName : ''} ${(x.dur / 1000).toFixed(0)}`,
      );
    lines.push({
      t: at(e.ts),
      text: `${worker ? 'WRK ' : 'MAIN'} ${e.name} ${(e.dur / 1000).toFixed(0)} ms  [${inner.join('; ')}]`,
    });
  }
  for (const e of events) {
    if (
      e.cat?.includes('user_timing') &&
      e.pid === nav.pid &&
      (e.ph === 'R' || e.ph === 'I' || e.ph === 'b')
    )
      lines.push({ t: at(e.ts), text: `mark ${e.name}` });
  }
  return lines.sort((a, b) => a.t - b.t);
}

/**
 * The cold start's milestones from a timeline's lines (ms after navigation start): the page's
 * scripts, the engine's worker and wasm, DuckDB's first message, the source's bytes.
 * @param {{ t: number, text: string }[]} lines
 */
function milestones(lines) {
  const first = (/** @type {RegExp} */ re) => lines.find((l) => re.test(l.text))?.t ?? NaN;
  const last = (/** @type {RegExp} */ re) => lines.findLast((l) => re.test(l.text))?.t ?? NaN;
  const instantiated = lines.find((l) => /WRK +wasm\.AsyncInstantiate/.test(l.text));
  const instantiatedEnd = instantiated
    ? instantiated.t + Number(/(\d+) ms/.exec(instantiated.text)?.[1])
    : NaN;
  const afterInstantiate = lines.find(
    (l) => l.t > instantiatedEnd && /WRK .*HandlePostMessage/.test(l.text),
  );
  return {
    'page module evaluated': first(/MAIN .*v8\.evaluateModule/),
    'worker script evaluated': first(/WRK .*EvaluateScript duckdb-browser/),
    'Parquet first request': first(/net {2}applications_.*\.parquet sent/),
    'Parquet last byte': last(/net {2}applications_.*\.parquet finished/),
    'wasm request sent': first(/net {2}duckdb-[a-z]+.*\.wasm sent/),
    'wasm downloaded': first(/net {2}duckdb-[a-z]+.*\.wasm finished/),
    'wasm instantiated': instantiatedEnd,
    'DuckDB open (first message after instantiate)': afterInstantiate?.t ?? NaN,
  };
}

const pages = values.build ? await servePrebuilt(values.build) : await startPages();
try {
  /** @type {any[]} */
  const loads = [];
  /** @type {Record<string, number>[]} */
  const marks = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const { load, lines, marks: m } = await once(pages.origin);
    loads.push(load);
    marks.push(m);
    if (!values.quiet) {
      console.log(
        `--- run ${i + 1}: loaded ${load.loaded.toFixed(0)} firstChart ${load.firstChart.toFixed(0)}`,
      );
      for (const l of lines) console.log(`${l.t.toFixed(0).padStart(6)}  ${l.text}`);
    }
  }
  for (const key of Object.keys(marks[0] ?? {})) {
    const v = marks.map((m) => /** @type {number} */ (m[key]));
    console.log(
      `${median(v).toFixed(0).padStart(6)}  ${key}  (${v.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }
  console.log(
    `${values.page} ${values.size}: median loaded ${median(loads.map((l) => l.loaded)).toFixed(0)} ms, first chart ${median(loads.map((l) => l.firstChart)).toFixed(0)} ms (${loads.map((l) => l.firstChart.toFixed(0)).join(', ')})`,
  );
} finally {
  await pages.close();
}
