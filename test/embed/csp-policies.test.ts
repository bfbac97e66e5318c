import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCspServer } from '../../examples/serve.mjs';
import { ROOT, ensureBuilt } from './install.ts';
import { launchForTest } from './launch.ts';
import { checkPage } from './page-check.ts';

/**
 * The Content-Security-Policies the README states, measured (issue 17 item 4): the page's own
 * policy and the DuckDB worker's, which runs under its script's response header, not the page's.
 * The CDN bundle from dist/ on the plain example's dashboard, without the example's own
 * stylesheet and icon (the page's business, not Pantau's).
 */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types pantau-duckdb lit-html";
export const PAGE_POLICY = `default-src 'none'; script-src 'self'; connect-src 'self'; ${TRUSTED_TYPES}`;
export const WORKER_POLICY =
  "default-src 'none'; script-src 'wasm-unsafe-eval'; connect-src 'self'";
/** One header on every response, as many servers are set up: the union of the two. */
const ONE_POLICY = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src data:; ${TRUSTED_TYPES}`;

const isWorker = (urlPath: string) => urlPath.endsWith('.worker.js');
const ELEMENTS = 12;

let browser: Browser;
let page: string;

beforeAll(async () => {
  ensureBuilt();
  const plain = await readFile(path.join(ROOT, 'examples/plain/index.html'), 'utf8');
  page = plain.replace(/\s*<link rel="(icon|stylesheet)"[^>]*>/g, '');
  expect(page).not.toContain('<link');
  browser = await launchForTest();
}, 180_000);

afterAll(() => browser?.close());

function serve(cspFor: (urlPath: string) => string) {
  return startCspServer({
    cspFor,
    pages: { '/': page },
    mounts: {
      '/pantau/': path.join(ROOT, 'packages/widgets/dist/cdn'),
      '/data/': path.join(ROOT, 'datasets/banjarmasin'),
    },
  });
}

async function visit(cspFor: (urlPath: string) => string) {
  const server = await serve(cspFor);
  try {
    return await checkPage(browser, `${server.origin}/`);
  } finally {
    await server.close();
  }
}

describe('the least Content-Security-Policy Pantau needs, measured', { timeout: 120_000 }, () => {
  it(`page: ${PAGE_POLICY}; worker: ${WORKER_POLICY}`, async () => {
    const report = await visit((p) => (isWorker(p) ? WORKER_POLICY : PAGE_POLICY));
    expect(report.violations).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    expect(Object.values(report.statuses)).toEqual(Array(ELEMENTS).fill('ready'));
  });

  it("PNG export: the page policy plus img-src data: (the chart's SVG becomes a data: image)", async () => {
    const png = async (policy: string) => {
      const server = await serve((p) => (isWorker(p) ? WORKER_POLICY : policy));
      const context = await browser.newContext({ acceptDownloads: true });
      try {
        const tab = await context.newPage();
        const violations: string[] = [];
        tab.on('console', (m) => {
          if (m.type() === 'error') violations.push(m.text());
        });
        await tab.goto(`${server.origin}/`);
        // Neither wait has a deadline of its own (the test's timeout bounds them): one of the
        // two ends the race, and the other ends when the context closes (the race handles it).
        const saved = tab.waitForEvent('download', { timeout: 0 }).then(
          (d) => d.suggestedFilename(),
          () => null,
        );
        const outcome = await tab.evaluate(async () => {
          await customElements.whenDefined('pantau-bar-chart');
          const chart = document.querySelector('pantau-bar-chart') as unknown as {
            ready: Promise<string>;
            downloadPng(): Promise<void>;
          };
          await chart.ready;
          await chart.downloadPng();
          return 'asked';
        });
        expect(outcome).toBe('asked');
        // Either the file arrives, or the refusal was reported (the chart says PNG failed).
        const file = await Promise.race([
          saved,
          tab
            .waitForFunction(
              () => {
                const chart = document.querySelector('pantau-bar-chart');
                return /PNG/i.test(
                  chart?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
                );
              },
              null,
              { timeout: 0 },
            )
            .then(() => null),
        ]);
        return { file, violations };
      } finally {
        await context.close();
        await server.close();
      }
    };
    const refused = await png(PAGE_POLICY);
    expect(refused.file).toBeNull();
    expect(refused.violations.join('\n')).toContain('img-src');
    const allowed = await png(`${PAGE_POLICY}; img-src data:`);
    expect(allowed.file).toMatch(/\.png$/);
  });

  it('one policy on every response: the union of the two', async () => {
    const report = await visit(() => ONE_POLICY);
    expect(report.violations).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    expect(Object.values(report.statuses)).toEqual(Array(ELEMENTS).fill('ready'));
  });

  it("the page's policy on the worker too: every element says what the worker's response needs", async () => {
    const report = await visit(() => PAGE_POLICY);
    const statuses = Object.values(report.statuses);
    expect(statuses).toHaveLength(ELEMENTS);
    for (const status of statuses) {
      expect(status).toContain('The data engine (DuckDB) cannot start');
      expect(status).toContain("add 'wasm-unsafe-eval' to script-src");
    }
  });

  it("a trusted-types directive without Pantau's policy: every element names the policy to add", async () => {
    // The engine's start tries the policy before its code has loaded (worker-start.ts); refused,
    // it makes no Worker, and the driver's code says why.
    const withoutPantau = PAGE_POLICY.replace(
      'trusted-types pantau-duckdb lit-html',
      'trusted-types lit-html',
    );
    const report = await visit((p) => (isWorker(p) ? WORKER_POLICY : withoutPantau));
    const statuses = Object.values(report.statuses);
    expect(statuses).toHaveLength(ELEMENTS);
    for (const status of statuses) {
      expect(status).toContain("policy does not allow 'pantau-duckdb'. Add that name");
    }
  });
});
