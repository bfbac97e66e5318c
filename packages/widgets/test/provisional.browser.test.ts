import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard, SnapshotFile } from '../src/index.ts';
import { controllerOf } from '../src/base/query-controller.ts';
import { measured, mount, shadow, unmountAll, whenShown } from './support/mount.ts';
import { gateDataFile } from './support/gate-fetch.ts';

/**
 * The provisional contract (issue 15, item 1): while a widget shows its dashboard's first-view
 * snapshot it is `status = 'loading'` with `provisional = true` (and the `provisional`
 * attribute); `ready`, `pantau-ready` and the dashboard's `ready` are about live figures only; a
 * failure while the snapshot shows is reported only if the live query fails too. Every element
 * kind, real DuckDB; the data file's fetches are held back so the snapshot phase is seen whole.
 */

const CSV = '/test/fixtures/layanan.csv';

const CHARTS = [
  'pantau-bar-chart',
  'pantau-line-chart',
  'pantau-donut',
  'pantau-heatmap',
  'pantau-radar',
  'pantau-gauge',
  'pantau-kpi',
  'pantau-table',
] as const;

const page = (snapshot = '', src = CSV) => `<pantau-dashboard ${
  snapshot ? `snapshot="${snapshot}"` : ''
}>
  <pantau-source name="prov" src="${src}"></pantau-source>
  <pantau-filter source="prov" column="unit" title="Unit"></pantau-filter>
  <pantau-bar-chart source="prov" x="unit" y="sum(diterima)" title="Bar"></pantau-bar-chart>
  <pantau-line-chart source="prov" x="bulan" y="sum(diterima)" interval="month" title="Garis"></pantau-line-chart>
  <pantau-donut source="prov" category="unit" value="sum(diterima)" title="Donat"></pantau-donut>
  <pantau-heatmap source="prov" x="bulan" y="unit" value="sum(diterima)" interval="month" title="Peta"></pantau-heatmap>
  <pantau-radar source="prov" axis="unit" value="sum(diterima)" title="Radar"></pantau-radar>
  <pantau-gauge source="prov" value="sum(selesai) / sum(diterima)" bands="R 0..0.9 Rendah; T 0.9..1 Tinggi" title="Jarum"></pantau-gauge>
  <pantau-kpi source="prov" value="sum(diterima)" label="Diterima"></pantau-kpi>
  <pantau-table source="prov" columns="unit, bulan, diterima" title="Tabel"></pantau-table>
</pantau-dashboard>`;

async function liveSnapshot(): Promise<SnapshotFile> {
  const host = mount(page());
  const file = await host.querySelector<PantauDashboard>('pantau-dashboard')!.takeSnapshot();
  host.remove();
  return file;
}

const urlOf = (file: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));

const charts = (host: HTMLElement) =>
  CHARTS.map((tag) => host.querySelector<PantauChartElement>(tag)!);

/** Every pantau-ready / pantau-error under `host`, with whether the data file was let through. */
function recordOutcomes(host: HTMLElement, released: () => boolean) {
  const seen: { type: string; tag: string; live: boolean }[] = [];
  for (const type of ['pantau-ready', 'pantau-error']) {
    host.addEventListener(type, (e) => {
      // A source says when its table loads: that is not a widget's outcome.
      if ((e.target as Element).localName === 'pantau-source') return;
      seen.push({ type, tag: (e.target as Element).localName, live: released() });
    });
  }
  return seen;
}

/** Resolves when the element's query controller takes an answer from the snapshot. */
function snapshotTaken(el: Element): Promise<void> {
  const controller = controllerOf(el)!;
  let value = controller.provisional;
  return new Promise((resolve) => {
    Object.defineProperty(controller, 'provisional', {
      configurable: true,
      get: () => value,
      set: (next: Date | null) => {
        value = next;
        if (next !== null) resolve();
      },
    });
  });
}

