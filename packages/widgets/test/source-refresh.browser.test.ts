import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard, PantauSource } from '../src/index.ts';
import { mount, redrawn, settled, shadow, unmountAll } from './support/mount.ts';
import { pantauServerStarted } from './support/pantau-server.ts';

/**
 * `<pantau-source refresh>` (issue 14 item 5), with real duckdb-wasm and a file served by
 * scripts/vite-plugin-network-faults.ts (`live/<key>.csv`) that changes when the test says and
 * answers a conditional request for the version in hand with 304.
 */
const FAULTS = '/__pantau_faults__';
let seq = 0;
const key = (name: string) => `${name}-${Date.now()}-${++seq}`;
const setBody = (k: string, body: string) =>
  fetch(`${FAULTS}/live-set/${k}?body=${encodeURIComponent(body)}`);
const liveStats = async (k: string) =>
  (await fetch(`${FAULTS}/live-stats/${k}`)).json() as Promise<{
    requests: number;
    notModified: number;
  }>;

/**
 * Resolves at the first `pantau-refresh` of `source` that found a change (a check already in
 * flight when the file changed may still answer "unchanged").
 */
function nextChange(source: PantauSource): Promise<void> {
  return new Promise((resolve) => {
    const listener = (e: Event) => {
      if (!(e as CustomEvent<{ changed: boolean }>).detail.changed) return;
      source.removeEventListener('pantau-refresh', listener);
      resolve();
    };
    source.addEventListener('pantau-refresh', listener);
  });
}

/** Records whether a loading skeleton was ever put into `el`'s shadow root from now on. */
function watchSkeleton(el: Element): { seen: () => boolean; stop: () => void } {
  let seen = false;
  const observer = new MutationObserver(() => {
    if (shadow(el).querySelector('.skeleton') !== null) seen = true;
  });
  observer.observe(shadow(el), { subtree: true, childList: true, attributes: true });
  return { seen: () => seen, stop: () => observer.disconnect() };
}

function dashboardOn(src: string, refresh: string): HTMLElement {
  return mount(`<pantau-dashboard>
    <pantau-source name="s" src="${src}" refresh="${refresh}"></pantau-source>
    <pantau-kpi id="total" source="s" value="sum(n)" title="Jumlah"></pantau-kpi>
    <pantau-bar-chart id="units" source="s" x="unit" y="sum(n)" title="Per unit"></pantau-bar-chart>
  </pantau-dashboard>`);
}

const total = (kpi: PantauChartElement) => Number(Object.values(kpi.data[0] ?? {})[0]);

