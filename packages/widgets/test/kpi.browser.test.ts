import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatNumber, ikmCategory, parseFormat } from '@pantau/core';
import '../src/define.ts';
import type { PantauKpi, SelectDetail } from '../src/index.ts';
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

const IKM =
  '<pantau-source name="ikm" src="/datasets/banjarmasin/ikm_responses.parquet"></pantau-source>';
const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';
const XSS = '<img src=x onerror=alert(1)>';

function kpi(root: ParentNode, selector = 'pantau-kpi'): PantauKpi {
  const el = root.querySelector<PantauKpi>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

function drawn(el: Element, selector: string): string {
  return shadow(el).querySelector(`svg ${selector}`)?.textContent ?? '';
}

/** Filters every row away through the dashboard's filter. */
async function filterAll(el: PantauKpi, column: string, value: unknown): Promise<void> {
  filterDashboard(el, [{ column, predicate: 'eq', value }]);
}

describe('<pantau-kpi> over the Banjarmasin data', () => {
  afterEach(unmountAll);

  it('shows the latest month, its change and target, and a sparkline; the table holds exactly what is drawn', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-kpi source="layanan" value="on_time_rate" time="month" target="0.9"
        label="Penyelesaian tepat waktu" title="Tepat waktu"></pantau-kpi>
    </pantau-dashboard>`);
    const el = kpi(host);
    expect(await el.ready).toBe('ready');
    await expectAccessible(el);
    // Newest first: the query keeps the last 12 months.
    expect(el.data).toHaveLength(12);
    const latest = el.data[0]!;
    const previous = el.data[1]!;
    expect(latest['month']).toEqual(new Date(Date.UTC(2024, 11, 1)));
    const percent = (v: unknown) => parseFormat('percent')(v, 'id');
    const rate = latest['on_time_rate'] as number;
    const before = previous['on_time_rate'] as number;
    const rows = await tableCells(el);
    // The tile names its period and the one it is compared with (issue 15 item 10).
    expect(rows[0]).toEqual(['Periode', 'Des 2024 · vs Nov 2024']);
    expect(drawn(el, '.pantau-kpi-period')).toBe('Des 2024 · vs Nov 2024');
    expect(rows[1]).toEqual(['Nilai', percent(rate)]);
    expect(drawn(el, '.pantau-kpi-value')).toBe(percent(rate));
    const arrow = rate > before ? '▲ +' : '▼ \u2212';
    // A rate changes by percentage points, not by a percentage of itself.
    const points = `${formatNumber(Math.abs(rate - before) * 100, 'id', { decimals: 1 })} poin`;
    expect(rows[2]).toEqual(['Perubahan vs Nov 2024', `${arrow}${points}`]);
    expect(drawn(el, '.pantau-kpi-change')).toBe(`${arrow}${points} vs Nov 2024`);
    expect(rows[3]).toEqual(['Periode sebelumnya', percent(before)]);
    expect(rows[4]?.[0]).toBe('Target');
    expect(drawn(el, '.pantau-kpi-target')).toBe(`Target ${rows[4]![1]}`);
    // The series rows, oldest first, are the data's months.
    const series = rows.slice(5);
    expect(series).toHaveLength(12);
    expect(series.map((r) => r[1])).toEqual(
      [...el.data].reverse().map((r) => percent(r['on_time_rate'])),
    );
    expect(series[0]?.[0]).toBe('Jan 2024');
    expect(shadow(el).querySelector('.summary')?.textContent).toContain(
      `Penyelesaian tepat waktu, Des 2024: ${percent(rate)}`,
    );
    expect(shadow(el).querySelector('.summary')?.textContent).toContain(`${points} dari Nov 2024`);
  });

  it('carries the official IKM category as letter and label', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-kpi source="ikm" value="ikm" label="Indeks Kepuasan Masyarakat" title="IKM Kota"></pantau-kpi>
    </pantau-dashboard>`);
    const el = kpi(host);
    expect(await el.ready).toBe('ready');
    const value = el.data[0]!['ikm'] as number;
    const category = ikmCategory(value)!;
    expect(drawn(el, '.pantau-kpi-badge')).toBe(`${category.code} · ${category.label.id}`);
    expect(drawn(el, '.pantau-kpi-value')).toBe(parseFormat('ikm')(value, 'id'));
    expect(await tableCells(el)).toEqual([
      ['Nilai', parseFormat('ikm')(value, 'id')],
      ['Kategori', `${category.code} · ${category.label.id}`],
    ]);
    await expectAccessible(el);
  });

  it('compares years cut from survey dates: the latest year with its category, the one before', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-kpi source="ikm" value="ikm" time="date" interval="year" title="IKM per tahun"></pantau-kpi>
    </pantau-dashboard>`);
    const el = kpi(host);
    expect(await el.ready).toBe('ready');
    expect(el.data.map((r) => (r['date'] as Date).getUTCFullYear())).toEqual([2024, 2023, 2022]);
    const ikm = (v: unknown) => parseFormat('ikm')(v, 'id');
    const latest = el.data[0]!['ikm'] as number;
    const category = ikmCategory(latest)!;
    const rows = await tableCells(el);
    expect(rows[0]).toEqual(['Periode', '2024 · vs 2023']);
    expect(rows[1]).toEqual(['Nilai', ikm(latest)]);
    expect(rows[2]).toEqual(['Kategori', `${category.code} · ${category.label.id}`]);
    expect(rows.slice(-3)).toEqual([
      ['2022', ikm(el.data[2]!['ikm'])],
      ['2023', ikm(el.data[1]!['ikm'])],
      ['2024', ikm(latest)],
    ]);
    await expectAccessible(el);
  });

  it('is one tab stop whose arrows walk the sparkline and announce each month; Enter selects it', async () => {
    const host = mount(`<button id="before">before</button><pantau-dashboard>${SERVICE}
      <pantau-kpi source="layanan" value="sum(received)" time="month" periods="3" title="Permohonan"></pantau-kpi>
    </pantau-dashboard>`);
    const el = kpi(host);
    await el.ready;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    const count = (v: unknown) => parseFormat('number')(v, 'id');
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(`Okt 2024: ${count(el.data[2]!['sum(received)'])} (1 dari 3)`);
    await userEvent.keyboard('{End}');
    expect(announcement(el)).toBe(`Des 2024: ${count(el.data[0]!['sum(received)'])} (3 dari 3)`);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({ month: new Date(Date.UTC(2024, 11, 1)) });
    expect(detail.row).toBe(el.data[0]);
  });

  it('is accessible while loading and when no rows match', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-kpi id="wait" source="belum_ada" value="count(*)" title="Menunggu"></pantau-kpi>
      <pantau-kpi id="none" source="layanan" value="sum(received)" time="month" title="Kosong"></pantau-kpi>
      <pantau-kpi id="whole" source="layanan" value="sum(received)" title="Kosong juga"></pantau-kpi>
    </pantau-dashboard>`);
    const waiting = kpi(host, '#wait');
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    expect(shadow(waiting).querySelector('[aria-busy="true"]')).not.toBeNull();
    await expectAccessible(waiting);
    for (const id of ['#none', '#whole']) {
      const el = kpi(host, id);
      await el.ready;
      await filterAll(el, 'unit_code', 'tidak-ada');
      expect(await el.ready).toBe('empty');
      expect(shadow(el).textContent).toContain('Tidak ada data');
      await expectAccessible(el);
    }
  });

  it('shows a wrong column or attribute as its error while the tile beside it draws', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-kpi id="bad" source="layanan" value="sum(tidak_ada)" title="Rusak"></pantau-kpi>
      <pantau-kpi id="compare" source="layanan" value="count(*)" compare="previous" title="Rusak juga"></pantau-kpi>
      <pantau-kpi id="good" source="layanan" value="count(*)" title="Baik"></pantau-kpi>
    </pantau-dashboard>`);
    await settled(host);
    const bad = kpi(host, '#bad');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain('tidak_ada');
    await expectAccessible(bad);
    const compare = kpi(host, '#compare');
    expect(compare.status).toBe('error');
    expect(compare.error?.messageIn('id')).toContain('time');
    expect(kpi(host, '#good').status).toBe('ready');
  });

  it('says "belum input" for a latest period not reported, never 0, and keeps the comparison out', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'lapor',
      data: [
        { year: 2022, n: 4 },
        { year: 2023, n: 6 },
        { year: 2024, n: null },
      ],
    });
    const el = document.createElement('pantau-kpi');
    el.setAttribute('source', 'lapor');
    el.setAttribute('value', 'sum(n)');
    el.setAttribute('time', 'year');
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    expect(drawn(el, '.pantau-kpi-value')).toBe('belum input');
    expect(shadow(el).querySelector('svg .pantau-kpi-change')).toBeNull();
    // Years are names: "2024", not "2.024".
    expect(await tableCells(el)).toEqual([
      ['Periode', '2024 · vs 2023'],
      ['Nilai', 'belum input'],
      ['2022', '4'],
      ['2023', '6'],
      ['2024', 'belum input'],
    ]);
    await expectAccessible(el);
  });

  it('draws a hostile label and period as text', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'xss',
      data: [
        { period: XSS, n: 1 },
        { period: 'zz', n: 3 },
      ],
    });
    const el = document.createElement('pantau-kpi');
    el.setAttribute('source', 'xss');
    el.setAttribute('value', 'sum(n)');
    el.setAttribute('time', 'period');
    el.setAttribute('label', XSS);
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(drawn(el, '.pantau-kpi-label')).toBe(XSS);
    expect((await tableCells(el)).map((r) => r[0])).toContain(XSS);
    expect(shadow(el).querySelector('.summary')?.textContent).toContain(XSS);
  });
});
