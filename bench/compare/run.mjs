// @ts-check
/**
 * `npm run bench`: Pantau side by side with what a user would pick instead (issue 7), on one
 * machine, the same file, the same six widgets. Writes bench/results/compare-<date>.json and
 * bench/RESULTS.md. See bench/compare/README.md for what each scenario measures.
 *
 * Flags: --sizes 10000,100000,1000000,10000000  --rounds 3  --interactions 50
 *        --contenders pantau,pantau-cdn,pantau-snapshot,mosaic-own,mosaic-pantau,plot-arquero,duckdb-d3,native
 *        --scenarios S1,S2,S3,S4,S5,S6  --s3-forms plan,dwell,repeat
 *        --report a.json,b.json  (no measuring: RESULTS.md from these results files, merged)
 *        --second c.json,d.json  (with --report: a separate run's files, compared figure by figure)
 * Quick run: npm run bench -- --sizes 10000 --rounds 1
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { BROWSER_CONTENDERS, makeSnapshot, runInteract, runLoad } from './browser.mjs';
import { S3_FORMS } from './gestures.mjs';
import { runNative } from './native.mjs';
import { mergeReports, renderResults } from './report.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { ROOT, startPages } from './server.mjs';

const ALL_CONTENDERS = [...Object.keys(BROWSER_CONTENDERS), 'native'];
/** Every contender but the ones kept for a before/after measurement only. */
const DEFAULT_CONTENDERS = ALL_CONTENDERS.filter(
  (c) => !(/** @type {Record<string, { extra?: boolean }>} */ (BROWSER_CONTENDERS)[c]?.extra),
);
const ALL_SCENARIOS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000,10000000' },
    rounds: { type: 'string', default: '3' },
    interactions: { type: 'string', default: '50' },
    contenders: { type: 'string', default: DEFAULT_CONTENDERS.join(',') },
    scenarios: { type: 'string', default: ALL_SCENARIOS.join(',') },
    's3-forms': { type: 'string', default: S3_FORMS.join(',') },
    // Only rewrite RESULTS.md from results files (comma-separated, merged): no measuring.
    report: { type: 'string' },
    // With --report: another run's results files, shown beside as "A second run".
    second: { type: 'string' },
  },
});
const list = (/** @type {string} */ s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
const SETTINGS = {
  sizes: list(values.sizes).map(Number),
  rounds: Number(values.rounds),
  interactions: Number(values.interactions),
  contenders: list(values.contenders),
  scenarios: list(values.scenarios).map((s) => s.toUpperCase()),
  s3Forms: /** @type {import('./gestures.mjs').S3Form[]} */ (list(values['s3-forms'])),
};
for (const c of SETTINGS.contenders) {
  if (!ALL_CONTENDERS.includes(c))
    throw new Error(`unknown contender ${c}: one of ${ALL_CONTENDERS.join(', ')}`);
}
for (const s of SETTINGS.scenarios) {
  if (!ALL_SCENARIOS.includes(s))
    throw new Error(`unknown scenario ${s}: one of ${ALL_SCENARIOS.join(', ')}`);
}
for (const f of SETTINGS.s3Forms) {
  if (!(/** @type {readonly string[]} */ (S3_FORMS).includes(f)))
    throw new Error(`unknown S3 form ${f}: one of ${S3_FORMS.join(', ')}`);
}
if (SETTINGS.sizes.some((n) => !Number.isInteger(n) || n <= 0) || !(SETTINGS.rounds >= 1)) {
  throw new Error('--sizes takes positive integers, --rounds at least 1');
}

/** Time allowed for one page to load and draw (and for each gesture), by size. */
const timeoutFor = (/** @type {number} */ size) =>
  size <= 100_000 ? 90_000 : size <= 1_000_000 ? 180_000 : 480_000;

const wants = (/** @type {string[]} */ scenarios) =>
  scenarios.some((s) => SETTINGS.scenarios.includes(s));

/** @type {{ at: string, load1: number }[]} */
const load = [];
const noteLoad = (/** @type {string} */ at) => load.push({ at, load1: os.loadavg()[0] ?? NaN });

const readJson = (/** @type {string} */ file) =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty === '' ? commit : `${commit} (packages/ with uncommitted changes)`;
  } catch {
    return null;
  }
}

const message = (/** @type {unknown} */ e) => (e instanceof Error ? e.message : String(e));

