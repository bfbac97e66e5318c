// @ts-check
/**
 * The Chromium behaviour behind issue 17 item 7's retained media-query object, on a blank page:
 * each time Chromium styles a `<thead>` (a new one, or the same one attached again), its own rule
 * for thead (a `break-inside` that depends on print, a CSS `if(media(...))`) leaves one
 * `blink::MediaQuerySet` (with its MediaQuery and feature node, about 160 B) in the document's
 * StyleEngine (functional_media_query_results_) for the document's life. A `<tbody>` or `<th>`
 * does not; an author rule `thead { break-inside: auto }` wins the cascade and stops it (what
 * packages/widgets/src/base/chart.styles.ts does). Counts in heap snapshots after a forced GC.
 *
 *   node bench/soak/thead-probe.mjs
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../render/server.mjs';
import { summarizeSnapshot, takeSnapshot } from './heap-snapshot.mjs';

const FILE = path.join(os.tmpdir(), `pantau-thead-${process.pid}.heapsnapshot`);
const CASES = [
  { tag: 'tbody', css: '', same: false },
  { tag: 'th', css: '', same: false },
  { tag: 'thead', css: '', same: false },
  { tag: 'thead', css: '', same: true },
  { tag: 'thead', css: 'thead { break-inside: auto }', same: false },
];

const browser = await launchChromium();
try {
  for (const { tag, css, same } of CASES) {
    const page = await browser.newPage();
    await page.setContent(
      `<style>${css}</style><table id="t"><tbody><tr><td>1</td></tr></tbody></table>`,
    );
    const cdp = await page.context().newCDPSession(page);
    const count = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await takeSnapshot(cdp, FILE);
      return summarizeSnapshot(FILE).get('native:blink::MediaQuerySet')?.count ?? 0;
    };
    const before = await count();
    await page.evaluate(([name, one]) => {
      const table = /** @type {HTMLTableElement} */ (document.getElementById('t'));
      const kept = document.createElement(name);
      for (let i = 0; i < 100; i++) {
        const el = one ? kept : document.createElement(name);
        (name === 'th' ? table.rows[0] : table)?.append(el);
        void getComputedStyle(el).display; // styled, as a drawn table is
        el.remove();
      }
    }, /** @type {const} */ ([tag, same]));
    const what = same ? `one <${tag}> attached` : `100 <${tag}> created`;
    console.log(
      `${what}, styled and removed 100 times${css ? ` under "${css}"` : ''}: +${(await count()) - before} MediaQuerySet`,
    );
    await page.close();
  }
  console.log(`(Chromium ${browser.version()})`);
} finally {
  await browser.close();
  rmSync(FILE, { force: true });
}
