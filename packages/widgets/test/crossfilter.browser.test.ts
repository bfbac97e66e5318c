import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.ts';
import './support/list-element.ts';
import type { FilterChangeDetail, PantauDashboard } from '../src/index.ts';
import {
  byId,
  expectAccessible,
  mount,
  oracle,
  plot,
  redrawn,
  SERVICES,
  settled,
  shadow,
  summaryShows,
  unmountAll,
} from './support/mount.ts';

const LINKED = `<pantau-dashboard>${SERVICES}
  <pantau-bar-chart id="units" source="sp" x="unit_code" y="sum(received)" limit="5"
    title="Permohonan per unit"></pantau-bar-chart>
  <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
  <pantau-test-list id="alone" source="sp" x="service" y="count(*)" filter-by="none"></pantau-test-list>
</pantau-dashboard>`;

describe('cross-filtering in a dashboard (real DuckDB, oracle queries)', () => {
  afterEach(unmountAll);

  it('a click on a bar filters the other widgets, not itself; Esc clears', async () => {
    const host = mount(LINKED);
    await settled(host);
    const units = byId(host, 'units');
    const services = byId(host, 'services');
    const alone = byId(host, 'alone');
    const before = [...units.data];
    const unfiltered = [...alone.data];
    const changes: FilterChangeDetail[] = [];
    host.addEventListener('pantau-filter-change', (e) => changes.push(e.detail));

    // The first bar: the unit with the most applications. Click its middle.
    const first = String(units.data[0]!['unit_code']);
    const box = shadow(units).querySelector('svg')!.getBoundingClientRect();
    const bar = shadow(units).querySelector<SVGGraphicsElement>('svg [class*="bar"] rect')!;
    const r = bar.getBoundingClientRect();
    await userEvent.click(plot(units), {
      position: { x: r.left - box.left + r.width / 2, y: r.top - box.top + r.height / 2 },
    });
    expect(changes.at(-1)?.clauses).toEqual([
      { column: 'unit_code', predicate: 'eq', value: first },
    ]);
    const expected = await oracle(
      host,
      'SELECT service, sum(completed)::DOUBLE AS value FROM sp WHERE unit_code = ? GROUP BY 1 ORDER BY 2 DESC NULLS LAST',
      [first],
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(services.data).toEqual(expected);
    // The publisher keeps everything and rings its choice; filter-by="none" ignores it.
    expect(units.data).toEqual(before);
    expect(shadow(units).querySelectorAll('.chosen-ring')).toHaveLength(1);
    expect(alone.data).toEqual(unfiltered);
    // The summary names the choice; Esc on the chart clears it.
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    await summaryShows(dashboard, 'Menampilkan:');
    await expectAccessible(dashboard);
    // The first Esc closes the tooltip the click opened; the second clears the choice.
    plot(units).focus();
    await userEvent.keyboard('{Escape}{Escape}');
    await redrawn(services, () => services.data.length > expected.length);
    expect(dashboard.filters).toEqual([]);
  });

  it('Enter selects the focused bar, Shift+Enter adds one, and each summary chip removes its filter', async () => {
    const host = mount(LINKED);
    await settled(host);
    const units = byId(host, 'units');
    const services = byId(host, 'services');
    const [a, b] = units.data.map((row) => String(row['unit_code']));
    plot(units).focus();
    await userEvent.keyboard('{ArrowRight}{Enter}{ArrowDown}{Shift>}{Enter}{/Shift}');
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    expect(dashboard.filters).toEqual([{ column: 'unit_code', predicate: 'in', value: [a, b] }]);
    const expected = await oracle(
      host,
      'SELECT service, sum(completed)::DOUBLE AS value FROM sp WHERE unit_code IN (?, ?) GROUP BY 1 ORDER BY 2 DESC NULLS LAST',
      [a, b],
    );
    await redrawn(services, () => JSON.stringify(services.data) === JSON.stringify(expected));
    expect(shadow(units).querySelectorAll('.chosen-ring')).toHaveLength(2);
    const chip = shadow(dashboard).querySelector<HTMLButtonElement>('[part="filters"] li button')!;
    expect(chip.getAttribute('aria-label')).toMatch(/^Hapus filter: /);
    chip.click();
    expect(dashboard.filters).toEqual([]);
  });

  it('lets the page set and read filters, and reset clears them', async () => {
    const host = mount(LINKED);
    await settled(host);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const services = byId(host, 'services');
    dashboard.filters = [{ column: 'service', predicate: 'eq', value: 'KTP-el' }];
    await redrawn(services, () => services.data.length === 1);
    expect(services.data[0]?.['service']).toBe('KTP-el');
    shadow(dashboard).querySelector<HTMLButtonElement>('.reset')!.click();
    await redrawn(services, () => services.data.length > 1);
  });

  it('keeps two dashboards on one page apart', async () => {
    const host = mount(`${LINKED.replace('<pantau-dashboard>', '<pantau-dashboard id="one">')}
      ${LINKED.replace('<pantau-dashboard>', '<pantau-dashboard id="two">').replace(/id="(units|services|alone)"/g, 'id="$1-2"')}`);
    await settled(host);
    const one = host.querySelector<PantauDashboard>('#one')!;
    const other = byId(host, 'services-2');
    const before = [...other.data];
    one.filters = [{ column: 'service', predicate: 'eq', value: 'KTP-el' }];
    const services = byId(host, 'services');
    await redrawn(services, () => services.data.length === 1);
    expect(other.data).toEqual(before);
  });
});

describe('url-state', () => {
  afterEach(() => {
    unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('writes the selection to the address and reads it back into a new dashboard', async () => {
    const markup = LINKED.replace('<pantau-dashboard>', '<pantau-dashboard url-state>');
    const host = mount(markup);
    await settled(host);
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    dashboard.filters = [
      { column: 'service', predicate: 'in', value: ['KTP-el', 'Kartu Keluarga'] },
    ];
    // The address is written on url-state's code (it loads only on such pages), which the widgets
    // waited for through `restored`: the save was queued on it before this await, so it has run.
    await dashboard.sources.restored;
    const param = new URL(location.href).searchParams.get('pantau') ?? '';
    expect(JSON.parse(param)).toEqual([
      { o: 'page', c: [{ c: 'service', p: 'in', v: ['KTP-el', 'Kartu Keluarga'] }] },
    ]);
    unmountAll();
    const again = mount(markup);
    await settled(again);
    const services = byId(again, 'services');
    await redrawn(services, () => services.data.length === 2);
    expect(again.querySelector<PantauDashboard>('pantau-dashboard')!.filters).toHaveLength(1);
  });

  it('ignores hostile values in the address with a warning, and the widgets still draw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hostile = JSON.stringify([
      { o: 'x', c: [{ c: 'service', p: 'raw', v: "'; DROP TABLE sp; --" }] },
      { o: 'y', c: [{ c: 'service); DROP TABLE sp; --', p: 'eq', v: 'a' }] },
    ]);
    history.replaceState(null, '', `${location.pathname}?pantau=${encodeURIComponent(hostile)}`);
    const host = mount(LINKED.replace('<pantau-dashboard>', '<pantau-dashboard url-state>'));
    await settled(host);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    const services = byId(host, 'services');
    expect(services.status).toBe('ready');
    expect(services.data.length).toBeGreaterThan(1);
    // The table is still there: nothing from the address reached SQL as text.
    expect(await oracle(host, 'SELECT count(*)::DOUBLE AS n FROM sp')).toEqual([
      { n: expect.any(Number) },
    ]);
  });
});
