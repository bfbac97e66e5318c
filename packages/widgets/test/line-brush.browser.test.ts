import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../src/define.ts';
import './support/list-element.ts';
import { execTrusted } from '../../core/src/coordinator/trusted-exec.ts';
import type {
  FilterChangeDetail,
  PantauChartElement,
  PantauDashboard,
  SelectDetail,
} from '../src/index.ts';
import {
  announcement,
  byId,
  expectAccessible,
  mount,
  openTable,
  oracle,
  plot,
  redrawn,
  SERVICES,
  settled,
  shadow,
  summaryShows,
  unmountAll,
} from './support/mount.ts';

const APPS =
  '<pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
/** The last millisecond of a day: a range ends there, so a timestamp column keeps the whole day. */
const endOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 23, 59, 59, 999));

function dashboardOf(host: HTMLElement): PantauDashboard {
  return host.querySelector<PantauDashboard>('pantau-dashboard')!;
}

/** Rows in one order whatever the ties in the widget's own order. */
function byFirstColumn(rows: readonly Record<string, unknown>[]) {
  const key = (row: Record<string, unknown>) => String(Object.values(row)[0]);
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Centre of the k-th point marker of a one-line chart, in the plot's own pixels. */
function pointAt(el: PantauChartElement, k: number): { x: number; y: number } {
  const area = plot(el).getBoundingClientRect();
  const marker = shadow(el).querySelectorAll('svg .pantau-marker')[k];
  if (marker === undefined) throw new Error(`no marker ${k}`);
  const r = marker.getBoundingClientRect();
  return { x: r.left - area.left + r.width / 2, y: r.top - area.top + r.height / 2 };
}

/**
 * A real pointer drag (press, move, release) across the plot from one point to another, sent as
 * mouse input through the DevTools protocol (the path Playwright's own mouse takes; vitest's
 * dragAndDrop sends no pointer events here). Coordinates are the top page's: the test frame sits
 * in it scaled, and is scrolled first so that both points are inside its viewport.
 */
async function drag(el: PantauChartElement, from: number, to: number): Promise<void> {
  const xs = [pointAt(el, from).x, pointAt(el, to).x];
  const plotBox = plot(el).getBoundingClientRect();
  window.scrollBy(plotBox.left + Math.min(...xs) - 40, 0);
  const frame = window.frameElement;
  const frameBox = frame?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const scale = Number(frame?.parentElement?.getAttribute('data-scale') ?? '1') || 1;
  const area = plot(el).getBoundingClientRect();
  const page = (k: number) => {
    const p = pointAt(el, k);
    return {
      x: frameBox.left + (area.left + p.x) * scale,
      y: frameBox.top + (area.top + p.y + 20) * scale,
    };
  };
  const start = page(from);
  const end = page(to);
  type MouseInput = {
    type: 'mouseMoved' | 'mousePressed' | 'mouseReleased';
    x: number;
    y: number;
    button?: 'left' | 'none';
    buttons?: number;
    clickCount?: number;
  };
  const input = (params: MouseInput) =>
    cdp().send('Input.dispatchMouseEvent', { button: 'left', ...params });
  await input({ type: 'mouseMoved', ...start, button: 'none' });
  await input({ type: 'mousePressed', ...start, buttons: 1, clickCount: 1 });
  for (const f of [0.25, 0.5, 0.75, 1]) {
    const x = start.x + (end.x - start.x) * f;
    await input({ type: 'mouseMoved', x, y: start.y, buttons: 1 });
  }
  await input({ type: 'mouseReleased', ...end, buttons: 0, clickCount: 1 });
  window.scrollTo(0, window.scrollY);
}

const MONTHLY = `<pantau-dashboard>${SERVICES}
  <pantau-line-chart id="trend" source="sp" x="month" y="sum(received)" interval="month"
    title="Permohonan per bulan"></pantau-line-chart>
  <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
</pantau-dashboard>`;

const SIBLING_SQL =
  'SELECT service, sum(completed)::DOUBLE AS value FROM sp WHERE month BETWEEN ? AND ? GROUP BY 1';

describe('<pantau-line-chart> brushing a time range (real DuckDB, oracle queries)', () => {
  afterEach(unmountAll);

  it('a drag publishes whole months; the others re-query, the chart keeps everything and shows the band', async () => {
    const host = mount(MONTHLY);
    await settled(host);
    const trend = byId(host, 'trend');
    const services = byId(host, 'services');
    const before = [...trend.data];
    expect(before).toHaveLength(36);
    const changes: FilterChangeDetail[] = [];
    host.addEventListener('pantau-filter-change', (e) => changes.push(e.detail));
    const selects: SelectDetail[] = [];
    host.addEventListener('pantau-select', (e) => selects.push(e.detail));

    // January to March 2024: points 24 to 26.
    await drag(trend, 24, 26);
    const range = [utc(2024, 1), endOf(2024, 3, 31)];
    expect(changes.at(-1)?.clauses).toEqual([
      { column: 'month', predicate: 'between', value: range },
    ]);
    expect(changes.at(-1)?.entries[0]?.label).toEqual({ id: 'Jan–Mar 2024', en: 'Jan–Mar 2024' });
    expect(selects.at(-1)).toMatchObject({ selection: { month: range }, label: 'Jan–Mar 2024' });

    const expected = await oracle(host, SIBLING_SQL, ['2024-01-01', '2024-03-31']);
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
    // The brushing chart keeps all 36 months and draws the chosen ones as a labelled band.
    expect(trend.data).toEqual(before);
    const band = shadow(trend).querySelector<HTMLElement>('.brush-band:not(.pending)')!;
    expect(band.textContent?.trim()).toBe('Jan–Mar 2024');
    const left = pointAt(trend, 24).x;
    const right = pointAt(trend, 26).x;
    const bandBox = band.getBoundingClientRect();
    const plotLeft = plot(trend).getBoundingClientRect().left;
    expect(bandBox.left - plotLeft).toBeLessThan(left);
    expect(bandBox.right - plotLeft).toBeGreaterThan(right);
    expect(bandBox.right - plotLeft).toBeLessThan(pointAt(trend, 27).x);
    await summaryShows(dashboardOf(host), 'Jan–Mar 2024');
    await expectAccessible(trend);

    // A plain click on a point still chooses that month, as any mark.
    const june = pointAt(trend, 29);
    await userEvent.click(plot(trend), { position: june });
    expect(changes.at(-1)?.clauses).toEqual([
      { column: 'month', predicate: 'eq', value: utc(2024, 6) },
    ]);
    expect(shadow(trend).querySelector('.brush-band')).toBeNull();
  });

  it('Shift+arrows extend a range from the focused month, Enter applies it, Esc clears it', async () => {
    const host = mount(MONTHLY);
    await settled(host);
    const trend = byId(host, 'trend');
    const services = byId(host, 'services');
    const dashboard = dashboardOf(host);
    const everything = byFirstColumn(services.data);
    expect(plot(trend).getAttribute('aria-label')).toContain(
      'Shift+panah kiri atau kanan memilih rentang waktu',
    );

    plot(trend).focus();
    // To December 2022, then back two months with Shift: October to December 2022.
    await userEvent.keyboard('{Home}');
    for (let i = 0; i < 11; i++) await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(announcement(trend)).toBe(
      'Rentang: Okt–Des 2022 (3 bulan). Enter menyaring widget lain, Esc membatalkan.',
    );
    // Chosen but not applied yet: a dashed band, no filter.
    expect(shadow(trend).querySelector('.brush-band.pending')).not.toBeNull();
    expect(dashboard.filters).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(dashboard.filters).toEqual([
      {
        column: 'month',
        predicate: 'between',
        value: [utc(2022, 10), endOf(2022, 12, 31)],
      },
    ]);
    expect(announcement(trend)).toMatch(/^Dipilih: Okt–Des 2022\. Widget lain/);
    const expected = await oracle(host, SIBLING_SQL, ['2022-10-01', '2022-12-31']);
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
    expect(shadow(trend).querySelector('.brush-band.pending')).toBeNull();
    expect(shadow(trend).querySelector('.brush-band')?.textContent?.trim()).toBe('Okt–Des 2022');

    // Esc drops a range still being chosen, without touching the applied one.
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(shadow(trend).querySelector('.brush-band.pending')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(announcement(trend)).toBe('Rentang dibatalkan.');
    expect(shadow(trend).querySelector('.brush-band.pending')).toBeNull();
    expect(dashboard.filters).toHaveLength(1);

    // Then Esc closes the tooltip and clears the range: everything again.
    await userEvent.keyboard('{Escape}{Escape}');
    expect(dashboard.filters).toEqual([]);
    await redrawn(services, () => services.data.length === everything.length);
    expect(byFirstColumn(services.data)).toEqual(everything);
    expect(shadow(trend).querySelector('.brush-band')).toBeNull();
  });

  it('brushes a timestamp column by whole months, to the last millisecond of the last day', async () => {
    const host = mount(`<pantau-dashboard>${APPS}
      <pantau-line-chart id="apps" source="apps" x="submitted_at" y="count(*)" interval="month"
        title="Permohonan"></pantau-line-chart>
      <pantau-test-list id="services" source="apps" x="service" y="count(*)"></pantau-test-list>
    </pantau-dashboard>`);
    await settled(host);
    const apps = byId(host, 'apps');
    const services = byId(host, 'services');
    await drag(apps, 26, 25);
    const dashboard = dashboardOf(host);
    expect(dashboard.filters).toEqual([
      {
        column: 'submitted_at',
        predicate: 'between',
        value: [utc(2024, 2), endOf(2024, 3, 31)],
      },
    ]);
    const expected = await oracle(
      host,
      `SELECT service, count(*)::DOUBLE AS value FROM apps
       WHERE submitted_at >= TIMESTAMP '2024-02-01' AND submitted_at < TIMESTAMP '2024-04-01'
       GROUP BY 1`,
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
  });
});

describe('legend items as selectors', () => {
  afterEach(unmountAll);

  const LINKED = `<pantau-dashboard>${APPS}
    <pantau-line-chart id="channels" source="apps" x="submitted_at" y="count(*)" interval="month"
      series="channel" title="Per saluran"></pantau-line-chart>
    <pantau-bar-chart id="status" source="apps" x="kecamatan" y="count(*)" color="status"
      mode="stacked" title="Per status"></pantau-bar-chart>
    <pantau-test-list id="services" source="apps" x="service" y="count(*)"></pantau-test-list>
  </pantau-dashboard>`;

  function legendButtons(el: Element): HTMLButtonElement[] {
    return [...shadow(el).querySelectorAll<HTMLButtonElement>('.legend-button')];
  }

  it('a click on a line legend item filters the others by its series; the legend is one tab stop', async () => {
    const host = mount(LINKED);
    await settled(host);
    const channels = byId(host, 'channels');
    const services = byId(host, 'services');
    const dashboard = dashboardOf(host);
    const buttons = legendButtons(channels);
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['offline', 'online']);
    // One tab stop for the whole legend.
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1]);

    await userEvent.click(buttons[1]!);
    expect(dashboard.filters).toEqual([{ column: 'channel', predicate: 'eq', value: 'online' }]);
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true');
    // Under the pointer, the button stays see-through and the size of its item: the legend it
    // lies on is what the reader sees (the toolbar's button look must not paint over it).
    const look = getComputedStyle(buttons[1]!);
    expect(look.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(buttons[1]!.getBoundingClientRect().height).toBeLessThan(24);
    const expected = await oracle(
      host,
      "SELECT service, count(*)::DOUBLE AS value FROM apps WHERE channel = 'online' GROUP BY 1",
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
    // The chart that published keeps both lines.
    expect(new Set(channels.data.map((r) => r['channel']))).toEqual(new Set(['offline', 'online']));
    await expectAccessible(channels);

    // Keyboard: Tab from the plot reaches the legend, arrows move, Enter chooses, Shift+Enter adds.
    plot(channels).focus();
    await userEvent.tab();
    expect(shadow(channels).activeElement).toBe(buttons[1]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(shadow(channels).activeElement).toBe(buttons[0]);
    await userEvent.keyboard('{Enter}');
    expect(dashboard.filters).toEqual([{ column: 'channel', predicate: 'eq', value: 'offline' }]);
    await userEvent.keyboard('{ArrowRight}{Shift>}{Enter}{/Shift}');
    expect(dashboard.filters).toEqual([
      { column: 'channel', predicate: 'in', value: ['offline', 'online'] },
    ]);
    // Esc clears the chart's choice.
    await userEvent.keyboard('{Escape}');
    expect(dashboard.filters).toEqual([]);
  });

  it('a legend choice and a brushed range hold together; a bar legend item filters by its series', async () => {
    const host = mount(LINKED);
    await settled(host);
    const channels = byId(host, 'channels');
    const status = byId(host, 'status');
    const services = byId(host, 'services');
    const dashboard = dashboardOf(host);

    await userEvent.click(legendButtons(channels)[0]!);
    await drag(channels, 24, 25);
    expect(dashboard.filters).toEqual([
      { column: 'channel', predicate: 'eq', value: 'offline' },
      {
        column: 'submitted_at',
        predicate: 'between',
        value: [utc(2024, 1), endOf(2024, 2, 29)],
      },
    ]);
    expect(dashboard.selection.entries[0]?.label).toEqual({
      id: 'offline, Jan–Feb 2024',
      en: 'offline, Jan–Feb 2024',
    });

    const bars = legendButtons(status);
    const names = bars.map((b) => b.textContent?.trim());
    expect([...names].sort()).toEqual(['diproses', 'ditolak', 'selesai']);
    const rejected = bars[names.indexOf('ditolak')]!;
    await userEvent.click(rejected);
    expect(dashboard.selection.own(status.selectionKey)).toEqual([
      { column: 'status', predicate: 'eq', value: 'ditolak' },
    ]);
    const expected = await oracle(
      host,
      `SELECT service, count(*)::DOUBLE AS value FROM apps
       WHERE channel = 'offline' AND status = 'ditolak'
         AND submitted_at >= TIMESTAMP '2024-01-01' AND submitted_at < TIMESTAMP '2024-03-01'
       GROUP BY 1`,
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
    // The line chart is filtered by the bar chart's status, the bars by channel and months.
    const lines = await oracle(
      host,
      `SELECT count(*)::DOUBLE AS n FROM apps WHERE status = 'ditolak'`,
    );
    await redrawn(channels, () => {
      const total = channels.data.reduce((sum, r) => sum + Number(r['count(*)']), 0);
      return total === lines[0]!['n'];
    });
    // The legend follows the series drawn now (the others' filters may reorder them).
    const pressed = legendButtons(status).filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent?.trim())).toEqual(['ditolak']);
    await expectAccessible(status);
  });
});

describe('<pantau-bar-chart label>: chosen by code, named by a label column', () => {
  afterEach(unmountAll);

  it('ranks codes under their names; a click filters by the code', async () => {
    const host = mount(`<pantau-dashboard>${SERVICES}
      <pantau-source name="units" src="/datasets/banjarmasin/units.parquet"></pantau-source>
      <pantau-bar-chart id="ranking" source="sp_named" x="unit_code" label="unit" y="sum(received)"
        limit="5" orientation="horizontal" title="Permohonan per unit"></pantau-bar-chart>
      <pantau-test-list id="services" source="sp" x="service" y="sum(completed)"></pantau-test-list>
    </pantau-dashboard>`);
    const dashboard = dashboardOf(host);
    // A view joining names to codes, announced to the dashboard as the demo does.
    const sources = [
      ...host.querySelectorAll<HTMLElement & { ready: Promise<unknown> }>('pantau-source'),
    ];
    const view = Promise.all(sources.map((s) => s.ready)).then(() =>
      execTrusted(
        dashboard.coordinator,
        `CREATE OR REPLACE VIEW sp_named AS
         SELECT s.*, coalesce(u.abbreviation, u.name) AS unit FROM sp s JOIN units u ON u.code = s.unit_code`,
      ),
    );
    dashboard.sources.announce('sp_named', view);
    await settled(host);
    const ranking = byId(host, 'ranking');
    const services = byId(host, 'services');
    const top = await oracle(
      host,
      `SELECT s.unit_code, coalesce(u.abbreviation, u.name) AS unit, sum(received)::DOUBLE AS total
       FROM sp s JOIN units u ON u.code = s.unit_code GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 5`,
    );
    expect(ranking.data.map((r) => r['unit_code'])).toEqual(top.map((r) => r['unit_code']));
    // Names on the bars and in the table, codes in the selection.
    const labels = [...shadow(ranking).querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labels).toContain(top[0]!['unit']);
    expect(labels).not.toContain(top[0]!['unit_code']);
    await openTable(ranking);
    expect(shadow(ranking).querySelector('[part="table"] thead th')?.textContent?.trim()).toBe(
      'unit',
    );
    plot(ranking).focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const code = String(top[0]!['unit_code']);
    expect(dashboard.filters).toEqual([{ column: 'unit_code', predicate: 'eq', value: code }]);
    expect(dashboard.selection.entries[0]?.label?.id).toBe(top[0]!['unit']);
    const expected = await oracle(
      host,
      'SELECT service, sum(completed)::DOUBLE AS value FROM sp WHERE unit_code = ? GROUP BY 1',
      [code],
    );
    await redrawn(services, () => services.data.length === expected.length);
    expect(byFirstColumn(services.data)).toEqual(byFirstColumn(expected));
    await expectAccessible(ranking);
  });
});
