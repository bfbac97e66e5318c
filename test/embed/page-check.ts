import type { Browser } from 'playwright';

/**
 * Loads a page in Chromium and reports what an embedder must never see: console errors, page
 * errors, Content-Security-Policy violations (the `securitypolicyviolation` event), and requests
 * that leave the page's origin (which are also blocked). Waits until every Pantau element on the
 * page is ready, or says which are not.
 */
export interface PageReport {
  statuses: Record<string, string>;
  consoleErrors: string[];
  pageErrors: string[];
  violations: string[];
  foreignRequests: string[];
  requests: string[];
}

declare global {
  interface Window {
    __pantauViolations?: string[];
  }
}

/**
 * Opens `url` and waits until every Pantau element has settled, with no deadline of its own: the
 * test's timeout bounds it (a 45 s wait here was a clock that a loaded machine could pass with a
 * healthy page; a page that never settles fails the test at its timeout all the same).
 */
export async function checkPage(browser: Browser, url: string): Promise<PageReport> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const report: PageReport = {
    statuses: {},
    consoleErrors: [],
    pageErrors: [],
    violations: [],
    foreignRequests: [],
    requests: [],
  };
  try {
    // Anything not on the page's origin is recorded and refused: the page must work without it.
    await context.route(
      (target) => target.origin !== origin && target.protocol !== 'data:',
      (route) => {
        report.foreignRequests.push(route.request().url());
        return route.abort();
      },
    );
    context.on('request', (request) => report.requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') report.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => report.pageErrors.push(error.message));
    await page.addInitScript(() => {
      window.__pantauViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__pantauViolations?.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    await page.goto(url);
    // Settled: every element (sources included) is ready, empty or failed; the report tells which.
    await page
      .waitForFunction(
        () =>
          document.querySelector('pantau-dashboard') !== null &&
          [...document.querySelectorAll('*')]
            .filter(
              (el) => el.localName.startsWith('pantau-') && el.localName !== 'pantau-dashboard',
            )
            .every((el) =>
              ['ready', 'empty', 'error'].includes(String((el as { status?: string }).status)),
            ),
        null,
        { timeout: 0 },
      )
      .catch(() => undefined); // the page crashed or closed: the report says what it showed
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('pantau-') && el.localName !== 'pantau-dashboard')
        .map((el, i) => {
          const { status, error } = el as { status?: string; error?: { message?: string } | null };
          const name = el.getAttribute('name') ?? el.getAttribute('title') ?? String(i);
          return [
            `${el.localName} ${name}`,
            `${status}${error?.message ? `: ${error.message}` : ''}`,
          ];
        }),
    );
    report.statuses = Object.fromEntries(elements);
    report.violations = await page.evaluate(() => window.__pantauViolations ?? []);
  } finally {
    await context.close();
  }
  return report;
}
