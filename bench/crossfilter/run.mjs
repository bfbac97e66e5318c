// @ts-check
/**
 * `npm run bench:crossfilter`: nine linked widgets over the applications table at 100k, 1M and
 * 10M rows in headless Chromium; real pointer clicks and brush drags; latency from the input
 * event to the last widget repainted, with pre-aggregation (data cubes) and without, side by side
 * (each session runs in both modes, one after the other, on the same page). Then, with
 * pre-aggregation as a page has it, the same in two more forms (issue 13): the pointer resting
 * 500 ms on the widget before each input (and no wait for cube builds), and one widget gestured
 * again and again; and before all that, a brush one second after the first paint, while the idle
 * cube builds may be running. Writes bench/results/crossfilter.json and the crossfilter section of
 * bench/README.md.
 *
 * Options (environment): BENCH_SIZES=100000,1000000,10000000  BENCH_INTERACTIONS=50
 * BENCH_SEED=5  BENCH_DWELL_MS=150 (pointer on the widget before the input)
 * BENCH_BUILD_WAIT_MS=30000 (most a pre-aggregated step waits for its cubes)  CHROMIUM_PATH
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT, launchChromium, startServer } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import {
  PUBLISHERS,
  earlyGesture,
  percentile,
  planRepeatSessions,
  planSessions,
  runSession,
} from './measure.mjs';
import { renderTable } from './report.mjs';

const RESULTS = path.join(ROOT, 'bench/results/crossfilter.json');
const README = path.join(ROOT, 'bench/README.md');
const START = '<!-- crossfilter:start -->';
const END = '<!-- crossfilter:end -->';
const PAGE = 'bench/crossfilter/page/index.html';

const env = process.env;
const SETTINGS = {
  sizes: (env.BENCH_SIZES ?? '100000,1000000,10000000').split(',').map(Number),
  interactions: Number(env.BENCH_INTERACTIONS ?? 50),
  seed: Number(env.BENCH_SEED ?? 5),
  dwellMs: Number(env.BENCH_DWELL_MS ?? 150),
  buildWaitMs: Number(env.BENCH_BUILD_WAIT_MS ?? 30_000),
  /** The pointer's rest on the widget in the `dwell` form. */
  longDwellMs: 500,
};

/**
 * Peak and current resident memory of the browser's renderer processes (DuckDB's worker runs in
 * the page's renderer), from /proc, found through CDP's SystemInfo.getProcessInfo.
 * @param {import('playwright').Browser} browser
 */
async function rendererMemory(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = /** @type {{ processInfo: { type: string, id: number }[] }} */ (
      await cdp.send('SystemInfo.getProcessInfo')
    );
    let peak = 0;
    let rss = 0;
    for (const p of processInfo.filter((p) => p.type === 'renderer')) {
      try {
        const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
        const kb = (/** @type {string} */ key) =>
          Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        peak = Math.max(peak, kb('VmHWM'));
        rss = Math.max(rss, kb('VmRSS'));
      } catch {
        // The process ended.
      }
    }
    return { peakMB: peak / 1024, rssMB: rss / 1024 };
  } finally {
    await cdp.detach();
  }
}