/** Read once, when the pages are built: later edits are not in what is measured. */
const PANTAU_VERSION = `${readJson('packages/widgets/package.json').version} at ${gitCommit()}`;

async function main() {
  const started = Date.now();
  noteLoad('start');
  console.log(
    `bench (compare): sizes ${SETTINGS.sizes.join(', ')}; ${SETTINGS.rounds} round(s); ${SETTINGS.interactions} gestures; contenders ${SETTINGS.contenders.join(', ')}; scenarios ${SETTINGS.scenarios.join(', ')}`,
  );
  const files = new Map(SETTINGS.sizes.map((n) => [n, ensureScaleFile(n)]));
  const pages = await startPages();
  console.log(`pages built in ${(pages.buildMs / 1000).toFixed(1)} s, served at ${pages.origin}`);
  /** @type {any[]} */
  const runs = [];
  /** @type {any[]} */
  const native = [];
  const chromium = await chromiumVersion();
  const date = new Date().toISOString();
  /** @type {number[]} */
  const done = [];
  /** @type {Map<string, string>} a contender that did not finish at a size skips larger ones */
  const gaveUp = new Map();
  const browserContenders = /** @type {(keyof typeof BROWSER_CONTENDERS)[]} */ (
    SETTINGS.contenders.filter((c) => c !== 'native')
  );
  const kinds = [
    ...(wants(['S1', 'S2', 'S5', 'S6']) ? ['load'] : []),
    ...(wants(['S3', 'S4', 'S5']) ? ['interact'] : []),
  ];
  try {
    for (const size of SETTINGS.sizes) {
      const timeoutMs = timeoutFor(size);
      if (browserContenders.includes('pantau-snapshot') && !gaveUp.has('pantau-snapshot')) {
        // Made once per size before any run, as a site makes it at deploy time: not measured in S1.
        const t0 = performance.now();
        try {
          await makeSnapshot(pages.origin, size, timeoutMs);
          console.log(
            `  ${size}: first-view snapshot made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
          );
        } catch (error) {
          gaveUp.set(
            'pantau-snapshot',
            `no snapshot at ${size.toLocaleString('en')} rows: ${message(error)}`,
          );
        }
      }
      for (let round = 0; round < SETTINGS.rounds; round++) {
        // A B B A: the order flips every round, so drift on the machine falls on every side.
        const order = round % 2 === 0 ? browserContenders : [...browserContenders].reverse();
        for (const kind of kinds) {
          for (const contender of order) {
            // After the load the page is Pantau's own: gestures would measure the same thing twice.
            if (kind === 'interact' && contender === 'pantau-snapshot') continue;
            const skip = gaveUp.get(contender);
            if (skip) {
              runs.push({ contender, size, round, kind, ok: false, error: skip, skipped: true });
              continue;
            }
            const t0 = performance.now();
            try {
              const data =
                kind === 'load'
                  ? await runLoad(pages.origin, contender, size, {
                      timeoutMs,
                      bytes: wants(['S6']) && round === 0,
                      outDir: pages.outDir,
                    })
                  : await runInteract(pages.origin, contender, size, {
                      timeoutMs,
                      interactions: SETTINGS.interactions,
                      forms: SETTINGS.s3Forms,
                    });
              runs.push({ contender, size, round, kind, ok: true, data });
              // Kept after every run: a stopped run still has it (RESULTS.md marks the size partial).
              await writeReport({ date, started, chromium, runs, native, sizes: [...done, size] });
              console.log(
                `  ${size} r${round} ${kind} ${contender}: ${((performance.now() - t0) / 1000).toFixed(1)} s`,
              );
            } catch (error) {
              const reason = message(error).split('\n')[0] ?? '';
              console.warn(`  ${size} r${round} ${kind} ${contender}: did not finish: ${reason}`);
              runs.push({ contender, size, round, kind, ok: false, error: reason });
              gaveUp.set(
                contender,
                `did not finish at ${size.toLocaleString('en')} rows: ${reason}`,
              );
            }
          }
        }
      }
      if (SETTINGS.contenders.includes('native')) {
        for (let round = 0; round < SETTINGS.rounds; round++) {
          try {
            native.push({
              size,
              round,
              ok: true,
              ...(await runNative(/** @type {string} */ (files.get(size)), SETTINGS.interactions)),
            });
          } catch (error) {
            native.push({ size, round, ok: false, error: message(error) });
          }
        }
      }
      noteLoad(`after ${size.toLocaleString('en')} rows`);
      done.push(size);
      // Written after every size, so a long run that is stopped keeps what it finished.
      await writeReport({ date, started, chromium, runs, native, sizes: done });
    }
  } finally {
    await pages.close();
  }
}

/**
 * @param {{ date: string, started: number, chromium: string, runs: any[], native: any[], sizes: number[] }} run
 */
async function writeReport({ date, started, chromium, runs, native, sizes }) {
  const cpus = os.cpus();
  const report = {
    date,
    command: [
      'npm run bench',
      ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
    ].join(' '),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    settings: { ...SETTINGS, sizes, requestedSizes: SETTINGS.sizes },
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
      pantau: PANTAU_VERSION,
      duckdbWasm: readJson('node_modules/@duckdb/duckdb-wasm/package.json').version,
      mosaicDuckdbWasm: readJson(
        'node_modules/@uwdata/mosaic-core/node_modules/@duckdb/duckdb-wasm/package.json',
      ).version,
      vgplot: readJson('node_modules/@uwdata/vgplot/package.json').version,
      mosaicCore: readJson('node_modules/@uwdata/mosaic-core/package.json').version,
      observablePlot: readJson('node_modules/@observablehq/plot/package.json').version,
      arquero: readJson('node_modules/arquero/package.json').version,
      d3: readJson('node_modules/d3/package.json').version,
      hyparquet: readJson('node_modules/hyparquet/package.json').version,
      duckdbNodeApi: readJson('node_modules/@duckdb/node-api/package.json').version,
      playwright: readJson('node_modules/playwright/package.json').version,
      vite: readJson('node_modules/vite/package.json').version,
    },
    runs,
    native,
  };
  const stamp = report.date.replace(/[:.]/g, '-');
  const out = path.join(ROOT, `bench/results/compare-${stamp}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  await writeMarkdown(report, [out]);
  console.log(
    `wrote ${path.relative(ROOT, out)} and bench/RESULTS.md in ${report.durationSeconds} s`,
  );
  // A contender that did not finish is a result (reported with its reason), not a failure of the run.
  const dnf = runs.filter((r) => !r.ok && !r.skipped).length;
  if (dnf > 0) console.warn(`${dnf} run(s) did not finish; see bench/RESULTS.md`);
}

const NOTES = path.join(ROOT, 'bench/compare/notes.md');

/**
 * @param {any} report
 * @param {string[]} files results files the report comes from
 */
async function writeMarkdown(report, files, secondFiles = /** @type {string[]} */ ([])) {
  const rel = (/** @type {string[]} */ list) =>
    list.map((f) => path.relative(path.join(ROOT, 'bench'), f));
  const notes = existsSync(NOTES) ? readFileSync(NOTES, 'utf8') : null;
  const target = path.join(ROOT, 'bench/RESULTS.md');
  const options = (await prettier.resolveConfig(target)) ?? {};
  const second =
    secondFiles.length > 0 ? { report: readReports(secondFiles), paths: rel(secondFiles) } : null;
  // Sections other benchmarks write by hand (bench:soak's) are kept from the file as it was.
  const kept = existsSync(target)
    ? (/<!-- soak:start -->[\s\S]*?<!-- soak:end -->/.exec(readFileSync(target, 'utf8'))?.[0] ?? '')
    : '';
  const markdown = `${renderResults(report, rel(files), notes, second)}\n\n${kept}\n`;
  writeFileSync(target, await prettier.format(markdown, { ...options, filepath: target }));
}

/** One results file's report, or several merged. @param {string[]} files */
function readReports(files) {
  const reports = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  return reports.length === 1 ? reports[0] : mergeReports(reports);
}

async function reportOnly(/** @type {string} */ list, /** @type {string | undefined} */ second) {
  const files = list.split(',').map((f) => path.resolve(ROOT, f.trim()));
  const secondFiles = (second ?? '')
    .split(',')
    .filter((f) => f.trim() !== '')
    .map((f) => path.resolve(ROOT, f.trim()));
  await writeMarkdown(readReports(files), files, secondFiles);
  console.log(`wrote bench/RESULTS.md from ${files.length + secondFiles.length} results file(s)`);
}

async function chromiumVersion() {
  const { chromium } = await import('playwright');
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../../scripts/chromium.mjs');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

(values.report ? reportOnly(values.report, values.second) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
