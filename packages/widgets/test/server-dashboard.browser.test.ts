/**
 * `<pantau-dashboard server=...>` against a real @pantau/server: the dev server's `/pantau/`
 * starts one in Node (DuckDB via @duckdb/node-api, datasets/banjarmasin and the demo's views; see
 * scripts/vite-plugin-pantau-server.ts) and forwards to it, as a proxy in front of a deployment
 * does. The first test runs before anything in this file starts the page's DuckDB, so the
 * Resource Timing list shows what a server dashboard downloads.
 */

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard } from '../src/index.ts';
import { byId, mount, plot, redrawn, settled, shadow, unmountAll } from './support/mount.ts';
import { pantauServerStarted } from './support/pantau-server.ts';

const TABLES = ['service_performance', 'complaint_years'] as const;
const FILES: Record<(typeof TABLES)[number], string | null> = {
  service_performance: '/datasets/banjarmasin/service_performance.parquet',
  // A view: on the server one of its views; in the page the demo's SQL would be needed, so the
  // comparison below reads it only on the server.
  complaint_years: null,
};

const WIDGETS = `
  <pantau-kpi id="kpi" source="service_performance" value="sum(received)" label="Permohonan"></pantau-kpi>
  <pantau-bar-chart id="units" source="service_performance" x="unit_code" y="sum(received)"
    limit="6" title="Permohonan per unit"></pantau-bar-chart>
  <pantau-line-chart id="trend" source="service_performance" x="month" y="sla" interval="month"
    title="Tepat waktu"></pantau-line-chart>
  <pantau-donut id="services" source="service_performance" category="service" value="sum(completed)"
    title="Layanan"></pantau-donut>
  <pantau-table id="rows" source="service_performance"
    columns="unit_code, service, received, online_share" sort="-received" page-size="5"></pantau-table>`;

/** The same widgets on a server (`name` only) or on the page's DuckDB (`src`). */
function dashboard(server: string | null, extra = ''): string {
  const sources =
    server === null
      ? `<pantau-source name="service_performance" src="${FILES.service_performance}"></pantau-source>`
      : TABLES.map((name) => `<pantau-source name="${name}"></pantau-source>`).join('');
  const attribute = server === null ? '' : ` server="${server}"`;
  return `<pantau-dashboard${attribute}>${sources}${WIDGETS}${extra}</pantau-dashboard>`;
}

const IDS = ['kpi', 'units', 'trend', 'services', 'rows'] as const;

/** Requests the page made to paths ending in `suffix`, so far. */
function requests(suffix: string): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
    new URL(e.name).pathname.endsWith(suffix),
  );
}

/** Every widget's figures, by id. */
function figures(host: HTMLElement): Record<string, unknown> {
  return Object.fromEntries(IDS.map((id) => [id, byId(host, id).data]));
}

