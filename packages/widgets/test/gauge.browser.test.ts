import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ikmCategory, parseFormat, pekpppGrade } from '@pantau/core';
import '../src/define.ts';
import type { PantauGauge } from '../src/index.ts';
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

function gauge(root: ParentNode, selector = 'pantau-gauge'): PantauGauge {
  const el = root.querySelector<PantauGauge>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

function drawnValue(el: Element): string[] {
  return [...shadow(el).querySelectorAll('svg .pantau-gauge-value text')].map(
    (t) => t.textContent ?? '',
  );
}

describe('<pantau-gauge> over the Banjarmasin data', () => {
  afterEach(unmountAll);

  it('puts the city IKM on the A..D bands with its official category; the table holds what is drawn', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-gauge source="ikm" value="ikm" title="IKM Kota Banjarmasin"></pantau-gauge>
    </pantau-dashboard>`);
    const el = gauge(host);
    expect(await el.ready).toBe('ready');
    await expectAccessible(el);
    const value = el.data[0]!['ikm'] as number;
    const text = parseFormat('ikm')(value, 'id');
    const category = ikmCategory(value)!;
    expect(drawnValue(el)).toEqual([text, `${category.code} · ${category.label.id}`]);
    expect(shadow(el).querySelectorAll('svg path.pantau-gauge-band')).toHaveLength(4);
    expect(await tableCells(el)).toEqual([
      ['IKM Kota Banjarmasin', text],
      ['Kategori', `${category.code} · ${category.label.id}`],
      ['D · Tidak Baik', '25,00 – 64,99'],
      ['C · Kurang Baik', '65,00 – 76,60'],
      ['B · Baik', '76,61 – 88,30'],
      ['A · Sangat Baik', '88,31 – 100,00'],
    ]);
  });

  it('reads PEKPPP scores on the A..F grades, in English when asked; arrows walk value then bands', async () => {
    const host = mount(`<button id="before">before</button><pantau-dashboard lang="en">${PEKPPP}
      <pantau-gauge source="pekppp" value="avg(score)" bands="pekppp" label="Mean indicator score"
        title="PEKPPP" format="number:2"></pantau-gauge>
    </pantau-dashboard>`);
    const el = gauge(host);
    expect(await el.ready).toBe('ready');
    const value = el.data[0]!['avg(score)'] as number;
    const grade = pekpppGrade(value)!;
    const text = parseFormat('number:2')(value, 'en');
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(plot(el));
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe(
      `Mean indicator score: ${text} (${grade.code}, ${grade.label.en}) (1 of 10)`,
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(announcement(el)).toBe('F · Failed: 0.00 to 1.00 (2 of 10)');
    await expectAccessible(el);
  });

  it('draws explicit bands from the attribute, red to green', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-gauge source="ikm" value="avg(u4) * 25" title="U4"
        bands="C 0..60 Kurang; B 60..80 Baik; A 80..100 Sangat Baik"></pantau-gauge>
    </pantau-dashboard>`);
    const el = gauge(host);
    expect(await el.ready).toBe('ready');
    expect(shadow(el).querySelectorAll('svg path.pantau-gauge-band')).toHaveLength(3);
    expect(drawnValue(el)[1]).toBe('A · Sangat Baik');
  });

  it('is accessible while loading, when no rows match, and shows wrong columns or bands as errors beside a working gauge', async () => {
    const host = mount(`<pantau-dashboard>${IKM}
      <pantau-gauge id="wait" source="belum_ada" value="ikm" title="Menunggu"></pantau-gauge>
      <pantau-gauge id="none" source="ikm" value="ikm" title="Kosong"></pantau-gauge>
      <pantau-gauge id="bad" source="ikm" value="avg(u10)" bands="ikm" title="Rusak"></pantau-gauge>
      <pantau-gauge id="nobands" source="ikm" value="avg(u1)" title="Tanpa pita"></pantau-gauge>
      <pantau-gauge id="badbands" source="ikm" value="avg(u1)" bands="A tinggi" title="Pita rusak"></pantau-gauge>
      <pantau-gauge id="good" filter-by="none" source="ikm" value="ikm" title="Baik"></pantau-gauge>
    </pantau-dashboard>`);
    const waiting = gauge(host, '#wait');
    await waiting.updateComplete;
    expect(waiting.status).toBe('loading');
    await expectAccessible(waiting);
    const none = gauge(host, '#none');
    await none.ready;
    filterDashboard(none, [{ column: 'unit_code', predicate: 'eq', value: 'tidak-ada' }]);
    expect(await none.ready).toBe('empty');
    expect(shadow(none).textContent).toContain('Tidak ada data');
    await expectAccessible(none);
    for (const id of ['#bad', '#nobands', '#badbands']) await gauge(host, id).ready;
    const bad = gauge(host, '#bad');
    expect(bad.status).toBe('error');
    expect(bad.error?.code).toBe('UNKNOWN_COLUMN');
    expect(shadow(bad).querySelector('[role="alert"]')?.textContent).toContain('u10');
    await expectAccessible(bad);
    expect(gauge(host, '#nobands').error?.messageIn('id')).toContain('bands="ikm"');
    expect(gauge(host, '#badbands').error?.messageIn('en')).toContain('cannot be read');
    expect(await gauge(host, '#good').ready).toBe('ready');
    await settled(host);
  });

  it('shows "belum input" for a value not reported and draws hostile labels as text', async () => {
    const host = mount('<pantau-dashboard></pantau-dashboard>');
    const dashboard = host.querySelector('pantau-dashboard')!;
    await dashboard.coordinator.registerSource({
      name: 'kosong',
      data: [
        { unit: 'a', nilai: 4 },
        { unit: 'b', nilai: null },
      ],
    });
    const el = document.createElement('pantau-gauge');
    el.setAttribute('source', 'kosong');
    el.setAttribute('value', 'avg(nilai)');
    el.setAttribute('label', XSS);
    el.setAttribute('bands', `A 0..100 ${XSS}`);
    // Unit b has a row but no value: reported as missing, not as "no data" and not as 0.
    dashboard.append(el);
    filterDashboard(el, [{ column: 'unit', predicate: 'eq', value: 'b' }]);
    expect(await el.ready).toBe('ready');
    expect(drawnValue(el)).toEqual(['belum input']);
    expect(shadow(el).querySelector('svg .pantau-gauge-needle')).toBeNull();
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((await tableCells(el))[0]).toEqual([XSS, 'belum input']);
    expect((await tableCells(el))[1]?.[0]).toBe(`A · ${XSS}`);
    await expectAccessible(el);
  });
});
