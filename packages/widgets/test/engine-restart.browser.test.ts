/**
 * A dead DuckDB worker under a dashboard (issue 17 item 1). The worker is stopped behind Pantau's
 * back mid-session, as a browser reclaiming memory stops it; the next selection must bring every
 * widget back with the same figures, and a restart that fails must show each widget's error in
 * the page's language with a Retry button that works once the engine can start again.
 *
 * The page's engine here is a real duckdb-wasm connector whose files' folder the test can point
 * elsewhere (to make a restart fail). Its engines keep the default stall deadline (120 s), which
 * no busy machine makes a healthy query reach; the test shortens it only for a worker it has
 * stopped or stuck (engine-faults.ts), and then waits for the widgets, not for a clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FilterClause } from '@pantau/core';
import { DuckDBConnector } from '../../core/src/engine/duckdb-connector.ts';
import { openBrowserDriver } from '../../core/src/engine/browser/browser-driver.ts';
import { bundlesAt, getAssetBase } from '../../core/src/engine/browser/asset-base.ts';
import { driverOf } from '../../core/src/engine/engine-access.ts';
import { stickWorker, stopWorker } from '../../core/test/engine/engine-faults.ts';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement, PantauDashboard, PantauFilter } from '../src/index.ts';
import { mount, settled, shadow, unmountAll } from './support/mount.ts';

const good = getAssetBase();
let assetBase = good;
const engine = new DuckDBConnector(() => openBrowserDriver(bundlesAt(assetBase)));
// Installed as the page's engine before any dashboard asks for it (page-engine.ts's slot).
(globalThis as Record<symbol, unknown>)[Symbol.for('pantau.pageEngine.v1')] = engine;

const DASHBOARD = `<pantau-dashboard>
  <pantau-source name="layanan" src="/test/fixtures/layanan.csv"></pantau-source>
  <pantau-test-list id="units" source="layanan" x="unit" y="sum(diterima)"></pantau-test-list>
  <pantau-kpi id="total" source="layanan" value="sum(selesai)" label="Selesai"></pantau-kpi>
  <pantau-bar-chart id="months" source="layanan" x="bulan" y="sum(tepat_waktu)"></pantau-bar-chart>
  <pantau-filter id="pick" source="layanan" column="unit" label="Unit"></pantau-filter>
</pantau-dashboard>`;

const ONLY = (unit: string): FilterClause[] => [{ column: 'unit', predicate: 'eq', value: unit }];

function parts(host: HTMLElement) {
  const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
  const charts = ['units', 'total', 'months'].map((id) =>
    host.querySelector<PantauChartElement>(`#${id}`)!,
  );
  const filter = host.querySelector<PantauFilter>('#pick')!;
  return { dashboard, charts, filter, widgets: [...charts, filter] };
}

/** Sets the dashboard's filters as a page script would and waits for every widget to settle. */
async function choose(host: HTMLElement, clauses: FilterClause[]) {
  const { dashboard, charts } = parts(host);
  dashboard.filters = clauses;
  await settled(host);
  return charts.map((chart) => JSON.stringify(chart.data));
}

// Each restart instantiates DuckDB anew (1-2 s on a quiet machine, 10-20 s at load 25): the
// bound is wide so a busy machine makes a test slower, not failed.
describe('a dashboard whose DuckDB worker stops', { timeout: 180_000 }, () => {
  afterEach(() => {
    unmountAll();
    assetBase = good;
  });

  it('comes back on the next selection with the same figures, the selection kept', async () => {
    const host = mount(DASHBOARD);
    await settled(host);
    const { dashboard, widgets } = parts(host);
    const dinkes = await choose(host, ONLY('Dinkes'));
    const dpmptsp = await choose(host, ONLY('DPMPTSP'));
    expect(dinkes).not.toEqual(dpmptsp);
    // Nothing answered from memory: every figure below comes from the new engine.
    dashboard.coordinator.clearCache();
    const first = await driverOf(engine);
    await stopWorker(engine);
    expect(await choose(host, ONLY('Dinkes'))).toEqual(dinkes);
    expect(dashboard.filters).toEqual(ONLY('Dinkes'));
    for (const widget of widgets) expect(widget.status).toBe('ready');
    expect(await driverOf(engine)).not.toBe(first);
    const one = await dashboard.coordinator.query({ sql: 'SELECT 1 AS one' });
    expect(one.rows()).toEqual([{ one: 1 }]);
    // And the next selection too.
    expect(await choose(host, ONLY('DPMPTSP'))).toEqual(dpmptsp);
  });

  it('a restart that fails shows each widget’s error in both languages with a Retry that works', async () => {
    const host = mount(DASHBOARD);
    await settled(host);
    const { dashboard, charts, filter, widgets } = parts(host);
    const dinkes = await choose(host, ONLY('Dinkes'));
    await choose(host, ONLY('Disdukcapil'));
    dashboard.coordinator.clearCache();
    // DuckDB's files are gone from the server when the engine restarts.
    assetBase = new URL('/no-such-folder/duckdb/', location.href).href;
    // This time the worker is stuck in a query rather than stopped.
    await stickWorker(engine);
    dashboard.filters = ONLY('Dinkes');
    await settled(host);
    for (const widget of widgets) {
      expect(widget.status, widget.id).toBe('error');
      expect(widget.error?.code).toBe('ENGINE_FAILED');
      const alert = shadow(widget).querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain('Mesin data berhenti dan gagal dimulai ulang');
      expect(alert.querySelector('button[part="retry"]')?.textContent?.trim()).toBe('Coba lagi');
    }
    dashboard.lang = 'en';
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const widget of widgets) {
      const alert = shadow(widget).querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain('The data engine stopped and could not be restarted');
      expect(alert.querySelector('button[part="retry"]')?.textContent?.trim()).toBe('Retry');
    }
    // A restart still being tried (a cube's drop, the filter's own query) ends first: a Retry
    // meanwhile would share that attempt, made with the missing files.
    await expect(driverOf(engine)).rejects.toThrow(/could not be restarted/);
    // The files are back; each widget's Retry brings it back with the figures it had.
    assetBase = good;
    for (const widget of widgets) {
      shadow(widget).querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    }
    await settled(host);
    for (const widget of widgets) expect(widget.status, widget.id).toBe('ready');
    expect(charts.map((chart) => JSON.stringify(chart.data))).toEqual(dinkes);
    expect(dashboard.filters).toEqual(ONLY('Dinkes'));
    expect(shadow(filter).querySelector('[role="alert"]')).toBeNull();
  });
});
