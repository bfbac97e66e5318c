/**
 * The demo dashboard that `npm start` serves: Pantau's elements over Banjarmasin's (synthetic)
 * datasets. This script creates the SQL views the widgets read, runs the language and theme
 * switches, and records load timings for the render benchmark.
 */
import '@pantau/widgets/define';
import { engineReady } from './engine.ts';
import { VIEW_NAMES, createViews } from './views.ts';
import { translatePage, t, type Lang } from './i18n.ts';
import { bindControls, initialLang, initialTheme, applyTheme } from './controls.ts';
import { recordTimings, showTimings, type Timings } from './timings.ts';

const dashboard = document.querySelector('pantau-dashboard');
const status = document.getElementById('status');
if (dashboard === null || status === null) throw new Error('demo: index.html lost its dashboard');

let lang: Lang = initialLang();
let state: 'loading' | 'ready' | 'failed' = 'loading';
let timings: Timings | null = null;

function showStatus(): void {
  status!.dataset['state'] = state;
  const text = status!.querySelector('.status-text');
  if (text === null) return;
  const key = state === 'loading' ? 'status' : state === 'ready' ? 'statusReady' : 'statusFailed';
  text.textContent = t(key, lang);
}

function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = lang;
  document.title = t('pageTitle', lang);
  dashboard!.setAttribute('lang', lang);
  translatePage(document, lang);
  showStatus();
  if (timings !== null) showTimings(document.getElementById('timings'), timings, lang);
}

setLang(lang);
applyTheme(dashboard, initialTheme());
bindControls(dashboard, { onLang: setLang });

// The widgets that read a view wait for it as for a <pantau-source>: the view names are announced
// to the dashboard's source registry now, with a load that settles once the tables are in and the
// views exist (a widget that looked before this finds the announcement while it waits).
const sourceElements = [...dashboard.querySelectorAll('pantau-source')];
const tablesLoaded = Promise.all(sourceElements.map((source) => source.ready));
const viewsCreated = createViews(dashboard.coordinator, tablesLoaded);
for (const name of VIEW_NAMES) dashboard.sources.announce(name, viewsCreated);

const sourcesReady = viewsCreated.then(
  () => performance.now(),
  () => performance.now(),
);

dashboard.ready
  .then(async (statuses) => {
    const widgetsMs = performance.now();
    // Timings are measured from navigation start (performance.now()'s origin); `totalMs` waits
    // for the frame that puts the drawn widgets on screen.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    timings = {
      engineMs: await engineReady,
      sourcesMs: await sourcesReady,
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
