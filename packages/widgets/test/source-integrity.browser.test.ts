import { afterEach, describe, expect, it } from 'vitest';
import { Coordinator } from '@pantau/core';
import '../src/define.ts';
import type { PantauChartElement, PantauDashboard, PantauSource } from '../src/index.ts';
import { mount, redrawn, unmountAll, whenShown } from './support/mount.ts';

/** A CSV the test server answers with at once, or holds until released (test-responses plugin). */
const csvAt = (body: string) => `/__pantau_test__/csv/x.csv?body=${encodeURIComponent(body)}`;
const heldCsv = (key: string, body: string) =>
  `/__pantau_test__/held/${key}.csv?body=${encodeURIComponent(body)}`;
const release = (key: string) => fetch(`/__pantau_test__/release/${key}`);

const rowsOf = (n: number, value = 1) =>
  `n\n${Array.from({ length: n }, () => value).join('\n')}\n`;

/** The number a KPI shows (its one row's first number). */
function shown(el: PantauChartElement): number | undefined {
  const row = el.data[0] ?? {};
  return Object.values(row).find((v): v is number => typeof v === 'number');
}

/** Every registerSource call's promise, through the real method (a spy that runs it). */
function recordLoads(): { loads: Promise<unknown>[]; restore: () => void } {
  const loads: Promise<unknown>[] = [];
  const original = Coordinator.prototype.registerSource;
  Coordinator.prototype.registerSource = function (this: Coordinator, spec) {
    const load = original.call(this, spec);
    loads.push(load.catch(() => undefined));
    return load;
  };
  return { loads, restore: () => (Coordinator.prototype.registerSource = original) };
}

describe('sources cannot make a figure wrong (real DuckDB)', () => {
  afterEach(unmountAll);

  it('item 1: a superseded load that finishes later is dropped; the latest src stays, ready', async () => {
    const spy = recordLoads();
    try {
      const host = mount(`<pantau-dashboard>
        <pantau-source name="h" src="${heldCsv('lambat', rowsOf(2, 1))}"></pantau-source>
        <pantau-kpi source="h" value="sum(n)" title="Jumlah"></pantau-kpi>
      </pantau-dashboard>`);
      const source = host.querySelector<PantauSource>('pantau-source')!;
      const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
      source.src = csvAt('n\n3000\n');
      await redrawn(kpi, () => shown(kpi) === 3000);
      await release('lambat');
      await Promise.all(spy.loads); // the slow file has now arrived and been handled
      // The next filter change re-queries every widget: still the latest file's figures.
      const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
      dashboard.filters = [{ column: 'n', predicate: 'gte', value: 0 }];
      await redrawn(kpi, () => kpi.status === 'ready' && shown(kpi) === 3000);
      const table = dashboard.sources.tableFor('h');
      const answer = await dashboard.coordinator.query({
        sql: `SELECT sum(n)::INTEGER AS s, count(*)::INTEGER AS c FROM "${table}"`,
      });
      expect(answer.rows()).toEqual([{ s: 3000, c: 1 }]);
      expect(source.info?.rows).toBe(1);
      expect(source.status).toBe('ready');
    } finally {
      spy.restore();
    }
  });

  it('item 2: two dashboards with a source of one name never share a table', async () => {
    const host = mount(`
      <pantau-dashboard id="satu">
        <pantau-source name="data" src="${csvAt(rowsOf(3))}"></pantau-source>
        <pantau-kpi source="data" value="count(*)" title="Satu"></pantau-kpi>
      </pantau-dashboard>
      <pantau-dashboard id="dua">
        <pantau-source name="data" src="${csvAt(rowsOf(3000))}"></pantau-source>
        <pantau-kpi source="data" value="count(*)" title="Dua"></pantau-kpi>
      </pantau-dashboard>`);
    const [one, two] = [...host.querySelectorAll<PantauChartElement>('pantau-kpi')] as [
      PantauChartElement,
      PantauChartElement,
    ];
    expect(await one.ready).toBe('ready');
    expect(await two.ready).toBe('ready');
    // Both loads are in, in whichever order they finished: each dashboard still reads its own.
    const dashboards = [...host.querySelectorAll<PantauDashboard>('pantau-dashboard')];
    await Promise.all(dashboards.map((d) => d.ready));
    for (const d of dashboards) d.filters = [{ column: 'n', predicate: 'gte', value: 0 }];
    await redrawn(one, () => shown(one) === 3);
    await redrawn(two, () => shown(two) === 3000);
    const [t1, t2] = dashboards.map((d) => d.sources.tableFor('data'));
    expect(t1).not.toBe(t2);
  });

  it('item 2: a second source of one name in one dashboard is a clear error; the first is read', async () => {
    const host = mount(`<pantau-dashboard>
        <pantau-source name="ganda" src="${csvAt(rowsOf(3))}"></pantau-source>
        <pantau-source name="ganda" src="${csvAt(rowsOf(3000))}"></pantau-source>
        <pantau-kpi source="ganda" value="count(*)" title="Ganda"></pantau-kpi>
      </pantau-dashboard>`);
    const [first, second] = [...host.querySelectorAll<PantauSource>('pantau-source')] as [
      PantauSource,
      PantauSource,
    ];
    expect((await first.ready)?.rows).toBe(3);
    expect(await second.ready).toBeNull();
    expect(second.status).toBe('error');
    expect(second.error?.code).toBe('BAD_NAME');
    expect(second.error?.messageIn('id')).toContain('name="ganda"');
    const kpi = host.querySelector<PantauChartElement>('pantau-kpi')!;
    expect(await kpi.ready).toBe('ready');
    await whenShown(kpi, () => shown(kpi) === 3);
  });
});
