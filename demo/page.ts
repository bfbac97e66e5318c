/**
 * What both demo pages run: the language and theme switches, the status line, and load timings
 * for readers and for `npm run bench:render`. main.ts (the page's DuckDB) and server-main.ts (a
 * Pantau server) differ only in how the tables arrive.
 */
import type { PantauDashboard } from '@pantau/widgets';
import { translatePage, t, type Lang } from './i18n.ts';
import { bindControls, initialLang, initialTheme, applyTheme } from './controls.ts';
import { recordTimings, showTimings, type Timings } from './timings.ts';

export function demoDashboard(): { dashboard: PantauDashboard; status: HTMLElement } {
  const dashboard = document.querySelector('pantau-dashboard');
  const status = document.getElementById('status');
  if (dashboard === null || status === null) throw new Error('demo: the page lost its dashboard');
  return { dashboard, status };
}

/**
 * Runs the page's controls and reports when every widget is drawn. `engineReady` and
 * `sourcesReady` resolve to ms since navigation start (NaN: no engine in this page).
 */
export function runDemoPage(
  dashboard: PantauDashboard,
  status: HTMLElement,
  loads: { engineReady: Promise<number>; sourcesReady: Promise<number> },
): void {
  let lang: Lang = initialLang();
  let state: 'loading' | 'ready' | 'failed' = 'loading';
  let timings: Timings | null = null;

  function showStatus(): void {
    status.dataset['state'] = state;
    const text = status.querySelector('.status-text');
    if (text === null) return;
    const key = state === 'loading' ? 'status' : state === 'ready' ? 'statusReady' : 'statusFailed';
    text.textContent = t(key, lang);
  }

  function setLang(next: Lang): void {
    lang = next;
    document.documentElement.lang = lang;
    document.title = t('pageTitle', lang);
    dashboard.setAttribute('lang', lang);
    translatePage(document, lang);
    showStatus();
    if (timings !== null) showTimings(document.getElementById('timings'), timings, lang);
  }

  setLang(lang);
  applyTheme(dashboard, initialTheme());
  bindControls(dashboard, { onLang: setLang });

  dashboard.ready
    .then(async (statuses) => {
      const widgetsMs = performance.now();
      // Timings are measured from navigation start (performance.now()'s origin); `totalMs` waits
      // for the frame that puts the drawn widgets on screen.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      timings = {
        engineMs: await loads.engineReady,
        sourcesMs: await loads.sourcesReady,
        widgetsMs,
        totalMs: performance.now(),
      };
      recordTimings(timings);
      showTimings(document.getElementById('timings'), timings, lang);
      state = statuses.includes('error') ? 'failed' : 'ready';
      showStatus();
      document.body.dataset['ready'] = '';
    })
    .catch((error: unknown) => {
      console.error(error);
      state = 'failed';
      showStatus();
      document.body.dataset['ready'] = 'error';
    });
}
