/**
 * Pantau's contender: its own elements inside a <pantau-dashboard>, as a page author writes them.
 * The table loads through <pantau-source> (the dashboard's 5 columns of the Parquet file decoded by
 * hyparquet, inserted as Arrow into Pantau's duckdb-wasm); every widget cross-filters the others.
 */
import '../engine-base.ts';
import '@pantau/widgets/dashboard/define';
import '@pantau/widgets/source/define';
import '@pantau/widgets/kpi/define';
import '@pantau/widgets/bar-chart/define';
import '@pantau/widgets/line-chart/define';
import '@pantau/widgets/heatmap/define';
import { pageConnector, type CubeInfo, type DuckDBDriver } from '@pantau/core';
import type { PantauDashboard } from '@pantau/widgets';
import { driverOf } from '../../../../packages/core/src/engine/engine-access.ts';
import { requestsInFlight } from '../../../../packages/core/src/engine/browser/worker-driver.ts';
import { installBench, type Adapter, type CubeBuilds } from '../../page/measure.ts';
import { MARKUP, isDrawn, targets } from '../pantau-dom.ts';

/**
 * Pantau's driver of duckdb-wasm's worker: its requests in flight tell the harness when the
 * database is idle, as AsyncDuckDB's pending requests do for the other contenders.
 */
let engineName = '';
let driver: DuckDBDriver | null = null;
/** Every cube build (the idle ones after the first draw, and any a gesture asks for). */
const builds: CubeBuilds['builds'] = [];
let preAggregator: PantauDashboard['coordinator']['preAggregator'] | null = null;

const adapter: Adapter = {
  async start(dataUrl) {
    const host = document.getElementById('host')!;
    // In the markup, as a page has it: the dashboard reads `snapshot` when it connects.
    const snapshot = new URLSearchParams(location.search).has('snapshot')
      ? ` snapshot="${dataUrl.replace(/\.parquet$/, '.snapshot.json')}"`
      : '';
    host.innerHTML = MARKUP.replace('<pantau-dashboard', `<pantau-dashboard${snapshot}`);
    const source = host.querySelector('pantau-source') as HTMLElement & {
      src: string;
      ready: Promise<unknown>;
      error: Error | null;
    };
    source.src = dataUrl;
    preAggregator =
      host.querySelector<PantauDashboard>('pantau-dashboard')!.coordinator.preAggregator;
    // A pass's root cube (one scan its cubes are cut from) counts with the builds.
    for (const kind of ['build', 'root']) {
      preAggregator.addEventListener(kind, (event) => {
        const cube = (event as CustomEvent<CubeInfo>).detail;
        builds.push({ buildMs: cube.buildMs, end: performance.now(), rows: cube.rows });
      });
    }
    void driverOf(pageConnector()).then((opened) => {
      driver = opened;
      engineName = opened.engine;
    });
    const info = await source.ready;
    if (info === null) throw source.error ?? new Error('pantau-source failed');
    return {
      route:
        'pantau-source columns=…: hyparquet (HTTP range reads, 5 columns) -> Arrow IPC -> duckdb-wasm 1.32',
    };
  },
  isDrawn,
  pending: () => (driver === null ? 0 : requestsInFlight(driver)),
  targets,
  versions: () => ({ engine: engineName }),
  cubeBuilds: () => ({ builds: [...builds], pending: preAggregator?.pending ?? 0 }),
  async forgetAnswers() {
    const { coordinator } = document.querySelector<PantauDashboard>('pantau-dashboard')!;
    coordinator.clearCache();
    // clearCache forgets the table's schema too, which no reader's click follows: described
    // again before the gesture (from the connector's own cache), as bench/crossfilter's probe does.
    await coordinator.describe('applications');
  },
};

installBench(adapter);
