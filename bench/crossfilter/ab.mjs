// @ts-check
/**
 * Before/after of a cross-filter change in one run (issue 13): two variants of the crossfilter
 * page, each its own tree (this one, or another checkout's root: `--a-root /tmp/before`) and
 * query string (`--b '&minrows=0'`), open side by side in one Chromium. Both load and build their
 * idle cubes first; then every session of the crossfilter plan runs on A and on B, the order
 * alternating per session (A B, B A, ...), so the machine's load drift hits both. Prints each
 * variant's latency medians, its worker statements per step and the load average.
 *
 *   node bench/crossfilter/ab.mjs --rows 100000 --interactions 40 --a-root /tmp/before --b-root .
 *   node bench/crossfilter/ab.mjs --rows 100000 --b '&minrows=0'
 *
 * `--dwell 500 --no-wait`: the second form (500 ms on the widget, no wait for builds).
 * `--json out.json` writes every step.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, ROOT } from '../render/server.mjs';
import { ensureScaleFile } from '../scale-data.mjs';
import { PUBLISHERS, percentile, planSessions, runSession } from './measure.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    interactions: { type: 'string', default: '40' },
    seed: { type: 'string', default: '5' },
    dwell: { type: 'string', default: '150' },
    'no-wait': { type: 'boolean', default: false },
    a: { type: 'string', default: '' },
    b: { type: 'string', default: '' },
    'a-root': { type: 'string', default: ROOT },
    'b-root': { type: 'string', default: ROOT },
    json: { type: 'string' },
  },
});
const PAGE = 'bench/crossfilter/page/index.html';
const rows = Number(values.rows);
// This tree's copy; a variant root elsewhere needs its own datasets/scale file (or a link to it).
ensureScaleFile(rows);
const options = {
  dwellMs: Number(values.dwell),
  waitBuildsMs: values['no-wait'] === true ? 0 : 30_000,
};

/** A dev server from the variant's own tree (its bench/render/server.mjs, its vite config). */
async function serve(/** @type {string} */ root) {
  const module = await import(path.join(path.resolve(root), 'bench/render/server.mjs'));
  return /** @type {{ server: { close(): Promise<void> }, origin: string }} */ (
    await module.startServer([PAGE])
  );
}

/** @param {any[]} steps */
function summarize(steps) {
  const done = steps.filter((s) => s.changed && Number.isFinite(s.latency));
  const of = (/** @type {string} */ key) => done.map((s) => Number(s[key]));
  return {
    n: done.length,
    p50: percentile(of('latency'), 50),
    p95: percentile(of('latency'), 95),
    queriesP50: percentile(of('queries'), 50),
    stepsWithoutWorker: done.filter((s) => s.queries === 0).length,
    queriesDoneP50: percentile(of('queriesDone'), 50),
    drawMsP50: percentile(of('drawMs'), 50),
  };
}

const variants = /** @type {const} */ (['A', 'B']).map((name) => ({
  name,
  root: name === 'A' ? values['a-root'] : values['b-root'],
  query: (name === 'A' ? values.a : values.b) ?? '',
}));
const servers = await Promise.all(variants.map((v) => serve(v.root ?? ROOT)));
const loadBefore = os.loadavg();
const browser = await launchChromium();
/** @type {Record<string, any[]>} */
const steps = { A: [], B: [] };
try {
  const pages = await Promise.all(
    variants.map(async (v, i) => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
      const page = await context.newPage();
      await page.goto(`${servers[i]?.origin}/${PAGE}?rows=${rows}${v.query}`);
      return page;
    }),
  );
  for (const page of pages) {
    await page.evaluate(() => /** @type {any} */ (window).__cfPage.loaded);
    await page.evaluate(() => /** @type {any} */ (window).__cfPage.settled());
  }
  const sessions = planSessions(PUBLISHERS, Number(values.interactions), Number(values.seed));
  for (const [i, session] of sessions.entries()) {
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const results = await runSession(/** @type {any} */ (pages[k]), session, options);
      steps[variants[k]?.name ?? '']?.push(...results.map((r) => ({ session: i, ...r })));
    }
    process.stdout.write(`\r  session ${i + 1}/${sessions.length}   `);
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.server.close()));
}
const loadAfter = os.loadavg();
const result = {
  date: new Date().toISOString(),
  rows,
  options,
  loadBefore,
  loadAfter,
  variants: variants.map((v) => ({ ...v, ...summarize(steps[v.name] ?? []) })),
};
const f = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
console.log(
  `${rows.toLocaleString('en')} rows, dwell ${options.dwellMs} ms${options.waitBuildsMs ? ', waits for builds' : ''}; load ${loadBefore.map(f).join('/')} -> ${loadAfter.map(f).join('/')}`,
);
console.log(
  '| variant | root | query | n | p50 ms | p95 ms | worker statements p50 | steps without a worker trip | last answer p50 ms | Lit updates p50 ms |',
);
for (const v of result.variants) {
  console.log(
    `| ${v.name} | ${path.relative(ROOT, path.resolve(v.root ?? ROOT)) || '.'} | ${v.query || '–'} | ${v.n} | ${f(v.p50)} | ${f(v.p95)} | ${v.queriesP50} | ${v.stepsWithoutWorker} | ${f(v.queriesDoneP50)} | ${f(v.drawMsP50)} |`,
  );
}
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...result, steps }, null, 1)}\n`);
