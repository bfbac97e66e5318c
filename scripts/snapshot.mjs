// @ts-check
/**
 * `npm run snapshot -- <page address> [--out first-view.json] [--dashboard "#id"]`
 *
 * Makes the first-view snapshot a `<pantau-dashboard snapshot="...">` paints from before DuckDB has
 * started: opens the page in headless Chromium (Debian's, see chromium.mjs), waits until the
 * dashboard has loaded and drawn with no filter chosen, and saves `dashboard.takeSnapshot()`.
 * Run it at deploy time, after the data changes; a stale snapshot is never shown as current
 * (each chart marks it until its live query has checked it), but it costs a redraw.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'first-view.json' },
    dashboard: { type: 'string', default: 'pantau-dashboard' },
    timeout: { type: 'string', default: '600000' },
  },
});

const address = positionals[0];
if (!address) {
  console.error(
    'Usage: npm run snapshot -- <page address> [--out first-view.json] [--dashboard "#id"]\n' +
      'Pakai: alamat halaman yang memuat <pantau-dashboard>, mis. http://localhost:5173/index.html',
  );
  process.exit(2);
}
const timeout = Number(values.timeout);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: 2000 } });
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  await page.goto(address, { timeout });
  const selector = values.dashboard ?? 'pantau-dashboard';
  await page.waitForFunction(
    (s) =>
      document.querySelector(s) !== null && customElements.get('pantau-dashboard') !== undefined,
    selector,
    { timeout },
  );
  const file = await page.evaluate(async (s) => {
    const dashboard = /** @type {any} */ (document.querySelector(s));
    if (dashboard.filters.length > 0) {
      throw new Error(
        `the dashboard has filters chosen (${JSON.stringify(dashboard.filters)}): open the page without them (no url-state in the address)`,
      );
    }
    return dashboard.takeSnapshot();
  }, selector);
  writeFileSync(values.out ?? 'first-view.json', `${JSON.stringify(file)}\n`);
  const answers = /** @type {{ answers: unknown[] }} */ (file).answers.length;
  console.log(`wrote ${values.out} (${answers} chart answers) from ${address}`);
  if (answers === 0) {
    console.warn('No chart had an answer to save: check the page draws without errors.');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
