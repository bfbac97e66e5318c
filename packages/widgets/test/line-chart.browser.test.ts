import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatNumber, formatPercent, type FilterClause } from '@pantau/core';
import '../src/define.ts';
import '../src/line-chart/line-chart.define.ts';
import type { PantauLineChart } from '../src/line-chart/line-chart.ts';
import type { PantauDashboard, SelectDetail } from '../src/index.ts';
import {
  announcement,
  expectAccessible,
  mount,
  plot,
  settled,
  shadow,
  tableCells,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';
const APPS =
  '<pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>';

function line(root: ParentNode, selector = 'pantau-line-chart'): PantauLineChart {
  const el = root.querySelector<PantauLineChart>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

function summary(el: Element): string {
  return shadow(el).querySelector('[part="summary"]')?.textContent ?? '';
}

/** Narrows the chart to some rows through its dashboard's filter. */
async function filterTo(el: PantauLineChart, clauses: FilterClause[]): Promise<void> {
  filterDashboard(el, clauses);
  await el.ready;
}

describe('<pantau-line-chart> over the Banjarmasin data (real DuckDB)', () => {
  afterEach(unmountAll);

  it('draws monthly applications with a target; accessible; the table holds the values drawn', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-line-chart source="layanan" x="month" y="sum(received)" interval="month"
        target="40000" title="Permohonan per bulan" description="Semua unit, 2022–2024.">
      </pantau-line-chart>
    </pantau-dashboard>`);
    const el = line(host);
    expect(await el.ready).toBe('ready');
    const data = el.data as { month: Date; 'sum(received)': number }[];
    // 36 months, January 2022 to December 2024, in order, as UTC wall-clock dates.
    expect(data).toHaveLength(36);
    expect(data[0]!.month.toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(data[35]!.month.toISOString()).toBe('2024-12-01T00:00:00.000Z');
    const cells = await tableCells(el);
    expect(cells).toHaveLength(36);
    expect(cells[0]![0]).toBe('Jan 2022');
    expect(cells[7]![0]).toBe('Agu 2022');
    // Exactly the numbers drawn: each value through the same formatter as the axis and tooltips.
    expect(cells.map((r) => r[1])).toEqual(data.map((r) => formatNumber(r['sum(received)'], 'id')));
    const svg = shadow(el).querySelector('svg')!;
    expect(svg.querySelector('.pantau-target text')?.textContent).toBe('Target 40.000');
    expect(svg.querySelectorAll('path.pantau-line-path')).toHaveLength(1);
    expect([...svg.querySelectorAll('.pantau-axis-time text')].map((t) => t.textContent)).toContain(
      '2023',
    );
    const last = data[35]!['sum(received)'];
    expect(summary(el)).toContain(`Terakhir (Des 2024): ${formatNumber(last, 'id')}`);
    expect(summary(el)).toMatch(/di atas atau sama dengan target 40\.000\./);
    await expectAccessible(el);
  });

  it('is accessible while loading, when empty, and in error', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-line-chart source="nanti" x="month" y="count(*)" title="Menunggu"></pantau-line-chart>
    </pantau-dashboard>`);
    const waiting = line(host);
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    expect(shadow(waiting).querySelector('[part="base"]')?.getAttribute('aria-busy')).toBe('true');
    await expectAccessible(waiting);

    const other = mount(`<pantau-dashboard>${SERVICE}
      <pantau-line-chart id="empty" source="layanan" x="month" y="sum(received)" title="Kosong"></pantau-line-chart>
      <pantau-line-chart id="bad" source="layanan" x="month" y="sum(received)" interval="kuartal" title="Salah"></pantau-line-chart>
    </pantau-dashboard>`);
    await settled(other);
    const empty = line(other, '#empty');
    await filterTo(empty, [{ column: 'unit_code', predicate: 'eq', value: 'tidak-ada' }]);
    expect(empty.status).toBe('empty');
    expect(shadow(empty).textContent).toContain('Tidak ada data');
    await expectAccessible(empty);
    const bad = line(other, '#bad');
    expect(bad.status).toBe('error');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain(
      'interval="kuartal" tidak dikenal',
    );
    await expectAccessible(bad);
  });

  it('shows a column that does not exist as its error, while the chart beside it draws', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICE}
      <pantau-line-chart id="bad" source="layanan" x="bulan" y="sum(received)" interval="month" title="Broken"></pantau-line-chart>
      <pantau-line-chart id="good" source="layanan" x="month" y="on_time_rate" title="Fine"></pantau-line-chart>
    </pantau-dashboard>`);
    await settled(host);
    const bad = line(host, '#bad');
    const good = line(host, '#good');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    const alert = shadow(bad).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Column "bulan" does not exist');
    expect(alert.textContent).toContain('Available columns:');
    expect(good.status).toBe('ready');
    // on_time_rate reads as a percentage by default, in English here.
    const rates = good.data.map((r) => r['on_time_rate'] as number);
    expect((await tableCells(good)).map((r) => r[1])).toEqual(
      rates.map((v) => formatPercent(v, 'en')),
    );
    await expectAccessible(bad);
  });

  it('breaks the line at months a unit did not report: gaps, "belum input", never zero', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-line-chart source="layanan" x="month" y="sum(received)" series="unit_code"
        title="Permohonan per unit"></pantau-line-chart>
    </pantau-dashboard>`);
    const el = line(host);
    await el.ready;
    await filterTo(el, [
      { column: 'unit_code', predicate: 'in', value: ['damkar', 'dkp3', 'dinkes'] },
    ]);
    expect(el.status).toBe('ready');
    const cells = await tableCells(el);
    expect(cells).toHaveLength(36);
    // Header order is the series order: damkar, dinkes, dkp3 (the query orders by unit).
    const headers = [...shadow(el).querySelectorAll('[part="table"] thead th')].map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['month', 'damkar', 'dinkes', 'dkp3']);
    const oracle = await host
      .querySelector<PantauDashboard>('pantau-dashboard')!
      .coordinator.query({
        sql: `SELECT unit_code, 36 - count(DISTINCT month)::INTEGER AS missing FROM layanan
            WHERE unit_code IN ('damkar', 'dkp3', 'dinkes') GROUP BY 1 ORDER BY 1`,
      });
    const missing = oracle.rows().map((r) => r['missing'] as number);
    expect(missing).toEqual([6, 0, 4]);
    expect(cells.filter((r) => r[1] === 'belum input')).toHaveLength(6);
    expect(cells.filter((r) => r[3] === 'belum input')).toHaveLength(4);
    expect(cells.some((r) => r.slice(1).includes('0'))).toBe(false);
    const paths = [...shadow(el).querySelectorAll('svg path.pantau-line-path')];
    const runs = paths.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
    // damkar starts in July 2022 (one run); dinkes reports every month; dkp3 misses May 2022,
    // Sep-Oct 2022 and Nov 2023, so its line breaks into four runs, never bridged.
    expect(runs).toEqual([1, 1, 4]);
    expect(summary(el)).toContain('Belum input: damkar 6 bulan, dkp3 4 bulan.');
    await expectAccessible(el);
  });

  it('is one tab stop; arrows walk a line and Up/Down switch lines, announced; Enter selects', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}<button id="before">sebelum</button>
      <pantau-line-chart source="layanan" x="month" y="sum(received)" series="unit_code"
        title="Dua unit"></pantau-line-chart>
    </pantau-dashboard>`);
    const el = line(host);
    await el.ready;
    await filterTo(el, [{ column: 'unit_code', predicate: 'in', value: ['dinkes', 'dinsos'] }]);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    const cells = await tableCells(el);
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(`dinkes, Januari 2022: ${cells[0]![1]} (1 dari 72)`);
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(`dinkes, Februari 2022: ${cells[1]![1]} (2 dari 72)`);
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe(`dinsos, Februari 2022: ${cells[1]![2]} (38 dari 72)`);
    const tooltip = shadow(el).querySelector('[part="tooltip"]')!;
    expect(tooltip.hasAttribute('hidden')).toBe(false);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({
      month: new Date(Date.UTC(2022, 1, 1)),
      unit_code: 'dinsos',
    });
    expect(detail.row).toMatchObject({
      unit_code: 'dinsos',
      month: new Date(Date.UTC(2022, 1, 1)),
    });
    await userEvent.keyboard('{Escape}');
    expect(tooltip.hasAttribute('hidden')).toBe(true);
  });

  it('truncates daily records to weeks in SQL and draws a series name with markup as text', async () => {
    const host = mount(`<pantau-dashboard>${APPS}
      <pantau-line-chart source="apps" x="submitted_at" y="count(*)" interval="week"
        title="Permohonan per pekan"></pantau-line-chart>
      <pantau-source name="skor"></pantau-source>
      <pantau-line-chart id="xss" source="skor" x="bulan" y="max(nilai)" series="unit" title="Skor"></pantau-line-chart>
    </pantau-dashboard>`);
    const source = host.querySelector<HTMLElement & { rows: unknown; ready: Promise<unknown> }>(
      'pantau-source[name="skor"]',
    )!;
    source.rows = [
      { unit: '<img src=x onerror=alert(1)>', bulan: new Date(Date.UTC(2024, 0, 1)), nilai: 3 },
      { unit: '<img src=x onerror=alert(1)>', bulan: new Date(Date.UTC(2024, 2, 1)), nilai: 4 },
      { unit: 'Dinsos', bulan: new Date(Date.UTC(2024, 0, 1)), nilai: null },
    ];
    await source.ready;
    await settled(host);
    const weekly = line(host);
    expect(weekly.status).toBe('ready');
    const weeks = weekly.data.map((r) => r['submitted_at'] as Date);
    expect(weeks.length).toBeGreaterThan(50);
    // ISO weeks: every period starts on a Monday.
    expect(weeks.every((d) => d.getUTCDay() === 1)).toBe(true);
    expect((await tableCells(weekly))[0]![0]).toMatch(/^Pekan \d{1,2} \w{3} \d{4}$/);

    const xss = line(host, '#xss');
    expect(xss.status).toBe('ready');
    expect(shadow(xss).querySelector('img')).toBeNull();
    const legend = [...shadow(xss).querySelectorAll('svg .pantau-legend-item')].map(
      (g) => g.textContent,
    );
    expect(legend).toContain('<img src=x onerror=alert(1)>');
    expect(await tableCells(xss)).toEqual([
      ['Jan 2024', '3', 'belum input'],
      ['Feb 2024', 'belum input', 'belum input'],
      ['Mar 2024', '4', 'belum input'],
    ]);
    await expectAccessible(xss);
  });
});