describe('<pantau-source refresh>', () => {
  afterEach(unmountAll);

  it('a file changed on the server is loaded again at the next check: new figures, the selection kept, no skeleton', async () => {
    const k = key('changes');
    await setBody(k, 'unit,n\na,1\nb,2\n');
    const host = dashboardOn(`${FAULTS}/live/${k}.csv`, '10s');
    await settled(host);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('#total')!;
    const bars = host.querySelector<PantauChartElement>('#units')!;
    dashboard.selection.update('units', [{ column: 'unit', predicate: 'eq', value: 'b' }]);
    await redrawn(kpi, () => total(kpi) === 2);
    const skeleton = watchSkeleton(kpi);

    await setBody(k, 'unit,n\na,10\nb,20\nc,30\n');
    // The interval's own check (10 s), not one the test asks for.
    await nextChange(source);
    await redrawn(kpi, () => total(kpi) === 20);
    await redrawn(bars, () => bars.data.length === 3);
    skeleton.stop();
    expect(skeleton.seen()).toBe(false);
    expect(dashboard.selection.clauses).toEqual([{ column: 'unit', predicate: 'eq', value: 'b' }]);
  });

  it('an unchanged file: 304, no reload and no query', async () => {
    const k = key('same');
    await setBody(k, 'unit,n\na,1\nb,2\n');
    const host = dashboardOn(`${FAULTS}/live/${k}.csv`, '1h');
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    // No cubes here: their idle builds, and the page taught their answers after them, are
    // statements of their own at a moment of the page's choosing, not the check's.
    dashboard.coordinator.preAggregator.options.enabled = false;
    await settled(host);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const statements = dashboard.coordinator.stats.statements;
    const requests = (await liveStats(k)).requests;

    expect(await source.checkForChanges()).toBe(false);
    expect(await source.checkForChanges()).toBe(false);
    expect(await liveStats(k)).toEqual({ requests: requests + 2, notModified: 2 });
    expect(dashboard.coordinator.stats.statements).toBe(statements);
    expect(source.status).toBe('ready');

    // And when it does change, one check finds it and the widgets re-query.
    await setBody(k, 'unit,n\na,5\n');
    const kpi = host.querySelector<PantauChartElement>('#total')!;
    expect(await source.checkForChanges()).toBe(true);
    await redrawn(kpi, () => total(kpi) === 5);
    expect(dashboard.coordinator.stats.statements).toBeGreaterThan(statements);
  });

  it('without an ETag, Last-Modified is asked with If-Modified-Since', async () => {
    const k = key('modified');
    await setBody(k, 'unit,n\na,1\n');
    const host = dashboardOn(`${FAULTS}/live/${k}.csv?only=last-modified`, '30s');
    await settled(host);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('#total')!;
    expect(await source.checkForChanges()).toBe(false);
    expect((await liveStats(k)).notModified).toBe(1);
    await setBody(k, 'unit,n\na,7\n');
    expect(await source.checkForChanges()).toBe(true);
    await redrawn(kpi, () => total(kpi) === 7);
  });

  it('an interval it cannot read, or under 10 s, is a bilingual error on the source', async () => {
    for (const refresh of ['5s', 'sering']) {
      const host = mount(`<pantau-dashboard>
        <pantau-source name="s" refresh="${refresh}" src="${FAULTS}/live/${key('bad')}.csv"></pantau-source>
      </pantau-dashboard>`);
      const source = host.querySelector<PantauSource>('pantau-source')!;
      expect(await source.ready).toBeNull();
      expect(source.error?.code).toBe('SOURCE_FETCH_FAILED');
      expect(source.error?.details['reason']).toBe('bad-refresh');
      expect(source.error?.text.id).toContain('refresh="5m"');
      expect(source.error?.text.en).toContain('between 10 seconds and 24 hours');
      host.remove();
    }
  });

  it('a source off the page checks nothing', async () => {
    const k = key('gone');
    const host = dashboardOn(`${FAULTS}/live/${k}.csv`, '10s');
    await settled(host);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    host.remove();
    expect(await source.checkForChanges()).toBe(false);
    const requests = (await liveStats(k)).requests;
    document.body.append(host);
    // Back on the page: checks again, and the version it loaded is still the one compared.
    expect(await source.checkForChanges()).toBe(false);
    expect(await liveStats(k)).toEqual({ requests: requests + 1, notModified: 1 });
  });

  it("in a server dashboard a refresh sends the widgets' plans again", async () => {
    await pantauServerStarted();
    performance.setResourceTimingBufferSize(10_000);
    const posts = () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => new URL(e.name).pathname === '/pantau/query',
      ).length;
    const host = mount(`<pantau-dashboard server="/pantau/">
      <pantau-source name="service_performance" refresh="10m"></pantau-source>
      <pantau-kpi id="total" source="service_performance" value="sum(received)" title="Permohonan"></pantau-kpi>
    </pantau-dashboard>`);
    await settled(host);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('#total')!;
    const figures = [...kpi.data];
    const before = posts();
    // No version to ask a server for yet: every check counts as a change.
    expect(await source.checkForChanges()).toBe(true);
    await redrawn(kpi, () => posts() > before);
    expect(kpi.data).toEqual(figures);
  }, 180_000); // the dev server's Pantau server may start in this test
});
