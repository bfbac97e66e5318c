// @ts-check
/**
 * Looks at a page the way a user would: opens it in headless Chromium, waits until it says it is
 * ready (`body[data-ready]`), and saves a full-page screenshot.
 * Usage: node scripts/screenshot.mjs <url> <out.png> [width]
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [url = 'http://localhost:5173/', out = 'reports/screenshot.png', width = '1280'] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const problems = [];
page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
page.on('pageerror', (e) => problems.push(String(e)));
await page.goto(url);
await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
await page.screenshot({ path: out, fullPage: true });
console.log(`ready=${await page.getAttribute('body', 'data-ready')} screenshot=${out}`);
if (problems.length) console.log('console errors:\n' + problems.join('\n'));
await browser.close();