describe('provisional: a snapshot is loading, not ready (every element, real DuckDB)', () => {
  let gate: ReturnType<typeof gateDataFile> | null = null;
  afterEach(() => {
    gate?.release();
    gate?.restore();
    gate = null;
    unmountAll();
  });

  it('shows every chart’s snapshot as loading + provisional; ready and pantau-ready wait for live figures', async () => {
    const file = await liveSnapshot();
    expect(file.answers).toHaveLength(CHARTS.length);
    gate = gateDataFile('layanan.csv');
    let released = false;
    const host = mount(page(urlOf(file)));
    const seen = recordOutcomes(host, () => released);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const filter = host.querySelector<PantauChartElement>('pantau-filter')!;
    let dashboardReady = false;
    void dashboard.ready.then(() => (dashboardReady = true));
    const widgets = charts(host);
    for (const el of widgets) {
      await whenShown(el, () => shadow(el).querySelector('[part="snapshot-note"]') !== null);
      expect(el.hasAttribute('provisional')).toBe(true);
      expect([el.localName, el.status, el.provisional]).toEqual([el.localName, 'loading', true]);
      expect(el.error).toBeNull();
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
    // The snapshot's figures are drawn, not a skeleton.
    const bar = widgets[0]!;
    expect(shadow(bar).querySelector('[part="plot"] svg')).not.toBeNull();
    expect(bar.data.length).toBeGreaterThan(0);
    // A filter's choices never come from a snapshot.
    expect([filter.status, filter.provisional]).toEqual(['loading', false]);
    expect(gate.held).toBeGreaterThan(0);
    // One more turn for any ready that would resolve early: none may.
    await dashboard.updateComplete;
    expect(dashboardReady).toBe(false);
    expect(seen).toEqual([]);

    released = true;
    gate.release();
    const statuses = await dashboard.ready;
    expect(statuses).toEqual(Array(CHARTS.length + 1).fill('ready'));
    for (const el of widgets) {
      await el.updateComplete;
      expect([el.localName, el.status, el.provisional]).toEqual([el.localName, 'ready', false]);
      expect(el.hasAttribute('provisional')).toBe(false);
    }
    // Each widget says ready once, for its live figures; none ever said error.
    expect(seen.filter((s) => s.type === 'pantau-error')).toEqual([]);
    expect(seen.every((s) => s.live)).toBe(true);
    expect(seen.map((s) => s.tag).sort()).toEqual(['pantau-filter', ...CHARTS].sort());
  });

  it('a snapshot that cannot be drawn is no error while the live query may still answer', async () => {
    const file = await liveSnapshot();
    // Answers saved by another version of the charts: only their first column is left.
    for (const answer of file.answers) {
      const [first] = answer.names;
      answer.names = [first!];
      answer.columns = { [first!]: answer.columns[first!]! };
    }
    gate = gateDataFile('layanan.csv');
    let released = false;
    const host = mount(page(urlOf(file)));
    const seen = recordOutcomes(host, () => released);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const widgets = charts(host);
    // Nothing on screen changes when a snapshot cannot be drawn (the skeleton stays): wait for
    // the controller to take it.
    const taken = widgets.map(snapshotTaken);
    for (const el of widgets) {
      await taken[widgets.indexOf(el)];
      await el.updateComplete;
      expect([el.localName, el.status, el.error]).toEqual([el.localName, 'loading', null]);
      expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    }
    // These could not draw it: no figures, so not provisional, and the skeleton stays. Asked
    // once each has its size: before it, nothing is drawn, so nothing has failed yet.
    for (const el of [widgets[0]!, widgets[1]!, widgets[3]!]) {
      await measured(el);
      expect([el.localName, el.provisional]).toEqual([el.localName, false]);
      expect(el.hasAttribute('provisional')).toBe(false);
      expect(shadow(el).querySelector('.skeleton')).not.toBeNull();
    }
    expect(seen).toEqual([]);
    released = true;
    gate.release();
    expect(await dashboard.ready).toEqual(Array(CHARTS.length + 1).fill('ready'));
    expect(seen.filter((s) => s.type === 'pantau-error')).toEqual([]);
  });

  it('when the live query fails too, its failure is reported (status, pantau-error, alert)', async () => {
    const file = await liveSnapshot();
    // The same snapshot; the live table's file is gone from the server.
    const host = mount(page(urlOf(file), '/test/fixtures/tidak-ada.csv'));
    const errors: string[] = [];
    host.addEventListener('pantau-error', (e) => {
      const tag = (e.target as Element).localName;
      if (tag !== 'pantau-source') errors.push(tag);
    });
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const statuses = await dashboard.ready;
    expect(statuses).toEqual(Array(CHARTS.length + 1).fill('error'));
    for (const el of charts(host)) {
      expect(el.provisional).toBe(false);
      expect(el.error?.code).toMatch(/^SOURCE_/);
      expect(shadow(el).querySelector('[role="alert"]')).not.toBeNull();
    }
    expect(errors.sort()).toEqual(['pantau-filter', ...CHARTS].sort());
  });
});
