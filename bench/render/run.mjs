// @ts-check
/**
 * `npm run bench:render`: every chart kind from query result to pixels at 100 to 100,000 input
 * rows, and the demo from navigation to every widget ready, in headless Chromium. Writes
 * bench/results/render.json and the render section of bench/README.md. See bench/README.md.
 *
 * Options (environment): BENCH_SIZES=100,1000,10000,100000  BENCH_ROUNDS=20  BENCH_WARMUP=3
 * BENCH_CASES=bars,line-area (kinds or kind-variant; default all)  BENCH_DPR=1
 * BENCH_DEMO=build (build, dev, both or none)  BENCH_DEMO_ROUNDS=10  BENCH_DEMO_WARMUP=1
 * CHROMIUM_PATH=/usr/bin/chromium
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { runCharts } from './charts.mjs';
import { runDemo } from './demo.mjs';
import { renderTable } from './report.mjs';
import { ROOT, launchChromium, startBuiltDemo, startServer } from './server.mjs';

const RESULTS = path.join(ROOT, 'bench/results/render.json');
const README = path.join(ROOT, 'bench/README.md');
const START = '<!-- render:start -->';
const END = '<!-- render:end -->';

const env = process.env;
const list = (/** @type {string | undefined} */ value, /** @type {string} */ fallback) =>
  (value ?? fallback).split(',').filter((s) => s.trim() !== '');
const SETTINGS = {
  sizes: list(env.BENCH_SIZES, '100,1000,10000,100000').map(Number),
  rounds: Number(env.BENCH_ROUNDS ?? 20),
  warmup: Number(env.BENCH_WARMUP ?? 3),
  cases: list(env.BENCH_CASES, ''),
  dpr: Number(env.BENCH_DPR ?? 1),
  demo: env.BENCH_DEMO ?? 'build',
  demoRounds: Number(env.BENCH_DEMO_ROUNDS ?? 10),
  demoWarmup: Number(env.BENCH_DEMO_WARMUP ?? 1),
};

const DEMO_SERVERS = {
  build: 'a production build (`vite build` of index.html) served by `vite preview`',
  dev: 'the Vite dev server, as `npm start` serves it (modules one by one, transformed on request)',
};

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'packages', 'demo', 'index.html'],
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

/**
 * @param {import('playwright').Browser} browser
 * @param {'build' | 'dev'} label
 */
async function measureDemo(browser, label) {
  const settings = { rounds: SETTINGS.demoRounds, warmup: SETTINGS.demoWarmup, label };
  const base = { label, description: DEMO_SERVERS[label], warmup: SETTINGS.demoWarmup };
  try {
    if (label === 'build') {
      const demo = await startBuiltDemo();
      console.log(`  built in ${(demo.buildMs / 1000).toFixed(1)} s`);
      try {
        return {
          ...base,
          buildMs: demo.buildMs,
          rounds: await runDemo(browser, `${demo.origin}/`, settings),
        };
      } finally {
        await demo.close();
      }
    }
    const { server, origin } = await startServer(['index.html']);
    try {
      return { ...base, rounds: await runDemo(browser, `${origin}/`, settings) };
    } finally {
      await server.close();
    }
  } catch (error) {
    console.error(`  demo (${label}) failed: ${error instanceof Error ? error.message : error}`);
    return { ...base, rounds: [], error: error instanceof Error ? error.message : String(error) };
  }
}

async function writeReadme(/** @type {string} */ text) {
  if (!existsSync(README)) return;
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from === -1 || to < from) {
    console.error(`bench/README.md has no ${START} ... ${END} markers; table not written there.`);
    return;
  }
  const updated = `${readme.slice(0, from + START.length)}\n\n${text}\n\n${readme.slice(to)}`;
  // Formatted as `npm run lint` (prettier --check) expects it.
  const options = (await prettier.resolveConfig(README)) ?? {};
  writeFileSync(README, await prettier.format(updated, { ...options, filepath: README }));
}

/**
 * Other work on the machine shows in every number here (2 cores): the 1-minute load average is
 * kept at each step and printed with the results.
 * @type {{ at: string, load1: number }[]}
 */
const load = [];
function noteLoad(/** @type {string} */ at) {
  const load1 = os.loadavg()[0] ?? NaN;
  load.push({ at, load1 });
  if (load1 > os.cpus().length) {
    console.warn(
      `  load average ${load1.toFixed(1)} on ${os.cpus().length} cores (${at}): numbers will be slower than on an idle machine`,
    );
  }
}

async function main() {
  const started = Date.now();
  noteLoad('at the start');
  console.log(
    `bench:render: sizes ${SETTINGS.sizes.join(', ')}, ${SETTINGS.warmup} warm-up + ${SETTINGS.rounds} rounds; demo ${SETTINGS.demo}`,
  );
  const browser = await launchChromium();
  const chromium = browser.version();
  let charts;
  /** @type {any[]} */
  const demo = [];
  try {
    console.log('charts (bench/render/index.html):');
    const { server, origin } = await startServer(['bench/render/index.html']);
    try {
      charts = await runCharts(browser, origin, SETTINGS);
    } finally {
      await server.close();
    }
    noteLoad('after the charts');
    const servers =
      SETTINGS.demo === 'both' ? ['build', 'dev'] : SETTINGS.demo === 'none' ? [] : [SETTINGS.demo];
    for (const label of servers) {
      if (label !== 'build' && label !== 'dev')
        throw new Error(`BENCH_DEMO: unknown server ${label}`);
      console.log(`demo (index.html, ${label}):`);
      demo.push(await measureDemo(browser, label));
    }
  } finally {
    await browser.close();
  }
  noteLoad('at the end');

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    command: 'npm run bench:render',
    durationSeconds: Math.round((Date.now() - started) / 1000),
    settings: SETTINGS,
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      cpuModel: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
      load,
    },
    versions: {
      node: process.version,
      chromium,
      userAgent: charts.userAgent,
      duckdbWasm: readJson('node_modules/@duckdb/duckdb-wasm/package.json').version,
      commit: gitCommit(),
    },
    charts,
    demo,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  const text = renderTable(report);
  await writeReadme(text);
  console.log(`\n${text}\n`);
  console.log(
    `wrote ${path.relative(ROOT, RESULTS)} and bench/README.md in ${report.durationSeconds} s`,
  );
  const failed = charts.cases.filter((/** @type {any} */ c) => c.error).length;
  if (failed > 0) console.error(`${failed} chart case(s) failed.`);
  process.exitCode = failed > 0 || demo.some((d) => d.error) ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
