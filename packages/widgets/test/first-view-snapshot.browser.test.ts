import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define.ts';
import type { PantauBarChart, PantauDashboard, PantauKpi, SnapshotFile } from '../src/index.ts';
import { controllerOf } from '../src/base/query-controller.ts';
import {
  expectAccessible,
  mount,
  openMenu,
  settled,
  shadow,
  unmountAll,
  whenShown,
} from './support/mount.ts';
import { gateDataFile } from './support/gate-fetch.ts';

/**
 * `<pantau-dashboard snapshot>`: charts paint a saved first view before DuckDB has the table,
 * marked until the live query checks it. The table's file is held back (its fetches wait on a
 * gate) so the snapshot's paint is seen before any live answer can exist; DuckDB is the real one.
 */

const APPS = '/datasets/banjarmasin/applications.parquet';

const widgets = (snapshot = '') => `<pantau-dashboard ${snapshot ? `snapshot="${snapshot}"` : ''}>
  <pantau-source name="snap_apps" src="${APPS}" columns="unit_code, status"></pantau-source>
  <pantau-kpi source="snap_apps" value="count(*)" label="Permohonan"></pantau-kpi>
  <pantau-bar-chart source="snap_apps" x="unit_code" y="count(*)" sort="desc" limit="5"
    title="Permohonan per unit"></pantau-bar-chart>
</pantau-dashboard>`;

async function takeLiveSnapshot(): Promise<{ file: SnapshotFile; bars: unknown; total: unknown }> {
  const host = mount(widgets());
  const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
  const file = await dashboard.takeSnapshot();
  const bars = host.querySelector<PantauBarChart>('pantau-bar-chart')!.data;
  const total = host.querySelector<PantauKpi>('pantau-kpi')!.data;
  host.remove();
  return { file, bars, total };
}

const urlOf = (file: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));

function parts(host: HTMLElement) {
  return {
    dashboard: host.querySelector<PantauDashboard>('pantau-dashboard')!,
    bar: host.querySelector<PantauBarChart>('pantau-bar-chart')!,
    kpi: host.querySelector<PantauKpi>('pantau-kpi')!,
  };
}

const note = (el: Element) => shadow(el).querySelector('[part="snapshot-note"]');

