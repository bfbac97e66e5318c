// @ts-check
/**
 * The Chromium behaviour behind issue 17 item 7's retained media-query object, on a blank page:
 * every `<thead>` element Chromium styles leaves one `blink::MediaQuerySet` (with its MediaQuery
 * and feature node, about 160 B) in the document's StyleEngine (functional_media_query_results_)
 * for the document's life, even after the element is gone; a `<tbody>` or `<th>` does not.
 * Counts them in heap snapshots (after a forced GC) before and after 100 of each.
 *
 *   node bench/soak/thead-probe.mjs
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../render/server.mjs';
import { summarizeSnapshot, takeSnapshot } from './heap-snapshot.mjs';

const FILE = path.join(os.tmpdir(), `pantau-thead-${process.pid}.heapsnapshot`);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setContent('<table id="t"><tbody><tr><td>1</td></tr></tbody></table>');
  const cdp = await page.context().newCDPSession(page);
  const count = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await takeSnapshot(cdp, FILE);
    return summarizeSnapshot(FILE).get('native:blink::MediaQuerySet')?.count ?? 0;
  };
  for (const tag of ['tbody', 'th', 'thead']) {
    const before = await count();
    await page.evaluate((name) => {
      const table = /** @type {HTMLTableElement} */ (document.getElementById('t'));
      for (let i = 0; i < 100; i++) {
        const el = document.createElement(name);
        (name === 'th' ? table.rows[0] : table)?.append(el);
        void getComputedStyle(el).display; // styled, as a drawn table is
        el.remove();
      }
    }, tag);
    console.log(
      `100 <${tag}> created, styled and removed: +${(await count()) - before} MediaQuerySet`,
    );
  }
  console.log(`(${browser.version()})`);
} finally {
  await browser.close();
  rmSync(FILE, { force: true });
}
