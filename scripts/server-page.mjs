// @ts-check
/**
 * Writes server.html from index.html: the same dashboard markup, pointed at a Pantau server
 * (`server="./pantau/"`), its sources naming the server's tables (no `src`), and no DuckDB loaded
 * (server-main.ts instead of engine.ts and main.ts). One markup, so the two demos cannot drift:
 * test/server-page.test.ts fails when server.html is not what this makes of index.html.
 *
 *   node scripts/server-page.mjs      # after changing index.html
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} from @param {string} to @param {string} html */
function swap(from, to, html) {
  if (!html.includes(from)) throw new Error(`server-page: index.html no longer has ${from}`);
  return html.replace(from, to);
}

/** @param {string} index the text of index.html */
export function serverPage(index) {
  let html = index;
  html = swap('<pantau-dashboard ', '<pantau-dashboard server="./pantau/" ', html);
  // A source in a server's dashboard names the server's table: its file stays on the server.
  html = html.replace(/(<pantau-source\b[^>]*?)\s+src="[^"]*"/g, '$1');
  html = swap('data-i18n="aboutText"', 'data-i18n="aboutTextServer"', html);
  html = swap(
    '<a href="./server.html" data-i18n="serverLink"\n          >Versi server: dasbor yang sama, dijawab server Pantau</a\n        >',
    '<a href="./index.html" data-i18n="pageLink"\n          >Versi peramban: dasbor yang sama, dengan DuckDB di peramban</a\n        >',
    html,
  );
  html = swap('    <script type="module" src="./demo/engine.ts"></script>\n', '', html);
  html = swap('./demo/main.ts', './demo/server-main.ts', html);
  return `<!-- Made from index.html by scripts/server-page.mjs: edit index.html, then run it. -->\n${html}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = readFileSync(path.join(root, 'index.html'), 'utf8');
  writeFileSync(path.join(root, 'server.html'), serverPage(index));
  console.log('server.html written from index.html');
}
