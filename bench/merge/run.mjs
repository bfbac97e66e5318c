// @ts-check
/**
 * `npm run bench:merge`: one interaction's plans answered separately, merged into one statement,
 * and as GROUPING SETS, in headless Chromium's duckdb-wasm (bench-page.ts says what each means).
 * Writes bench/results/merge.json. Options (environment): BENCH_SIZES=100000,1000000 BENCH_ROUNDS=30
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = process.env.BENCH_SIZES ?? '100000,1000000';
const rounds = process.env.BENCH_ROUNDS ?? '30';

const server = await createServer({
  configFile: path.join(ROOT, 'vite.config.ts'),
  root: ROOT,
  logLevel: 'warn',
  server: { port: 0, host: '127.0.0.1', hmr: false },
  optimizeDeps: { entries: ['bench/merge/index.html'] },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.text().startsWith('[bench]') && console.log(m.text().slice(8)));
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  await page.goto(
    `http://127.0.0.1:${port}/bench/merge/index.html?sizes=${sizes}&rounds=${rounds}`,
  );
  await page.waitForFunction(() => window.__mergeResults !== undefined, null, { timeout: 60_000 });
  const results = await page.evaluate(() => window.__mergeResults);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const report = { date: new Date().toISOString(), load, chromium: browser.version(), results };
  writeFileSync(
    path.join(ROOT, 'bench/results/merge.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  console.log(`load average at start: ${load}`);
} finally {
  await browser.close();
  await server.close();
}
