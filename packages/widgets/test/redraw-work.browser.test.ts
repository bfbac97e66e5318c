import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement } from '../src/index.ts';
import {
  byId,
  filterDashboard,
  mount,
  oracle,
  redrawn,
  SERVICES,
  settled,
  shadow,
  unmountAll,
} from './support/mount.ts';

/** What a widget's plan is built from, spied: the coordinator asks for it through chartQuery. */
function plansBuilt(el: PantauChartElement) {
  return vi.spyOn(el as unknown as { chartQuery: () => unknown }, 'chartQuery');
}

// Issue 13: a click's work per widget. The frame asks each widget for its plan once per change,
// and patches the drawing on screen in place, titled or not.
describe('the work a filter change costs each widget (real DuckDB)', () => {
  afterEach(unmountAll);

  it('builds a filtered widget’s plan once, not again in the updates that show its answer', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const services = byId(host, 'services');
    const built = plansBuilt(services);
    const unit = 'disdukcapil';
    filterDashboard(services, [{ column: 'unit_code', predicate: 'eq', value: unit }]);
    const expected = await oracle(
      host,
      'SELECT service, sum(completed)::DOUBLE AS value FROM sp WHERE unit_code = ? GROUP BY 1 ORDER BY 2 DESC NULLS LAST',
      [unit],
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(services.data).toEqual(expected);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('asks again when a property changes with the filter: the answer is the new plan’s', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const services = byId(host, 'services') as PantauChartElement & { y: string };
    const unit = 'disdukcapil';
    filterDashboard(services, [{ column: 'unit_code', predicate: 'eq', value: unit }]);
    services.y = 'count(*)';
    const expected = await oracle(
      host,
      'SELECT service, count(*)::DOUBLE AS value FROM sp WHERE unit_code = ? GROUP BY 1 ORDER BY 2 DESC NULLS LAST',
      [unit],
    );
    await redrawn(services, () => JSON.stringify(services.data) === JSON.stringify(expected));
    expect(services.data).toEqual(expected);
  });

  it('redraws a chart without a title on the nodes already on screen, named once by its summary', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-test-list id="bare" source="sp" x="service" y="sum(completed)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const bare = byId(host, 'bare');
    const svg = shadow(bare).querySelector('svg')!;
    const firstRow = svg.querySelector('text')!;
    const rows = bare.data.length;
    filterDashboard(bare, [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }]);
    await redrawn(bare, () => bare.data.length < rows);
    expect(shadow(bare).querySelector('svg')).toBe(svg);
    expect(svg.querySelector('text')).toBe(firstRow);
    expect(svg.querySelectorAll(':scope > title')).toHaveLength(1);
    expect(svg.querySelector(':scope > title')!.textContent).toBe(`${bare.data.length} rows`);
  });
});
