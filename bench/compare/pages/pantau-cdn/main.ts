/**
 * Pantau as the README embeds it: the published one-file bundle (packages/widgets/dist/cdn,
 * `npm run build`) loaded as it is, not rebuilt by this page's bundler, with DuckDB's files from
 * beside it. The dashboard's markup and the measurement are the Pantau page's.
 */
import { installBench, type Adapter, type CubeBuilds } from '../../page/measure.ts';
import { MARKUP, isDrawn, targets } from '../pantau-dom.ts';

/** What the page reads of the dashboard: its public `coordinator` (the bundle's own types are not imported here). */
interface Dashboard extends HTMLElement {
  coordinator: {
    preAggregator: EventTarget & { pending: number };
    clearCache(): void;
    describe(t: string): Promise<unknown>;
  };
}

const builds: CubeBuilds['builds'] = [];
let dashboard: Dashboard | null = null;

// The bundle's own file, as a page's <script type="module" src> loads it (this page's bundler
// must not see it: a URL it does not resolve).
const bundle = import(/* @vite-ignore */ new URL('/pantau-cdn/pantau.js', location.href).href);

const adapter: Adapter = {
  async start(dataUrl) {
    // The elements defined first, as on the Pantau page: the harness watches each shadow root
    // from the moment its element is added (one attached by a later upgrade would go unseen).
    await bundle;
    const host = document.getElementById('host')!;
    host.innerHTML = MARKUP;
    const source = host.querySelector('pantau-source') as HTMLElement & {
      src: string;
      ready: Promise<unknown>;
      error: Error | null;
    };
    source.src = dataUrl;
    dashboard = host.querySelector<Dashboard>('pantau-dashboard')!;
    for (const kind of ['build', 'root']) {
      dashboard.coordinator.preAggregator.addEventListener(kind, (event) => {
        const cube = (event as CustomEvent<{ buildMs: number; rows: number }>).detail;
        builds.push({ buildMs: cube.buildMs, end: performance.now(), rows: cube.rows });
      });
    }
    const info = await source.ready;
    if (info === null) throw source.error ?? new Error('pantau-source failed');
    return { route: 'dist/cdn/pantau.js as published; the rest as the Pantau page' };
  },
  isDrawn,
  // The bundle does not expose the worker's requests in flight: cube builds running stand in
  // (a gesture's own queries are waited for by the still DOM the harness also asks for).
  pending: () => dashboard?.coordinator.preAggregator.pending ?? 0,
  targets,
  versions: () => ({ engine: 'duckdb-wasm (bundle)' }),
  cubeBuilds: () => ({
    builds: [...builds],
    pending: dashboard?.coordinator.preAggregator.pending ?? 0,
  }),
  async forgetAnswers() {
    dashboard!.coordinator.clearCache();
    await dashboard!.coordinator.describe('applications');
  },
};

installBench(adapter);