/** @param {any[]} steps */
function summarize(steps) {
  const done = steps.filter((s) => s.changed && Number.isFinite(s.latency));
  const pick = (/** @type {string} */ key) => done.map((s) => Number(s[key]));
  const p = (/** @type {string} */ key, /** @type {number} */ q) => percentile(pick(key), q);
  return {
    n: done.length,
    p50: p('latency', 50),
    p95: p('latency', 95),
    queriesDoneP50: p('queriesDone', 50),
    queryMsP50: p('queryMs', 50),
    queriesP50: p('queries', 50),
    cubeShare:
      done.reduce((s, x) => s + x.cubeQueries, 0) /
      Math.max(
        1,
        done.reduce((s, x) => s + x.queries, 0),
      ),
    buildWaitP50: p('buildWaitMs', 50),
    buildWaitMax: Math.max(0, ...pick('buildWaitMs')),
    byKind: Object.fromEntries(
      ['click', 'brush'].map((kind) => {
        const of = done.filter((s) => s.kind === kind).map((s) => s.latency);
        return [kind, { n: of.length, p50: percentile(of, 50), p95: percentile(of, 95) }];
      }),
    ),
  };
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {number} rows
 */
async function measureSize(browser, origin, rows) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${origin}/${PAGE}?rows=${rows}`);
  const early = await earlyGesture(page, 'months');
  console.log(
    `  gesture 1 s after first paint: ${early.latency?.toFixed(0)} ms (${early.buildsRunning} cube builds running)`,
  );
  const loadMs = await page.evaluate(() => /** @type {any} */ (window).__cfPage.loaded);
  const statuses = await page.evaluate(() => /** @type {any} */ (window).__cfPage.statuses());
  console.log(`  loaded in ${(loadMs / 1000).toFixed(1)} s (${statuses.join(', ')})`);
  // The idle builds the dashboard starts once its widgets answered.
  const buildStart = Date.now();
  await page.evaluate(() => /** @type {any} */ (window).__cfPage.settled());
  // settled() ends with 1.2 s of checking that nothing more starts.
  const idleBuildMs = Date.now() - buildStart - 1200;
  const initialCubes = await page.evaluate(() => /** @type {any} */ (window).__cfPage.cubes());
  const idleBuilds = await page.evaluate(() => /** @type {any} */ (window).__cfPage.builds());
  console.log(
    `  ${initialCubes.length} cubes built idly (${initialCubes.map((/** @type {any} */ c) => c.rows).join(', ')} rows)`,
  );

  const sessions = planSessions(PUBLISHERS, SETTINGS.interactions, SETTINGS.seed);
  /** @type {{ cube: any[], base: any[] }} */
  const steps = { cube: [], base: [] };
  for (const [i, session] of sessions.entries()) {
    for (const mode of /** @type {const} */ (['cube', 'base'])) {
      await page.evaluate(
        (on) => /** @type {any} */ (window).__cfPage.setPreAggregation(on),
        mode === 'cube',
      );
      const results = await runSession(page, session, {
        dwellMs: SETTINGS.dwellMs,
        waitBuildsMs: mode === 'cube' ? SETTINGS.buildWaitMs : 0,
      });
      steps[mode].push(...results.map((r) => ({ session: i, ...r })));
    }
    const last = steps.cube.at(-1);
    process.stdout.write(
      `\r  session ${i + 1}/${sessions.length}: cube ${last?.latency?.toFixed(0)} ms, base ${steps.base.at(-1)?.latency?.toFixed(0)} ms   `,
    );
  }
  process.stdout.write('\n');
  // The two other forms, with pre-aggregation on and no wait for its builds: what a reader gets.
  await page.evaluate(() => /** @type {any} */ (window).__cfPage.setPreAggregation(true));
  /** @type {Record<string, any[]>} */
  const formSteps = { dwell: [], repeat: [] };
  for (const [i, session] of sessions.entries()) {
    const results = await runSession(page, session, {
      dwellMs: SETTINGS.longDwellMs,
      waitBuildsMs: 0,
    });
    formSteps['dwell']?.push(...results.map((r) => ({ session: i, ...r })));
  }
  const repeats = planRepeatSessions(PUBLISHERS, SETTINGS.interactions, SETTINGS.seed);
  for (const [i, session] of repeats.entries()) {
    const results = await runSession(page, session, {
      dwellMs: SETTINGS.dwellMs,
      waitBuildsMs: 0,
    });
    formSteps['repeat']?.push(...results.map((r) => ({ session: i, ...r })));
  }
  console.log(
    `  dwell ${SETTINGS.longDwellMs} ms p50 ${summarize(formSteps['dwell'] ?? []).p50.toFixed(0)} ms; one widget repeated p50 ${summarize(formSteps['repeat'] ?? []).p50.toFixed(0)} ms`,
  );
  const cubes = await page.evaluate(() => /** @type {any} */ (window).__cfPage.cubes());
  const builds = await page.evaluate(() => /** @type {any} */ (window).__cfPage.builds());
  const memory = await rendererMemory(browser);
  await context.close();
  return {
    rows,
    loadMs,
    statuses,
    idleBuildMs,
    initialCubes,
    idleBuilds,
    builds,
    cubes,
    memory,
    cube: summarize(steps.cube),
    base: summarize(steps.base),
    dwell: summarize(formSteps['dwell'] ?? []),
    repeat: summarize(formSteps['repeat'] ?? []),
    early,
    steps: { ...steps, ...formSteps },
    errors: errors.slice(0, 20),
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
  };
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'packages', 'bench/crossfilter'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).trim();
    return dirty === '' ? commit : `${commit} (with uncommitted changes)`;
  } catch {
    return null;
  }
}

async function main() {
  for (const rows of SETTINGS.sizes) ensureScaleFile(rows);
  const { server, origin } = await startServer([PAGE]);
  /** @type {any[]} */
  const sizes = [];
  const loadBefore = os.loadavg();
  let chromium = '';
  try {
    for (const rows of SETTINGS.sizes) {
      console.log(`${rows.toLocaleString('en')} rows`);
      // A fresh browser per size: the renderer's peak memory is this size's own.
      const browser = await launchChromium();
      chromium = browser.version();
      try {
        sizes.push({ ...(await measureSize(browser, origin, rows)), load: os.loadavg() });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const result = {
    date: new Date().toISOString(),
    settings: SETTINGS,
    machine: machine(),
    loadBefore,
    versions: {
      node: process.version,
      chromium,
      duckdbWasm: JSON.parse(
        readFileSync(path.join(ROOT, 'node_modules/@duckdb/duckdb-wasm/package.json'), 'utf8'),
      ).version,
      pantau: gitCommit(),
    },
    sizes,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 1)}\n`);
  const table = renderTable(result);
  console.log(table);
  const readme = readFileSync(README, 'utf8');
  const block = `${START}\n\n${table}\n\n${END}`;
  const next = readme.includes(START)
    ? readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block)
    : `${readme.trimEnd()}\n\n${block}\n`;
  writeFileSync(README, await prettier.format(next, { filepath: README }));
  console.log(`wrote ${path.relative(ROOT, RESULTS)} and ${path.relative(ROOT, README)}`);
}

await main();
