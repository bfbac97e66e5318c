/**
 * server.html: the demo's dashboard, unchanged but for `server="./pantau/"`, against a Pantau
 * server (DuckDB on the server, the demo's views defined there; see the README). No DuckDB loads
 * in this page: the widgets' plans go to the server and its answers are drawn.
 */
import '@pantau/widgets/define';
import { demoDashboard, runDemoPage } from './page.ts';

const { dashboard, status } = demoDashboard();
// The tables are the server's: ready once every <pantau-source> has found its table there.
const sources = [...dashboard.querySelectorAll('pantau-source')].map((source) => source.ready);
const sourcesReady = Promise.all(sources).then(() => performance.now());

runDemoPage(dashboard, status, { engineReady: Promise.resolve(Number.NaN), sourcesReady });
