import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import './support/list-element.ts';
import type { PantauChartElement, PantauDashboard, PantauFilter } from '../src/index.ts';
import {
  expectAccessible,
  mount,
  oracle,
  plot,
  redrawn,
  settled,
  shadow,
  unmountAll,
  whenShown,
} from './support/mount.ts';

/**
 * Issue 15 item 12: a bar chart and a filter on the same column hold one choice. A bar chosen
 * shows in the filter's control, a value chosen in the filter rings the bar, and neither filters
 * the other (one selection entry; the other widgets are filtered once by it).
 */
const LINKED = `<pantau-dashboard>
  <pantau-source name="sp" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>
  <pantau-filter id="unit" source="sp" column="unit_code" label="Unit"></pantau-filter>
  <pantau-bar-chart id="units" source="sp" x="unit_code" y="sum(received)" limit="5"
    title="Permohonan per unit"></pantau-bar-chart>
  <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
</pantau-dashboard>`;

function parts(host: HTMLElement) {
  return {
    dashboard: host.querySelector<PantauDashboard>('pantau-dashboard')!,
    filter: host.querySelector<PantauFilter>('#unit')!,
    units: host.querySelector<PantauChartElement>('#units')!,
    services: host.querySelector<PantauChartElement>('#services')!,
  };
}

/** The option the filter's select shows as chosen ('' for "Semua"), without its count. */
function shownChoice(filter: PantauFilter): string {
  const select = shadow(filter).querySelector('select')!;
  const option = select.selectedOptions[0];
  if (option === undefined || option.value === '') return '';
  return (option.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ \([\d.]+\)$/, '');
}

/**
 * The choice the filter's select shows once it has rendered the selection's change (a selected
 * option is a property, not a DOM mutation, so it is read after the update, not observed).
 */
async function choiceAfterUpdate(filter: PantauFilter): Promise<string> {
  await filter.updateComplete;
  return shownChoice(filter);
}

function rings(chart: PantauChartElement): number {
  return shadow(chart).querySelectorAll('.chosen-ring').length;
}

async function servicesUnder(host: HTMLElement, unit: string | null) {
  return oracle(
    host,
    `SELECT service, sum(completed)::DOUBLE AS value FROM sp ${unit === null ? '' : 'WHERE unit_code = ?'} GROUP BY 1 ORDER BY 2 DESC NULLS LAST`,
    unit === null ? [] : [unit],
  );
}

describe('a chart and a filter on one column share one choice (issue 15 item 12)', () => {
  afterEach(unmountAll);

  it('a bar chosen shows in the filter; choosing it again clears both', async () => {
    const host = mount(LINKED);
    await settled(host);
    const { dashboard, filter, units, services } = parts(host);
    const before = [...units.data];
    const first = String(before[0]!['unit_code']);
    let changes = 0;
    dashboard.selection.addEventListener('change', () => changes++);

    plot(units).focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    // One entry, under the filter's key: the chips, the URL and the filter read the same choice.
    expect(dashboard.selection.entries.map((e) => e.owner)).toEqual(['unit']);
    expect(dashboard.filters).toEqual([{ column: 'unit_code', predicate: 'eq', value: first }]);
    expect(changes).toBe(1);
    expect(await choiceAfterUpdate(filter)).toBe(first);
    expect(filter.clauses).toEqual(dashboard.filters);
    // The others are filtered by it; the chart keeps every bar and rings its choice.
    const expected = await servicesUnder(host, first);
    await redrawn(services, () => JSON.stringify(services.data) === JSON.stringify(expected));
    expect(units.data).toEqual(before);
    expect(rings(units)).toBe(1);
    // Nothing echoed back: the filter did not publish in turn.
    expect(changes).toBe(1);
    await expectAccessible(filter);

    // Enter on the chosen bar again clears the one choice: the filter says "Semua".
    await userEvent.keyboard('{Enter}');
    expect(dashboard.filters).toEqual([]);
    expect(await choiceAfterUpdate(filter)).toBe('');
    await whenShown(units, () => rings(units) === 0);
    const all = await servicesUnder(host, null);
    await redrawn(services, () => JSON.stringify(services.data) === JSON.stringify(all));
    expect(changes).toBe(2);
  });

  it('a value chosen in the filter rings its bar without filtering the chart; "Semua" clears', async () => {
    const host = mount(LINKED);
    await settled(host);
    const { dashboard, filter, units, services } = parts(host);
    const before = [...units.data];
    const second = String(before[1]!['unit_code']);
    let changes = 0;
    dashboard.selection.addEventListener('change', () => changes++);

    const select = shadow(filter).querySelector('select')!;
    const option = [...select.options].find((o) => o.textContent?.trim().startsWith(`${second} (`));
    expect(option).toBeDefined();
    await userEvent.selectOptions(select, option!.value);
    expect(dashboard.filters).toEqual([{ column: 'unit_code', predicate: 'eq', value: second }]);
    expect(changes).toBe(1);
    // The chart is not re-queried into one bar: it rings the second bar among all of them.
    await whenShown(units, () => rings(units) === 1);
    expect(units.data).toEqual(before);
    const ring = shadow(units).querySelector<HTMLElement>('.chosen-ring')!.getBoundingClientRect();
    const bars = [...shadow(units).querySelectorAll('svg [class*="bar"] rect')];
    const ringed = bars.findIndex((bar) => {
      const r = bar.getBoundingClientRect();
      return r.left >= ring.left - 1 && r.right <= ring.right + 1 && r.top >= ring.top - 1;
    });
    expect(ringed).toBe(1);
    const expected = await servicesUnder(host, second);
    await redrawn(services, () => JSON.stringify(services.data) === JSON.stringify(expected));
    // The chart's next Enter works from the filter's choice: on the same bar it clears it.
    plot(units).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(dashboard.filters).toEqual([]);
    expect(await choiceAfterUpdate(filter)).toBe('');

    // And "Semua" in the filter clears a choice made there.
    await userEvent.selectOptions(select, option!.value);
    await whenShown(units, () => rings(units) === 1);
    await userEvent.selectOptions(select, '');
    expect(dashboard.filters).toEqual([]);
    await whenShown(units, () => rings(units) === 0);
    expect(changes).toBe(4);
  });

  it('a range filter on the column does not take over the chart’s choice', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="sp" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>
      <pantau-filter id="sla" source="sp" column="sla_days" type="range" label="SLA"></pantau-filter>
      <pantau-bar-chart id="bysla" source="sp" x="sla_days" y="count(*)"></pantau-bar-chart>
    </pantau-dashboard>`);
    await settled(host);
    const chart = host.querySelector<PantauChartElement>('#bysla')!;
    expect(chart.selectionKey).toBe('bysla');
  });
});
