import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard, PantauSource } from '../src/index.ts';
import { mount, redrawn, unmountAll } from './support/mount.ts';
import { FAULTS, countsReach, faultKey } from '../../core/test/sources/fault-server.ts';

/**
 * `<pantau-source>` on a bad network (issue 17 item 2), with real duckdb-wasm and a server that
 * never answers (scripts/vite-plugin-network-faults.ts). On main the widgets stayed `loading` and
 * `dashboard.ready` never settled.
 */
const csvAt = (body: string) => `/__pantau_test__/csv/x.csv?body=${encodeURIComponent(body)}`;

describe('<pantau-source> when the server does not answer', () => {
  afterEach(unmountAll);

  it('timeout="1s": the widget shows SOURCE_FETCH_FAILED and dashboard.ready settles', async () => {
    const k = faultKey('el-silent');
    const host = mount(`<pantau-dashboard>
      <pantau-source name="s" timeout="1s" src="${FAULTS}/silent/${k}.csv"></pantau-source>
      <pantau-kpi source="s" value="count(*)" title="Jumlah"></pantau-kpi>
    </pantau-dashboard>`);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    const source = host.querySelector<PantauSource>('pantau-source')!;
    expect(await dashboard.ready).toEqual(['error']);
    expect(kpi.error?.code).toBe('SOURCE_FETCH_FAILED');
    expect(kpi.error?.details['reason']).toBe('timeout');
    expect(source.status).toBe('error');
    // Three attempts, each given up. Waited for, not read at once: the client's 1 s per attempt
    // runs from its own send, and a loaded server may count the last request after that.
    expect(await countsReach(k, { requests: 3, closed: 3 })).toEqual({ requests: 3, closed: 3 });
  });

  it('leaving the page while loading stops the download; connecting again loads afresh', async () => {
    const k = faultKey('el-leave');
    const host = mount(`<pantau-dashboard>
      <pantau-source name="s" src="${FAULTS}/silent/${k}.csv"></pantau-source>
    </pantau-dashboard>`);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    expect((await countsReach(k, { requests: 1 })).requests).toBe(1);
    expect(source.status).toBe('loading');
    host.remove();
    expect(await countsReach(k, { requests: 1, closed: 1 })).toEqual({ requests: 1, closed: 1 });
    expect(source.status).toBe('idle');
    expect(await source.ready).toBeNull();
    document.body.append(host);
    expect((await countsReach(k, { requests: 2 })).requests).toBe(2);
    expect(source.status).toBe('loading');
  });

  it('a new src while the old file hangs: the old download stops, the new file shows', async () => {
    const k = faultKey('el-swap');
    const host = mount(`<pantau-dashboard>
      <pantau-source name="s" src="${FAULTS}/silent/${k}.csv"></pantau-source>
      <pantau-kpi source="s" value="sum(n)" title="Jumlah"></pantau-kpi>
    </pantau-dashboard>`);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    expect((await countsReach(k, { requests: 1 })).requests).toBe(1);
    source.src = csvAt('n\n40\n2\n');
    await redrawn(kpi, () => kpi.status === 'ready');
    expect(Object.values(kpi.data[0] ?? {})).toContain(42);
    expect(await countsReach(k, { requests: 1, closed: 1 })).toEqual({ requests: 1, closed: 1 });
  });

  it('a timeout it cannot read is a bilingual error on the source', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="s" timeout="sebentar" src="${csvAt('n\n1\n')}"></pantau-source>
    </pantau-dashboard>`);
    const source = host.querySelector<PantauSource>('pantau-source')!;
    expect(await source.ready).toBeNull();
    expect(source.error?.text.en).toContain('timeout="30s"');
    expect(source.error?.text.id).toContain('tidak dikenali');
  });
});
