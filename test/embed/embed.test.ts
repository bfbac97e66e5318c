import { execFile } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startCspServer } from '../../examples/serve.mjs';
import { ROOT, installTarballs, repoVersion } from './install.ts';
import { launchForTest } from './launch.ts';
import {
  installedElements,
  resolveInNode,
  writeAlonePages,
  writeTypeCheck,
} from './elements-alone.ts';
import { checkPage, type PageReport } from './page-check.ts';

/**
 * Pantau as users get it: the tarballs of the three packages installed in a folder of their own.
 * Each page is served with a strict Content-Security-Policy header and Trusted Types required;
 * every widget must become ready with no console error, no CSP violation and no request off the
 * page's origin. First the self-contained bundle on the plain example page (examples/plain), once
 * and twice; then the React 19 and Vue 3 examples, built by Vite from the installed packages.
 */
let installDir: string;
let browser: Browser;
let cdn: string;
let plainPage: string;

beforeAll(async () => {
  installDir = await installTarballs(
    ['react', 'react-dom', 'vue', '@types/react', '@types/react-dom'].map(repoVersion),
  );
  cdn = path.join(installDir, 'node_modules/@pantau/widgets/dist/cdn');
  plainPage = await readFile(path.join(ROOT, 'examples/plain/index.html'), 'utf8');
  browser = await launchForTest();
  // npm pack and npm install (React, Vue and their types) run synchronously: two suites at once
  // at load 30 took 178 s here (past the 120 s this hook had, so the file's six tests skipped).
}, 420_000);

afterAll(async () => {
  await browser?.close();
  if (installDir) await rm(installDir, { recursive: true, force: true });
});

function expectClean(report: PageReport, elements: number) {
  expect(report.statuses).toEqual(
    Object.fromEntries(Object.keys(report.statuses).map((key) => [key, 'ready'])),
  );
  expect(Object.keys(report.statuses)).toHaveLength(elements);
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

const PLAIN_ELEMENTS = 12; // 3 sources, a filter and 8 charts on examples/plain/index.html

// Generous: a loaded two-core machine starts DuckDB and Vite slowly, and a test opens up to
// three pages; the waits inside have no deadline of their own.
describe('the CDN bundle on a plain page under a strict CSP', { timeout: 180_000 }, () => {
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
    // Stricter than the policy: only the documented Trusted Types policy names allowed.
    const server = await serve(
      { '/': plainPage },
      `${STRICT_CSP}; trusted-types pantau-duckdb lit-html`,
    );
    try {
      const report = await checkPage(browser, `${server.origin}/`);
      expectClean(report, PLAIN_ELEMENTS);
      // DuckDB came from the duckdb/ folder beside the bundle (relative to it, not to the page).
      expect(server.requests).toContain('/pantau/duckdb/duckdb-eh.wasm');
      expect(server.requests).toContain('/pantau/duckdb/duckdb-browser-eh.worker.js');
    } finally {
      await server.close();
    }
  });

  it('paints a first-view snapshot under the same policy, then checks it', async () => {
    // The snapshot as a site makes it: the page loaded live, then dashboard.takeSnapshot().
    let server = await serve({ '/': plainPage });
    let snapshot: string;
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      snapshot = await page.evaluate(async () => {
        await customElements.whenDefined('pantau-dashboard');
        const dashboard = document.querySelector('pantau-dashboard') as unknown as {
          takeSnapshot(): Promise<unknown>;
        };
        return JSON.stringify(await dashboard.takeSnapshot());
      });
      await page.close();
    } finally {
      await server.close();
    }
    const withSnapshot = plainPage.replace(
      '<pantau-dashboard lang="id">',
      '<pantau-dashboard lang="id" snapshot="./first-view.json">',
    );
    expect(withSnapshot).not.toBe(plainPage);
    server = await serve(
      { '/': withSnapshot, '/first-view.json': snapshot },
      `${STRICT_CSP}; trusted-types pantau-duckdb lit-html`,
    );
    try {
      // A chart showed the snapshot (marked) before its live answer, under the policy.
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('pantau-dashboard *')].some(
            (el) => (el as { snapshotTakenAt?: Date | null }).snapshotTakenAt,
          ),
        null,
        { timeout: 0 }, // the test's timeout bounds it
      );
      await page.close();
      const report = await checkPage(browser, `${server.origin}/`);
      expectClean(report, PLAIN_ELEMENTS);
      expect(server.requests).toContain('/first-view.json');
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
      expectClean(report, PLAIN_ELEMENTS);
      // Both copies really ran (a second URL is a second module), and DuckDB started once.
      expect(server.requests).toContain('/pantau/pantau.js');
      expect(server.requests).toContain('/copy/pantau.js');
      const wasm = server.requests.filter((p) => p.endsWith('.wasm'));
      expect(wasm).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

/** Runs a command; resolves to its output (tsc prints only errors). */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8' }, (_error, stdout, stderr) =>
      resolve(stdout + stderr),
    );
  });
}

