import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { IKM_ELEMENTS, parseFormat } from '@pantau/core';
import '../src/define.ts';
import type { PantauRadar, SelectDetail } from '../src/index.ts';
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
const PEKPPP =
  '<pantau-source name="pekppp" src="/datasets/banjarmasin/pekppp_scores.parquet"></pantau-source>';
const XSS = '<img src=x onerror=alert(1)>';

function radar(root: ParentNode, selector = 'pantau-radar'): PantauRadar {
  const el = root.querySelector<PantauRadar>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

describe('<pantau-radar> over the Banjarmasin data', () => {
  afterEach(unmountAll);

  it('draws the IKM profile U1..U9 on the NRR scale 1..4; the table holds the NRRs drawn', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-radar source="ikm" value="ikm_profile" title="Profil IKM per unsur"></pantau-radar>
    </pantau-dashboard>`);
    const el = radar(host);
    expect(await el.ready).toBe('ready');
    await expectAccessible(el);
    const row = el.data[0]!;
    const nrr = (v: unknown) => parseFormat('number:2')(v, 'id');
    expect(await tableCells(el)).toEqual(
      IKM_ELEMENTS.map((e, i) => [`${e.code} ${e.label.id}`, nrr(row[`ikm_nrr_u${i + 1}`])]),
    );
    const svg = shadow(el).querySelector('svg')!;
    expect([...svg.querySelectorAll('.pantau-radar-rings text')].map((t) => t.textContent)).toEqual(
      ['1', '2', '3', '4'],
    );
    expect([...svg.querySelectorAll('.pantau-radar-axis')].map((t) => t.textContent)).toEqual(
      IKM_ELEMENTS.map((e) => e.code),
    );
    // One closed outline with a marker per element.
    const outline = svg.querySelectorAll('.pantau-radar-serie path');
    expect(outline).toHaveLength(10);
    expect(outline[0]!.getAttribute('d')).toMatch(/Z$/);
  });

  it('draws the PEKPPP aspects per year; arrows move along an outline, Up/Down between years', async () => {
    const host = mount(`<button id="before">before</button><pantau-dashboard>${PEKPPP}
      <pantau-radar source="pekppp" axis="aspect" value="avg(score)" series="year" max="5"
        format="number:2" title="Aspek PEKPPP per tahun"></pantau-radar>
    </pantau-dashboard>`);
    const el = radar(host);
    expect(await el.ready).toBe('ready');
    const score = (aspect: string, year: number) =>
      parseFormat('number:2')(
        el.data.find((r) => r['aspect'] === aspect && r['year'] === year)?.['avg(score)'],
        'id',
      );
    const cells = await tableCells(el);
    expect(cells).toHaveLength(6);
    expect(cells[0]).toEqual([
      'Inovasi',
      score('Inovasi', 2022),
      score('Inovasi', 2023),
      score('Inovasi', 2024),
    ]);
    const headers = shadow(el).querySelectorAll('[part="table"] thead th');
    expect([...headers].map((th) => th.textContent?.trim())).toEqual([
      'aspect',
      '2022',
      '2023',
      '2024',
    ]);
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(`2022 · Inovasi: ${score('Inovasi', 2022)} (1 dari 18)`);
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(
      `2022 · Kebijakan Pelayanan: ${score('Kebijakan Pelayanan', 2022)} (2 dari 18)`,
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(announcement(el)).toBe(
      `2023 · Kebijakan Pelayanan: ${score('Kebijakan Pelayanan', 2023)} (8 dari 18)`,
    );
    const selected = new Promise<SelectDetail>((resolve) =>
      host.addEventListener('pantau-select', (e) => resolve(e.detail), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    const detail = await selected;
    expect(detail.selection).toEqual({ aspect: 'Kebijakan Pelayanan', year: 2023 });
    expect(detail.row).toEqual(
      el.data.find((r) => r['aspect'] === 'Kebijakan Pelayanan' && r['year'] === 2023),
    );
    await expectAccessible(el);
  });

  it('breaks an outline at an axis a unit did not report and says "belum input" there', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    const aspects = ['Kebijakan', 'SDM', 'Sarpras', 'Sistem Informasi', 'Pengaduan', 'Inovasi'];
    await dashboard.coordinator.registerSource({
      name: 'aspek',
      data: [
        ...aspects.map((aspect, i) => ({ unit: 'Dinkes', aspect, score: 3 + i / 10 })),
        // Disdukcapil has no row for "Pengaduan".
        ...aspects
          .filter((a) => a !== 'Pengaduan')
          .map((aspect, i) => ({ unit: 'Disdukcapil', aspect, score: 4 - i / 10 })),
      ],
    });
    const el = document.createElement('pantau-radar');
    el.setAttribute('source', 'aspek');
    el.setAttribute('axis', 'aspect');
    el.setAttribute('value', 'avg(score)');
    el.setAttribute('series', 'unit');
    el.setAttribute('max', '5');
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    const cells = await tableCells(el);
    expect(cells.find((r) => r[0] === 'Pengaduan')).toEqual(['Pengaduan', '3,4', 'belum input']);
    const outlines = shadow(el).querySelectorAll('svg .pantau-radar-serie');
    expect(outlines[1]!.querySelector('path')!.getAttribute('d')).not.toMatch(/Z$/);
    expect(shadow(el).querySelector('svg .pantau-radar-axes')?.textContent).toContain(
      'belum input: Disdukcapil',
    );
    expect(shadow(el).querySelector('.summary')?.textContent).toContain('1 sumbu belum input.');
    await expectAccessible(el);
  });

  it('is accessible while loading and when empty; wrong columns, too many series and too few measures are errors', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-radar id="wait" source="belum_ada" value="ikm_profile" title="Menunggu"></pantau-radar>
      <pantau-radar id="none" source="ikm" value="ikm_profile" title="Kosong"></pantau-radar>
      <pantau-radar id="bad" source="ikm" value="avg(u1), avg(u2), avg(u99)" title="Rusak"></pantau-radar>
      <pantau-radar id="many" filter-by="none" source="ikm" value="ikm_profile" series="unit_code" title="Banyak"></pantau-radar>
      <pantau-radar id="few" source="ikm" value="avg(u1), avg(u2)" title="Sedikit"></pantau-radar>
      <pantau-radar id="good" filter-by="none" source="ikm" value="avg(u1), avg(u2), avg(u3)" title="Baik"></pantau-radar>
    </pantau-dashboard>`);
    const waiting = radar(host, '#wait');
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    await expectAccessible(waiting);
    const none = radar(host, '#none');
    await none.ready;
    filterDashboard(none, [{ column: 'unit_code', predicate: 'eq', value: 'tidak-ada' }]);
    expect(await none.ready).toBe('empty');
    await expectAccessible(none);
    for (const id of ['#bad', '#many', '#few', '#good']) await radar(host, id).ready;
    const bad = radar(host, '#bad');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain('u99');
    await expectAccessible(bad);
    expect(radar(host, '#many').error?.messageIn('id')).toContain('paling banyak 8 seri');
    expect(radar(host, '#few').error?.messageIn('en')).toContain('needs 3 to 40');
    expect(radar(host, '#good').status).toBe('ready');
    await settled(host);
  });

  it('draws hostile axis and series names as text', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'xss',
      data: [XSS, 'b', 'c'].flatMap((axis) => [
        { axis, unit: XSS, v: 2 },
        { axis, unit: 'aman', v: 3 },
      ]),
    });
    const el = document.createElement('pantau-radar');
    el.setAttribute('source', 'xss');
    el.setAttribute('axis', 'axis');
    el.setAttribute('value', 'sum(v)');
    el.setAttribute('series', 'unit');
    dashboard.append(el);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((await tableCells(el))[0]?.[0]).toBe(XSS);
    expect(shadow(el).querySelector('svg .pantau-legend')?.textContent).toContain(XSS);
  });
});