describe('first-view snapshot (real DuckDB, data file held back)', () => {
  let gate: ReturnType<typeof gateDataFile> | null = null;
  afterEach(() => {
    gate?.release();
    gate?.restore();
    gate = null;
    unmountAll();
  });

  it('takeSnapshot() saves each chart’s answer and the schema its SQL was built from', async () => {
    // Taken during this test (a window of wall-clock time, not a race with it).
    const started = Date.now();
    const { file } = await takeLiveSnapshot();
    expect(file.format).toBe('pantau-snapshot');
    expect(file.answers).toHaveLength(2);
    expect(file.sources['snap_apps']?.columns.map((c) => c.name)).toEqual(['unit_code', 'status']);
    expect(Date.parse(file.takenAt)).toBeGreaterThanOrEqual(started);
    expect(Date.parse(file.takenAt)).toBeLessThanOrEqual(Date.now());
  });

  it('paints the snapshot before the data arrives, marked and busy; the live answer then checks it', async () => {
    const { file, bars, total } = await takeLiveSnapshot();
    gate = gateDataFile('applications.parquet');
    const host = mount(widgets(urlOf(file)));
    const { bar, kpi } = parts(host);
    await whenShown(bar, () => bar.snapshotTakenAt !== null);
    await whenShown(bar, () => shadow(bar).querySelector('[part="plot"]') !== null);
    await whenShown(kpi, () => kpi.snapshotTakenAt !== null);
    // Nothing live can have answered: the table's file has not been read.
    expect(gate.held).toBeGreaterThan(0);
    expect(bar.data).toEqual(bars);
    expect(kpi.data).toEqual(total);
    expect(bar.snapshotTakenAt?.toISOString()).toBe(file.takenAt);
    expect(note(bar)?.textContent).toMatch(/^Cuplikan .+, sedang dicocokkan dengan data terkini…$/);
    expect(shadow(bar).querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    const downloads = [
      ...(await openMenu(bar)).querySelectorAll<HTMLButtonElement>('[role="menuitem"]'),
    ].filter((b) => !b.hasAttribute('aria-controls'));
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.every((b) => b.getAttribute('aria-disabled') === 'true')).toBe(true);
    // `ready` means checked figures: it waits (through all of axe's run, here).
    let readyEarly = false;
    void bar.ready.then(() => (readyEarly = true));
    await expectAccessible(bar);
    expect(readyEarly).toBe(false);

    gate.release();
    await settled(host);
    expect(bar.snapshotTakenAt).toBeNull();
    expect(note(bar)).toBeNull();
    expect(bar.data).toEqual(bars);
    expect(kpi.data).toEqual(total);
    expect(shadow(bar).querySelector('section')?.getAttribute('aria-busy')).toBe('false');
  });

  it('figures the data no longer has are shown marked, then replaced by the live ones', async () => {
    const { file, bars } = await takeLiveSnapshot();
    const barAnswer = file.answers.find((a) => a.names.includes('unit_code'))!;
    const measure = barAnswer.names.find((n) => n !== 'unit_code')!;
    barAnswer.columns[measure] = barAnswer.columns[measure]!.map((v) => Number(v) + 1000);
    gate = gateDataFile('applications.parquet');
    const host = mount(widgets(urlOf(file)));
    const { bar } = parts(host);
    await whenShown(bar, () => bar.snapshotTakenAt !== null);
    expect(bar.data).not.toEqual(bars);
    expect(note(bar)).not.toBeNull();
    gate.release();
    await settled(host);
    expect(bar.data).toEqual(bars);
    expect(note(bar)).toBeNull();
  });

  it('a filter chosen before the data arrives takes the snapshot’s figures away', async () => {
    const { file } = await takeLiveSnapshot();
    gate = gateDataFile('applications.parquet');
    const host = mount(widgets(urlOf(file)));
    const { dashboard, bar } = parts(host);
    await whenShown(bar, () => bar.snapshotTakenAt !== null);
    dashboard.filters = [{ column: 'status', predicate: 'eq', value: 'Selesai' }];
    await whenShown(bar, () => bar.status === 'loading');
    expect(bar.snapshotTakenAt).toBeNull();
    expect(note(bar)).toBeNull();
    gate.release();
    await settled(host);
    expect(['ready', 'empty']).toContain(bar.status);
    expect(bar.snapshotTakenAt).toBeNull();
  });

  it('a chart added once the table is loaded shows live figures only', async () => {
    const { file, bars } = await takeLiveSnapshot();
    const host = mount(widgets(urlOf(file)));
    await settled(host);
    const late = document.createElement('pantau-bar-chart') as PantauBarChart;
    for (const name of ['source', 'x', 'y', 'sort', 'limit', 'title']) {
      late.setAttribute(name, parts(host).bar.getAttribute(name)!);
    }
    // Every value the controller's `provisional` takes, however briefly.
    const controller = controllerOf(late)!;
    let sawSnapshot = false;
    let provisional = controller.provisional;
    Object.defineProperty(controller, 'provisional', {
      get: () => provisional,
      set: (value: Date | null) => {
        if (value !== null) sawSnapshot = true;
        provisional = value;
      },
    });
    parts(host).dashboard.append(late);
    await late.ready;
    expect(sawSnapshot).toBe(false);
    expect(late.data).toEqual(bars);
  });

  it('a snapshot the server does not have is a warning, and the page loads as without one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = mount(widgets('/no/such/first-view.json'));
    const { bar } = parts(host);
    await settled(host);
    expect(bar.status).toBe('ready');
    expect(bar.snapshotTakenAt).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/cuplikan .*tidak dipakai.*first-view\.json/);
    warn.mockRestore();
  });

  it('a snapshot that cannot be read is a warning, and the page loads as without one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = mount(widgets(urlOf({ format: 'pantau-snapshot', version: 99 })));
    const { bar } = parts(host);
    await settled(host);
    expect(bar.status).toBe('ready');
    expect(bar.snapshotTakenAt).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/cuplikan .*tidak dipakai.*version 99/);
    warn.mockRestore();
  });
});
