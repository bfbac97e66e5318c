// @ts-check
/**
 * `npm run bench:page-cubes`: issue 13's two routes for a small cube, side by side in one run on
 * one page. The crossfilter dashboard (page/) over the applications scale file, its cubes built;
 * then every session is replayed twice, once with small cubes answered in the page's JavaScript
 * (coordinator/page-cube/) and once with DuckDB's worker answering from the same cubes, the
 * order alternating per session. Latency is from the input event to the frame after the last
 * widget repainted (page/probe.ts). Writes bench/results/page-cubes.json and prints medians.
 *
 * Options (environment): BENCH_ROWS=1000000  BENCH_INTERACTIONS=40  BENCH_SEED=5
 * BENCH_DWELL_MS=150  CHROMIUM_PATH
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launchChromium, startServer } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { PUBLISHERS, percentile, planSessions, runSession } from './measure.mjs';

const PAGE = 'bench/crossfilter/page/index.html';
const RESULTS = path.join(ROOT, 'bench/results/page-cubes.json');
const env = process.env;
const SETTINGS = {
  rows: Number(env.BENCH_ROWS ?? 1_000_000),
  interactions: Number(env.BENCH_INTERACTIONS ?? 40),
  seed: Number(env.BENCH_SEED ?? 5),
  dwellMs: Number(env.BENCH_DWELL_MS ?? 150),
};

/** @param {any[]} steps */
function summarize(steps) {
  const done = steps.filter((s) => s.changed && Number.isFinite(s.latency));
  const of = (/** @type {string} */ key) => done.map((s) => Number(s[key]));
  return {
    n: done.length,
    latencyP50: percentile(of('latency'), 50),
    latencyP95: percentile(of('latency'), 95),
    /** Input to the last worker answer (0 when no query went to the worker). */
    queriesDoneP50: percentile(of('queriesDone'), 50),
    workerQueriesP50: percentile(of('queries'), 50),
    drawMsP50: percentile(of('drawMs'), 50),
  };
}

async function main() {
  ensureScaleFile(SETTINGS.rows);
  const { server, origin } = await startServer([PAGE]);
  const loadBefore = os.loadavg();
  const browser = await launchChromium();
  /** @type {Record<'page' | 'engine', any[]>} */
  const steps = { page: [], engine: [] };
  /** @type {Record<string, unknown>} */
  let pageStats;
  /** @type {{ rows: number }[]} */
  let cubes;
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 1300 } })
    ).newPage();
    await page.goto(`${origin}/${PAGE}?rows=${SETTINGS.rows}`);
    await page.evaluate(() => /** @type {any} */ (window).__cfPage.loaded);
    await page.evaluate(() => /** @type {any} */ (window).__cfPage.settled());
    await page.evaluate(() => /** @type {any} */ (window).__cfPage.cubesSettled());
    const sessions = planSessions(PUBLISHERS, SETTINGS.interactions, SETTINGS.seed);
    for (const [i, session] of sessions.entries()) {
      const order = i % 2 === 0 ? ['page', 'engine'] : ['engine', 'page'];
      for (const mode of /** @type {('page' | 'engine')[]} */ (order)) {
        await page.evaluate(
          (on) => /** @type {any} */ (window).__cfPage.setPageCubes(on),
          mode === 'page',
        );
        const results = await runSession(page, session, {
          dwellMs: SETTINGS.dwellMs,
          waitBuildsMs: 30_000,
        });
        await page.evaluate(() => /** @type {any} */ (window).__cfPage.cubesSettled());
        steps[mode].push(...results.map((r) => ({ session: i, ...r })));
      }
      process.stdout.write(`\r  session ${i + 1}/${sessions.length}   `);
    }
    process.stdout.write('\n');
    pageStats = await page.evaluate(() => /** @type {any} */ (window).__cfPage.pageStats());
    cubes = await page.evaluate(() => /** @type {any} */ (window).__cfPage.cubes());
  } finally {
    await browser.close();
    await server.close();
  }
  // What one answer takes in the page, by the size of the cube it reads.
  const timings = /** @type {{ rows: number, ms: number }[]} */ (pageStats['timings'] ?? []);
  const buckets = [1_000, 5_000, 20_000, 50_000].map((limit, i, all) => {
    const ms = timings
      .filter((t) => t.rows <= limit && t.rows > (all[i - 1] ?? 0))
      .map((t) => t.ms);
    return { upToRows: limit, n: ms.length, p50: percentile(ms, 50), max: Math.max(0, ...ms) };
  });
  delete pageStats['timings'];
  const result = {
    date: new Date().toISOString(),
    settings: SETTINGS,
    cores: os.cpus().length,
    loadBefore,
    loadAfter: os.loadavg(),
    cubeRows: cubes.map((c) => c.rows),
    pageStats,
    answerMsByCubeRows: buckets,
    page: summarize(steps.page),
    engine: summarize(steps.engine),
    steps,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 1)}\n`);
  const row = (/** @type {string} */ name, /** @type {any} */ s) =>
    `| ${name} | ${s.n} | ${s.latencyP50.toFixed(1)} | ${s.latencyP95.toFixed(1)} | ${s.queriesDoneP50.toFixed(1)} | ${s.workerQueriesP50} | ${s.drawMsP50.toFixed(1)} |`;
  console.log(
    [
      `${SETTINGS.rows.toLocaleString('en')} rows, load ${loadBefore.map((l) => l.toFixed(1)).join('/')} -> ${result.loadAfter.map((l) => l.toFixed(1)).join('/')} on ${result.cores} cores; cubes ${result.cubeRows.join(', ')} rows`,
      '',
      '| small cubes answered by | n | p50 ms | p95 ms | last worker answer p50 ms | worker queries p50 | drawing p50 ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      row('the page (JS)', result.page),
      row("DuckDB's worker", result.engine),
      '',
      `page answers: ${JSON.stringify(pageStats)}`,
      `one answer in the page, by cube rows: ${buckets.map((b) => `<=${b.upToRows}: n ${b.n}, p50 ${b.p50.toFixed(2)} ms, max ${b.max.toFixed(2)} ms`).join('; ')}`,
    ].join('\n'),
  );
  console.log(`wrote ${path.relative(ROOT, RESULTS)}`);
}

await main();
