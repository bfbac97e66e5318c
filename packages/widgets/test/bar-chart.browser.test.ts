import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { formatNumber } from '@pantau/core';
import '../src/define.ts';
import '../src/bar-chart/bar-chart.define.ts';
import type { PantauBarChart } from '../src/bar-chart/bar-chart.ts';
import type { PantauDashboard, SelectDetail } from '../src/index.ts';
import {
  announcement,
  expectAccessible,
  mount,
  redrawn,
  plot,
  settled,
  shadow,
  tableCells,
  unmountAll,
  filterDashboard,
} from './support/mount.ts';

const IKM =
  '<pantau-source name="ikm" src="/datasets/banjarmasin/ikm_responses.parquet"></pantau-source>';
const APPS =
  '<pantau-source name="apps" src="/datasets/banjarmasin/applications.parquet"></pantau-source>';
const SERVICE =
  '<pantau-source name="layanan" src="/datasets/banjarmasin/service_performance.parquet"></pantau-source>';

function bars(root: ParentNode, selector = 'pantau-bar-chart'): PantauBarChart {
  const el = root.querySelector<PantauBarChart>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

function svgTexts(el: Element, selector: string): string[] {
  return [...shadow(el).querySelectorAll(`svg ${selector}`)].map((t) => t.textContent ?? '');
}

/** A source of inline rows (hostile names, nulls) next to the chart. */
async function inlineSource(host: HTMLElement, rows: Record<string, unknown>[]): Promise<void> {
  const source = host.querySelector('pantau-source')!;
  source.rows = rows as never;
  await source.ready;
}

describe('<pantau-bar-chart> over the Banjarmasin data (real DuckDB)', () => {
  afterEach(unmountAll);

  it('ranks units by IKM with grade colours and letters; accessible; the table holds what is drawn', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-bar-chart source="ikm" x="unit_code" y="ikm" title="IKM per unit"
        description="Semua semester 2022–2024."></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    expect(await el.ready).toBe('ready');
    const data = el.data as { unit_code: string; ikm: number }[];
    // 28 units run the survey (README of the datasets); ranked, largest first.
    expect(data).toHaveLength(28);
    const scores = data.map((r) => r.ikm);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(data[0]!.unit_code).toBe('disdukcapil');
    const cells = await tableCells(el);
    expect(cells).toHaveLength(28);
    // Exactly the numbers drawn (with the sample-size note of a unit under 384 respondents,
    // issue 15 item 9), and the grade drawn as a letter next to each.
    expect(svgTexts(el, 'text.pantau-bar-value')).toEqual(
      cells.map((r) => (r[3] ? `${r[1]} ${r[3]}` : r[1])),
    );
    expect(svgTexts(el, '.pantau-grade-badge text')).toEqual(cells.map((r) => r[2]!.split(',')[0]));
    expect(cells[0]!.slice(0, 3)).toEqual(['disdukcapil', '91,65', 'A, Sangat Baik']);
    expect(cells.at(-1)!.slice(0, 3)).toEqual(['kec-selatan', '75,93', 'C, Kurang Baik']);
    const few = el.data.filter((r) => Number(r['ikm_respondents']) < 384);
    cells.forEach((r, i) => {
      const n = Number(el.data[i]!['ikm_respondents']);
      expect(r[3] ?? '', r[0]).toBe(n < 384 ? `⚠ n = ${formatNumber(n, 'id')}` : '');
    });
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).toBe(
      'Tertinggi: disdukcapil 91,65 (A). Terendah: kec-selatan 75,93 (C).' +
        (few.length === 0
          ? ''
          : ` ⚠ Nilai IKM dari responden kurang dari 384 (belum dapat diandalkan): ${few.map((r) => `${String(r['unit_code'])} (n = ${formatNumber(Number(r['ikm_respondents']), 'id')})`).join(', ')}.`),
    );
    // A ranking gets room for its bars: no thinned labels.
    expect(svgTexts(el, '.pantau-axis-band text')).toHaveLength(28);
    await expectAccessible(el);
  });

  it('is accessible while loading, and when empty', async () => {
    // No <pantau-source name="nanti"> yet: the chart waits for it (loading) for a while.
    const host = mount(`<pantau-dashboard>
      <pantau-bar-chart source="nanti" x="unit" y="count(*)" title="Menunggu"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    await el.updateComplete;
    expect(el.status).toBe('loading');
    expect(shadow(el).querySelector('[part="base"]')?.getAttribute('aria-busy')).toBe('true');
    await expectAccessible(el);

    const empty = mount(`<pantau-dashboard>${SERVICE}
      <pantau-bar-chart source="layanan" x="unit_code" y="sum(received)" title="Kosong"></pantau-bar-chart>
    </pantau-dashboard>`);
    const none = bars(empty);
    await none.ready;
    filterDashboard(none, [{ column: 'unit_code', predicate: 'eq', value: 'tidak-ada' }]);
    expect(await none.ready).toBe('empty');
    expect(shadow(none).textContent).toContain('Tidak ada data');
    await expectAccessible(none);
  });

  it('shows a column that does not exist as its error, while the chart beside it draws', async () => {
    const host = mount(`<pantau-dashboard lang="en">${SERVICE}
      <pantau-bar-chart id="bad" source="layanan" x="unit_code" y="sum(diterima)" title="Broken"></pantau-bar-chart>
      <pantau-bar-chart id="good" source="layanan" x="unit_code" y="sum(received)" limit="5" title="Fine"></pantau-bar-chart>
    </pantau-dashboard>`);
    await settled(host);
    const bad = bars(host, '#bad');
    const good = bars(host, '#good');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    const alert = shadow(bad).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('diterima');
    expect(alert.textContent).toContain('This widget cannot be shown');
    expect(good.status).toBe('ready');
    expect(await tableCells(good)).toHaveLength(5);
    await expectAccessible(bad);
  });

  it('shows a wrong attribute value as an error naming the choices', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-bar-chart source="layanan" x="unit_code" y="sum(received)" sort="tinggi"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    expect(await el.ready).toBe('error');
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain(
      'sort="tinggi" tidak dikenal',
    );
    el.sort = 'asc';
    expect(await el.ready).toBe('ready');
  });

  it('takes numbers set as string properties (as React and Vue set them); refuses a string that is not one', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-bar-chart source="layanan" x="unit_code" y="sum(received)"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    await el.ready;
    const props = el as unknown as Record<string, unknown>;
    props['limit'] = '3';
    props['target'] = ' 5000 ';
    await redrawn(el, () => el.data.length === 3);
    expect(el.limit).toBe(3);
    expect(el.target).toBe(5000);
    props['limit'] = '';
    await redrawn(el, () => el.data.length > 3);
    expect(el.limit).toBeNull();
    props['target'] = 'banyak';
    expect(await el.ready).toBe('error');
  });

  it('is one tab stop; arrows move between bars and announce them; Enter selects the unit', async () => {
    const host = mount(`<button id="before">sebelum</button><pantau-dashboard>${IKM}
      <pantau-bar-chart source="ikm" x="unit_code" y="ikm" limit="3" title="Tiga teratas"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    await el.ready;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toMatch(
      /^disdukcapil: 91,65 \(A, Sangat Baik\)(, ⚠ n = [\d.]+)? \(1 dari 3\)$/,
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toMatch(
      /^damkar: 90,91 \(A, Sangat Baik\)(, ⚠ n = [\d.]+)? \(2 dari 3\)$/,
    );
    await userEvent.keyboard('{End}');
    expect(announcement(el)).toMatch(/^pkm-teluk-tiram: 89,27 \(A, Sangat Baik\) \(3 dari 3\)$/);
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({ unit_code: 'pkm-teluk-tiram' });
    expect(detail.row).toMatchObject({ unit_code: 'pkm-teluk-tiram', ikm: el.data[2]!['ikm'] });
  });

  it('writes "belum input" for a null (never a bar of zero) and draws a markup label as text', async () => {
    const host = mount(`<pantau-dashboard>
      <pantau-source name="skor"></pantau-source>
      <pantau-bar-chart source="skor" x="unit" y="max(nilai)" title="Skor"></pantau-bar-chart>
    </pantau-dashboard>`);
    await inlineSource(host, [
      { unit: '<img src=x onerror=alert(1)>', nilai: 3 },
      { unit: 'Dinsos', nilai: null },
      { unit: 'Dinkes', nilai: 2 },
    ]);
    const el = bars(host);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('img')).toBeNull();
    expect(await tableCells(el)).toEqual([
      ['<img src=x onerror=alert(1)>', '3'],
      ['Dinkes', '2'],
      ['Dinsos', 'belum input'],
    ]);
    expect(svgTexts(el, '.pantau-axis-band text')).toContain('<img src=x onerror=alert(1)>');
    expect(svgTexts(el, '.pantau-bar-missing text')).toEqual(['belum input']);
    expect(shadow(el).querySelectorAll('svg rect.pantau-bar')).toHaveLength(2);
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).toBe(
      'Tertinggi: <img src=x onerror=alert(1)> 3. Terendah: Dinkes 2. 1 unit belum input.',
    );
    await expectAccessible(el);
  });

  it('stacks applications by channel per kecamatan; totals match an independent count', async () => {
    const host = mount(`<pantau-dashboard>${APPS}
      <pantau-bar-chart source="apps" x="kecamatan" y="count(*)" color="channel" mode="stacked"
        orientation="horizontal" title="Permohonan per kecamatan"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    expect(await el.ready).toBe('ready');
    const dashboard = host.querySelector<PantauDashboard>('pantau-dashboard')!;
    const oracle = await dashboard.coordinator.query({
      sql: 'SELECT kecamatan, count(*)::INTEGER AS n FROM apps GROUP BY kecamatan ORDER BY n DESC',
    });
    const expected = oracle
      .rows()
      .map((r) => [r['kecamatan'], (r['n'] as number).toLocaleString('id-ID')]);
    const cells = await tableCells(el);
    // Unit, offline, online, Total.
    expect(cells.map((r) => [r[0], r[3]])).toEqual(expected);
    expect(svgTexts(el, 'text.pantau-bar-total')).toEqual(expected.map((r) => r[1]));
    expect(svgTexts(el, '.pantau-legend text')).toEqual(['offline', 'online']);
    await expectAccessible(el);
  });

  it('draws vertical bars with a target line and says how many reach it', async () => {
    const host = mount(`<pantau-dashboard>${SERVICE}
      <pantau-bar-chart source="layanan" x="unit_code" y="on_time_rate" orientation="vertical"
        sort="desc" limit="6" target="0.9" title="Tepat waktu"></pantau-bar-chart>
    </pantau-dashboard>`);
    const el = bars(host);
    expect(await el.ready).toBe('ready');
    const target = shadow(el).querySelector('svg .pantau-target text')?.textContent ?? '';
    expect(target).toMatch(/^Target 90(,0+)?\s?%$/);
    const rates = el.data.map((r) => r['on_time_rate'] as number);
    const reached = rates.filter((v) => v >= 0.9).length;
    expect(shadow(el).querySelector('[part="summary"]')?.textContent).toContain(
      `${reached} dari 6 unit mencapai target`,
    );
    expect(svgTexts(el, 'text.pantau-bar-value')).toEqual((await tableCells(el)).map((r) => r[1]));
  });
});
