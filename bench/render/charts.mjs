// @ts-check
/** The chart half of `npm run bench:render`: opens bench/render/index.html and collects its results. */

/**
 * @typedef {import('./page.ts').PageResults} PageResults
 * @typedef {{ sizes: number[], rounds: number, warmup: number, cases: string[], dpr: number }} ChartSettings
 */

const PAGE_TIMEOUT_MS = 15 * 60_000;

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {ChartSettings} settings
 * @returns {Promise<PageResults>}
 */
export async function runCharts(browser, origin, settings) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1400 },
    deviceScaleFactor: settings.dpr,
    timezoneId: 'Asia/Makassar',
    locale: 'id-ID',
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('[bench]')) console.log(`  ${text.slice(8)}`);
      else if (message.type() === 'error') console.error(`  browser error: ${text}`);
    });
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
      console.error('  the page crashed (out of memory?)');
    });
    const query = new URLSearchParams({
      sizes: settings.sizes.join(','),
      rounds: String(settings.rounds),
      warmup: String(settings.warmup),
      cases: settings.cases.join(','),
    });
    await page.goto(`${origin}/bench/render/index.html?${query}`);
    await page.waitForFunction(() => window.__renderBench !== undefined, null, {
      timeout: 60_000,
    });
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const results = await Promise.race([
      page.evaluate(() => window.__renderBench),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the chart page did not finish in time')),
          PAGE_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (crashed || !results) throw new Error('the chart page crashed before posting its results');
    return /** @type {PageResults} */ (results);
  } finally {
    await context.close();
  }
}