/** Copies an example next to the installed packages and builds it with its own Vite config. */
async function buildExample(name: string): Promise<string> {
  const dir = path.join(installDir, name);
  await cp(path.join(ROOT, 'examples', name), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)$/.test(source),
  });
  await build({
    root: dir,
    configFile: path.join(dir, 'vite.config.js'),
    logLevel: 'error',
    build: { outDir: path.join(dir, 'dist'), emptyOutDir: true },
  });
  return dir;
}

async function serveApp(name: string, dist: string) {
  return startCspServer({
    mounts: {
      [`/${name}/`]: dist,
      // Where a site puts DuckDB's files (the examples' setAssetBase) and its data.
      [`/${name}/duckdb/`]: path.join(cdn, 'duckdb'),
      [`/${name}/data/`]: path.join(ROOT, 'datasets/banjarmasin'),
    },
  });
}

describe('the packages in framework apps under a strict CSP', { timeout: 180_000 }, () => {
  it('React 19: JSX typings check, and every widget is ready', async () => {
    const dir = await buildExample('react');
    // The example type-checks against the installed typings: every tag, attribute and event.
    const typecheck = run(path.join(ROOT, 'node_modules/.bin/tsc'), [
      '-p',
      path.join(dir, 'tsconfig.json'),
    ]);
    const server = await serveApp('react', path.join(dir, 'dist'));
    try {
      const report = await checkPage(browser, `${server.origin}/react/`);
      expectClean(report, 6);
      expect(await typecheck).toBe('');
      expect(server.requests).toContain('/react/duckdb/duckdb-eh.wasm');
    } finally {
      await server.close();
    }
  });

  it('Vue 3: every widget is ready', async () => {
    const dir = await buildExample('vue');
    const server = await serveApp('vue', path.join(dir, 'dist'));
    try {
      const report = await checkPage(browser, `${server.origin}/vue/`);
      expectClean(report, 6);
      expect(server.requests).toContain('/vue/duckdb/duckdb-eh.wasm');
    } finally {
      await server.close();
    }
  });
});

describe('each element imported alone from the installed package', { timeout: 180_000 }, () => {
  it('Node resolves `<kind>` and `<kind>/define` to built files, and nothing internal', async () => {
    const elements = await installedElements(installDir);
    expect(elements.map((e) => e.kind)).toContain('gauge');
    const subpaths = elements.flatMap(({ kind }) => [`/${kind}`, `/${kind}/define`]);
    const resolved = resolveInNode(installDir, [...subpaths, '/base', '/base/grades', '/nope']);
    for (const { kind } of elements) {
      expect(resolved[`/${kind}`]).toBe(`./dist/${kind}/${kind}.js`);
      expect(resolved[`/${kind}/define`]).toBe(`./dist/${kind}/${kind}.define.js`);
    }
    expect(resolved['/base']).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(resolved['/base/grades']).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    // A folder that is no element matches the pattern but names a file that does not exist.
    expect(resolved['/nope']).toBe('./dist/nope/nope.js');
  });

  it('TypeScript (node16 and bundler) finds each class and its tag in the tag map', async () => {
    const elements = await installedElements(installDir);
    const configs = await writeTypeCheck(path.join(installDir, 'types-alone'), elements);
    const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
    for (const config of configs) expect(await run(tsc, ['-p', config]), config).toBe('');
  });

  it('Vite bundles each alone; its define registers its class; a gauge page is ready', async () => {
    const elements = await installedElements(installDir);
    const dir = path.join(installDir, 'alone');
    const input = await writeAlonePages(dir, elements);
    const outDir = path.join(dir, 'dist');
    await build({
      root: dir,
      configFile: false,
      base: './',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, rolldownOptions: { input } },
    });
    const server = await serveApp('alone', outDir);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const { kind } of elements) {
        await page.goto(`${server.origin}/alone/${kind}.html`);
        const defined = await page.waitForFunction(() => document.body.dataset['defined'], null, {
          timeout: 0, // the test's timeout bounds it
        });
        expect(await defined.jsonValue(), kind).toBe('true');
      }
      await page.close();
      expect(errors).toEqual([]);
      expectClean(await checkPage(browser, `${server.origin}/alone/ready.html`), 2);
    } finally {
      await server.close();
    }
  });
});
