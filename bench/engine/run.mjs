// @ts-check
/**
 * `npm run bench:engine`: Pantau's query layer against raw duckdb-wasm in headless Chromium, with
 * native DuckDB in Node as the floor. Writes bench/results/engine.json and the table in
 * bench/README.md. See bench/README.md for what is measured and how to read it.
 *
 * Options (environment): BENCH_SIZES=1000000,10000000  BENCH_ROUNDS=20  BENCH_WARMUP=2
 * BENCH_INSTANTIATE=3  CHROMIUM_PATH=/usr/bin/chromium
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import * as prettier from 'prettier';
import { DuckDBInstance } from '@duckdb/node-api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(ROOT, 'bench/results/engine.json');
const README = path.join(ROOT, 'bench/README.md');
const START = '<!-- engine:start -->';
const END = '<!-- engine:end -->';

const SIZES = (process.env.BENCH_SIZES ?? '1000000,10000000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const INSTANTIATE = Number(process.env.BENCH_INSTANTIATE ?? 3);
const PAGE_TIMEOUT_MS = 8 * 60_000;

/** @type {{ generate: string, queries: Record<string, string> }} */
const SPEC = JSON.parse(readFileSync(path.join(ROOT, 'bench/engine/queries.json'), 'utf8'));

/**
 * @typedef {{ samples: number[], median: number, p95: number }} Samples
 * @typedef {import('./bench-page.ts').PageResults} PageResults
 */

