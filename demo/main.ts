/**
 * The demo dashboard that `npm start` serves: Pantau's elements over Banjarmasin's (synthetic)
 * datasets. This script creates the SQL views the widgets read, runs the language and theme
 * switches, and records load timings for the render benchmark.
 */
import '@pantau/widgets/define';
import { engineReady } from './engine.ts';
import { VIEW_NAMES, createViews } from './views.ts';
import { demoDashboard, runDemoPage } from './page.ts';

const { dashboard, status } = demoDashboard();

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

runDemoPage(dashboard, status, { engineReady, sourcesReady });
