import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startCspServer } from '../../examples/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { ROOT, installTarballs } from './install.ts';
import { checkPage, type PageReport } from './page-check.ts';

/**
 * The self-contained bundle from the installed @pantau/widgets tarball on the plain example page
 * (examples/plain), served with a strict Content-Security-Policy header and Trusted Types
 * required: every widget becomes ready with no console error, no CSP violation and no request
 * off the page's origin, with one copy of the bundle and with two.
 */
let installDir: string;
let browser: Browser;
let cdn: string;
let plainPage: string;

beforeAll(async () => {
  installDir = await installTarballs();
  cdn = path.join(installDir, 'node_modules/@pantau/widgets/dist/cdn');
  plainPage = await readFile(path.join(ROOT, 'examples/plain/index.html'), 'utf8');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (installDir) await rm(installDir, { recursive: true, force: true });
});

const ELEMENTS = 11; // 3 sources and 8 charts on examples/plain/index.html

function expectClean(report: PageReport) {
  expect(report.statuses).toEqual(
    Object.fromEntries(Object.keys(report.statuses).map((key) => [key, 'ready'])),
  );
  expect(Object.keys(report.statuses)).toHaveLength(ELEMENTS);
  expect(report.pageErrors).toEqual([]);
  expect(report.consoleErrors).toEqual([]);
  expect(report.violations).toEqual([]);
  expect(report.foreignRequests).toEqual([]);
}

async function serve(pages: Record<string, string>, csp = STRICT_CSP) {
  return startCspServer({
    csp,
    pages,
    mounts: {
      '/': path.join(ROOT, 'examples/plain'),
      '/pantau/': cdn,
      '/copy/': cdn,
      '/data/': path.join(ROOT, 'datasets/banjarmasin'),
    },
  });
}

describe('the CDN bundle on a plain page under a strict CSP', () => {
  it('is in the tarball, beside the DuckDB files it loads', async () => {
    for (const file of [
      'pantau.js',
      'duckdb/duckdb-eh.wasm',
      'duckdb/duckdb-browser-eh.worker.js',
    ]) {
      await expect(cp(path.join(cdn, file), '/dev/null')).resolves.toBeUndefined();
    }
  });

  it('makes every widget ready: no console error, no violation, nothing off the origin', async () => {
    const server = await serve({ '/': plainPage });
    try {
      const report = await checkPage(browser, `${server.origin}/`);
      expectClean(report);
      // DuckDB came from the duckdb/ folder beside the bundle (relative to it, not to the page).
      expect(server.requests).toContain('/pantau/duckdb/duckdb-eh.wasm');
      expect(server.requests).toContain('/pantau/duckdb/duckdb-browser-eh.worker.js');
    } finally {
      await server.close();
    }
  });

  it('works with two copies of the bundle on the page', async () => {
    const twice = plainPage.replace(
      '<script type="module" src="./pantau/pantau.js"></script>',
      '<script type="module" src="./pantau/pantau.js"></script>\n' +
        '    <script type="module" src="./copy/pantau.js"></script>',
    );
    expect(twice).not.toBe(plainPage);
    const server = await serve({ '/': twice });
    try {
      const report = await checkPage(browser, `${server.origin}/`);
      expectClean(report);
      // Both copies really ran (a second URL is a second module), and DuckDB started once.
      expect(server.requests).toContain('/pantau/pantau.js');
      expect(server.requests).toContain('/copy/pantau.js');
      const wasm = server.requests.filter((p) => p.endsWith('.wasm'));
      expect(wasm).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('needs only the documented Trusted Types policy names', async () => {
    const server = await serve(
      { '/': plainPage },
      `${STRICT_CSP}; trusted-types pantau-duckdb lit-html`,
    );
    try {
      expectClean(await checkPage(browser, `${server.origin}/`));
    } finally {
      await server.close();
    }
  });
});