/** @param {number[]} samples @returns {Samples} */
function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  const median = n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  const p95 = at(Math.min(n - 1, Math.max(0, Math.ceil(0.95 * n) - 1)));
  return { samples, median, p95 };
}

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<{ results: PageResults, chromium: string }>} */
async function runBrowser() {
  const port = await freePort();
  const server = await createServer({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    clearScreen: false,
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
    optimizeDeps: { entries: ['bench/engine/index.html'] },
  });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('[bench]')) console.log(`  browser ${text.slice(8)}`);
      else if (message.type() === 'error') console.error(`  browser error: ${text}`);
    });
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
      console.error('  the page crashed (out of memory?)');
    });
    const query = new URLSearchParams({
      sizes: SIZES.join(','),
      rounds: String(ROUNDS),
      warmup: String(WARMUP),
      instantiate: String(INSTANTIATE),
    });
    await page.goto(`http://127.0.0.1:${port}/bench/engine/index.html?${query}`);
    await page.waitForFunction(() => window.__benchResults !== undefined, null, {
      timeout: 60_000,
    });
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const results = await Promise.race([
      page.evaluate(() => window.__benchResults),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the page did not finish in time')),
          PAGE_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (crashed || !results) throw new Error('the page crashed before posting its results');
    return { results: /** @type {PageResults} */ (results), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Native DuckDB in Node, same SQL, as the floor. Run with DuckDB's default threads (all cores)
 * and with one thread (what duckdb-wasm's eh bundle has).
 * @param {number | null} threads null: DuckDB's default
 */
async function runNative(threads) {
  const instance = await DuckDBInstance.create(
    ':memory:',
    threads === null ? {} : { threads: String(threads) },
  );
  const connection = await instance.connect();
  const one = async (/** @type {string} */ sql) =>
    (await connection.runAndReadAll(sql)).getRows()[0]?.[0];
  const version = String(await one('SELECT version()'));
  const threadCount = String(await one("SELECT current_setting('threads')"));
  /** @type {any[]} */
  const sizes = [];
  for (const rows of SIZES) {
    const start = performance.now();
    await connection.run(SPEC.generate.replace('{rows}', String(rows)));
    const generateMs = performance.now() - start;
    /** @type {any[]} */
    const queries = [];
    for (const [name, sql] of Object.entries(SPEC.queries)) {
      for (let i = 0; i < WARMUP; i++) await connection.runAndReadAll(sql);
      const samples = [];
      let resultRows = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const t0 = performance.now();
        const reader = await connection.runAndReadAll(sql);
        samples.push(performance.now() - t0);
        resultRows = reader.currentRowCount;
      }
      queries.push({ name, resultRows, ...summarize(samples) });
    }
    sizes.push({ rows, generateMs, queries });
    console.log(
      `  native (threads=${threadCount}) ${rows.toLocaleString('en')} rows: ` +
        queries.map((q) => `${q.name} ${q.median.toFixed(2)} ms`).join(', '),
    );
  }
  connection.closeSync();
  instance.closeSync();
  return { version, threads: threadCount, sizes };
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}

/** @param {number} ms */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** @param {any} report */
function table(report) {
  const lines = [
    '| rows | query | result rows | direct median (p95) ms | Pantau median (p95) ms | ratio Pantau/direct | native 2 thr / 1 thr median ms |',
    '|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const size of report.browser.sizes) {
    const native = report.native.map((/** @type {any} */ n) =>
      n.sizes.find((/** @type {any} */ s) => s.rows === size.rows),
    );
    if (size.error) {
      lines.push(`| ${size.rows.toLocaleString('en')} | failed: ${size.error} | | | | | |`);
      continue;
    }
    for (const q of size.queries) {
      const nat = native
        .map((/** @type {any} */ s) =>
          fmt(s.queries.find((/** @type {any} */ x) => x.name === q.name).median),
        )
        .join(' / ');
      lines.push(
        `| ${size.rows.toLocaleString('en')} | ${q.name} | ${q.resultRows} | ${fmt(q.direct.median)} (${fmt(q.direct.p95)}) | ${fmt(q.pantau.median)} (${fmt(q.pantau.p95)}) | **${q.ratio.toFixed(3)}** | ${nat} |`,
      );
    }
  }
  const inst = report.browser.instantiate;
  const gen = report.browser.sizes
    .map(
      (/** @type {any} */ s) =>
        `${s.rows.toLocaleString('en')} rows ${fmt(s.generateMs)} ms in duckdb-wasm` +
        ` (native ${report.native.map((/** @type {any} */ n) => fmt(n.sizes.find((/** @type {any} */ x) => x.rows === s.rows).generateMs)).join(' / ')} ms)`,
    )
    .join('; ');
  const layer = report.browser.sizes
    .flatMap((/** @type {any} */ s) =>
      (s.queries ?? []).map(
        (/** @type {any} */ q) =>
          `${q.name} at ${s.rows.toLocaleString('en')} rows: gate ${(q.layer.statementGate.median * 1000).toFixed(1)} µs, decodeResult ${(q.layer.decodeResult.median * 1000).toFixed(0)} µs`,
      ),
    )
    .join('; ');
  return [
    ...lines,
    '',
    `duckdb-wasm instantiate (createBrowserConnector() to first \`SELECT 1\`): median ${fmt(inst.median)} ms over ${inst.samples.length} fresh connectors (${inst.samples.map(fmt).join(', ')} ms; the first includes the cold fetch and compile).`,
    '',
    `Generate: ${gen}.`,
    '',
    `Layer alone (median per call, on the real SQL and answers): ${layer}.`,
    '',
    `Machine: ${report.machine.cpuModel}, ${report.machine.cores} cores, ${(report.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${report.machine.os}. ` +
      `Node ${report.versions.node}, Chromium ${report.versions.chromium}, duckdb-wasm ${report.versions.duckdbWasm} (${report.browser.engine}, threads=${report.browser.threads}), ` +
      `native ${report.versions.duckdbNative} (@duckdb/node-api ${report.versions.duckdbNodeApi}), @pantau/core ${report.versions.pantau} at ${report.versions.commit ?? '?'}. ` +
      `${report.settings.warmup} warm-up + ${report.settings.rounds} timed runs per side; run ${report.date}.`,
  ].join('\n');
}

async function main() {
  console.log(`bench:engine: sizes ${SIZES.join(', ')}, ${WARMUP} warm-up + ${ROUNDS} rounds`);
  const started = Date.now();
  console.log('browser (duckdb-wasm in headless Chromium):');
  const browser = await runBrowser();
  console.log('native floor (@duckdb/node-api):');
  const native = [await runNative(null), await runNative(1)];

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    command: 'npm run bench:engine',
    durationSeconds: Math.round((Date.now() - started) / 1000),
    settings: { sizes: SIZES, rounds: ROUNDS, warmup: WARMUP, instantiateRuns: INSTANTIATE },
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      cpuModel: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
    },
    versions: {
      node: process.version,
      chromium: browser.chromium,
      userAgent: browser.results.userAgent,
      duckdbWasm: readJson('node_modules/@duckdb/duckdb-wasm/package.json').version,
      duckdbWasmEngine: browser.results.engine,
      duckdbNative: native[0]?.version,
      duckdbNodeApi: readJson('node_modules/@duckdb/node-api/package.json').version,
      pantau: readJson('packages/core/package.json').version,
      commit: gitCommit(),
    },
    sql: SPEC,
    browser: {
      engine: browser.results.engine,
      threads: browser.results.threads,
      memoryLimit: browser.results.memoryLimit,
      instantiate: browser.results.instantiate,
      sizes: browser.results.sizes,
    },
    native,
  };

  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);

  const text = table(report);
  if (existsSync(README)) {
    const readme = readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    if (from === -1 || to < from) {
      console.error(`bench/README.md has no ${START} ... ${END} markers; table not written there.`);
    } else {
      const updated = `${readme.slice(0, from + START.length)}\n\n${text}\n\n${readme.slice(to)}`;
      // Formatted as `npm run lint` (prettier --check) expects it.
      const options = (await prettier.resolveConfig(README)) ?? {};
      writeFileSync(README, await prettier.format(updated, { ...options, filepath: README }));
    }
  }
  console.log(`\n${text}\n`);
  console.log(
    `wrote ${path.relative(ROOT, RESULTS)} and bench/README.md in ${report.durationSeconds} s`,
  );
  const failed = report.browser.sizes.filter((/** @type {any} */ s) => s.error);
  const over = report.browser.sizes
    .flatMap((/** @type {any} */ s) => s.queries ?? [])
    .filter((/** @type {any} */ q) => q.ratio > 1.1);
  if (failed.length > 0) console.error(`${failed.length} size(s) failed in the browser.`);
  if (over.length > 0) console.error(`Ratio above 1.10: ${over.map((q) => q.name).join(', ')}.`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