describe('a dashboard on a Pantau server', () => {
  // The server's start under load is slow: this hook may take longer than a test.
  beforeAll(pantauServerStarted, 180_000);
  afterEach(unmountAll);

  it('answers every widget from the server, with no DuckDB in the page', async () => {
    performance.setResourceTimingBufferSize(10_000);
    // What this dashboard asks, not the wait for the server's start.
    performance.clearResourceTimings();
    const host = mount(dashboard('/pantau/'));
    await settled(host);
    for (const id of IDS) expect(byId(host, id).status, id).toBe('ready');
    // At load the widgets ask in one task once the tables' listing is in: their first views go
    // in one POST (core's remote/plan-batcher.ts); the tables are listed once for all the sources.
    expect(requests('/pantau/query')).toHaveLength(1);
    expect(requests('/pantau/tables')).toHaveLength(1);
    const engine = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => new URL(e.name).pathname)
      // DuckDB itself: its wasm, its worker, its JS API (Pantau's own modules load in dev).
      .filter((path) => /\.wasm$|\.worker\.js$|@duckdb\/duckdb-wasm/.test(path));
    expect(engine).toEqual([]);
    expect(byId(host, 'kpi').data.length).toBeGreaterThan(0);
  });

  it('a click on a bar re-queries every other widget with one request', async () => {
    const host = mount(dashboard('/pantau/'));
    await settled(host);
    const units = byId(host, 'units');
    const services = byId(host, 'services');
    const before = [...services.data];
    const sent = requests('/pantau/query').length;
    const first = String(units.data[0]!['unit_code']);
    const box = shadow(units).querySelector('svg')!.getBoundingClientRect();
    const bar = shadow(units).querySelector<SVGGraphicsElement>('svg [class*="bar"] rect')!;
    const r = bar.getBoundingClientRect();
    await userEvent.click(plot(units), {
      position: { x: r.left - box.left + r.width / 2, y: r.top - box.top + r.height / 2 },
    });
    const dash = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    expect(dash.filters).toEqual([{ column: 'unit_code', predicate: 'eq', value: first }]);
    await redrawn(services, () => JSON.stringify(services.data) !== JSON.stringify(before));
    await settled(host);
    expect(requests('/pantau/query').length - sent).toBe(1);
    for (const id of IDS) expect(byId(host, id).status, id).toBe('ready');
  });

  it('draws the same figures as the page engine, unfiltered and filtered', async () => {
    const remote = mount(dashboard('/pantau/'));
    const local = mount(dashboard(null));
    await Promise.all([settled(remote), settled(local)]);
    for (const id of IDS) expect(byId(local, id).status, id).toBe('ready');
    expect(figures(remote)).toEqual(figures(local));
    const clause = [
      { column: 'unit_code', predicate: 'in' as const, value: ['disdukcapil', 'dpmptsp'] },
    ];
    for (const host of [remote, local]) {
      host.querySelector<PantauDashboard>('pantau-dashboard')!.filters = clause;
    }
    await Promise.all(
      [remote, local].map((host) =>
        redrawn(byId(host, 'units'), () => byId(host, 'units').data.length <= 2),
      ),
    );
    await Promise.all([settled(remote), settled(local)]);
    expect(figures(remote)).toEqual(figures(local));
  });

  it('an unreachable server is each widget’s bilingual error with a retry; the page’s other dashboard still works', async () => {
    const host = mount(dashboard('http://127.0.0.1:9/pantau/') + dashboard(null));
    const [down, up] = [...host.querySelectorAll('pantau-dashboard')];
    await Promise.all([settled(down!), settled(up!)]);
    for (const id of IDS) {
      const failed = down!.querySelector<PantauChartElement>(`#${id}`)!;
      expect(failed.status, id).toBe('error');
      expect(failed.error?.code).toBe('SERVER_UNREACHABLE');
      expect(failed.error?.text.id).toContain('tidak dapat dihubungi');
      const alert = shadow(failed).querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain('Coba lagi');
      expect(up!.querySelector<PantauChartElement>(`#${id}`)!.status, id).toBe('ready');
    }
    // Try again: the widget asks again (loading), and says so again when the server is still down.
    const kpi = down!.querySelector<PantauChartElement>('#kpi')!;
    let seen!: MutationObserver;
    // Resolved when the widget renders itself loading.
    const asked = new Promise<void>((resolve) => {
      seen = new MutationObserver(() => {
        if (kpi.status === 'loading') resolve();
      });
    });
    seen.observe(shadow(kpi), { subtree: true, childList: true, attributes: true });
    shadow(kpi).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await asked;
    await settled(down!);
    seen.disconnect();
    expect(kpi.status).toBe('error');
    expect(kpi.error?.code).toBe('SERVER_UNREACHABLE');
  });

  it('takes a first-view snapshot from the server, and a server dashboard paints from one', async () => {
    const first = mount(dashboard('/pantau/'));
    const taken = await first.querySelector<PantauDashboard>('pantau-dashboard')!.takeSnapshot();
    const live = figures(first);
    unmountAll();
    expect(taken.answers.length).toBeGreaterThanOrEqual(IDS.length);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(taken)], { type: 'application/json' }),
    );
    const host = mount(
      dashboard('/pantau/').replace('<pantau-dashboard ', `<pantau-dashboard snapshot="${url}" `),
    );
    const errors: string[] = [];
    host.addEventListener('pantau-error', (e) => errors.push((e.target as Element).id));
    await settled(host);
    expect(errors).toEqual([]);
    for (const id of IDS) {
      expect(byId(host, id).status, id).toBe('ready');
      expect(byId(host, id).snapshotTakenAt, id).toBeNull();
      expect(shadow(byId(host, id)).querySelector('[part="snapshot-note"]'), id).toBeNull();
    }
    expect(figures(host)).toEqual(live);
  });

  it('a <pantau-source src> inside a server dashboard is a clear error, in both languages', async () => {
    const host = mount(`<pantau-dashboard server="/pantau/" lang="en">
      <pantau-source name="service_performance" src="${FILES.service_performance}"></pantau-source>
      <pantau-kpi id="kpi" source="service_performance" value="sum(received)"></pantau-kpi>
    </pantau-dashboard>`);
    await settled(host);
    const kpi = byId(host, 'kpi');
    expect(kpi.status).toBe('error');
    expect(kpi.error?.text.en).toContain('remove the src attribute');
    expect(kpi.error?.text.id).toContain('hapus atribut src');
  });
});
