import { describe, expect, it } from 'vitest';
import { renderDonut } from '../src/donut/index.ts';
import type { ChartContext } from '../src/types.ts';

function context(width: number, height: number, lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  return {
    lang,
    size: { width, height },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    title: 'Inovasi menurut bentuk',
  };
}

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

const forms = {
  category: [
    'inovasi pelayanan publik',
    'inovasi tata kelola pemerintahan daerah',
    'inovasi daerah lainnya',
  ],
  value: [30, 15, 8],
};

describe('donut', () => {
  it('draws one slice per category with outside labels and the total in the centre', async () => {
    const out = renderDonut(forms, { categoryField: 'form' }, context(520, 260));
    const slices = out.node.querySelectorAll('path.pantau-donut-slice');
    expect(slices).toHaveLength(3);
    const labels = [...out.node.querySelectorAll('.pantau-donut-labels text')].map(
      (t) => t.textContent,
    );
    expect(labels).toHaveLength(3);
    expect(labels[0]).toMatch(/56,6%$/);
    expect(out.node.querySelector('.pantau-donut-total')!.textContent).toBe('Total53');
    expect(out.marks.map((m) => m.label)).toEqual([
      'inovasi pelayanan publik: 30 (56,6%)',
      'inovasi tata kelola pemerintahan daerah: 15 (28,3%)',
      'inovasi daerah lainnya: 8 (15,1%)',
    ]);
    expect(out.marks[0]!.selection).toEqual({ form: 'inovasi pelayanan publik' });
    expect(out.table.rows).toEqual([
      ['inovasi pelayanan publik', '30', '56,6%'],
      ['inovasi tata kelola pemerintahan daerah', '15', '28,3%'],
      ['inovasi daerah lainnya', '8', '15,1%'],
      ['Total', '53', '100%'],
    ]);
    expect(out.summary).toBe(
      'Tertinggi: inovasi pelayanan publik 30 (56,6%). Terendah: inovasi daerah lainnya 8 (15,1%). Total 53.',
    );
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/donut-forms.svg');
  });

  it('lists the labels under a narrow ring', () => {
    const out = renderDonut(forms, {}, context(220, 320));
    expect(out.node.querySelectorAll('.pantau-donut-labels rect')).toHaveLength(3);
    expect(out.node.querySelector('.pantau-donut-labels polyline')).toBeNull();
  });

  it('never draws null as a slice: "belum input" in a note and the table; zero stays in the table', async () => {
    const out = renderDonut(
      { category: ['digital', 'non-digital', 'campuran', 'lainnya'], value: [18, 15, null, 0] },
      {},
      context(480, 260),
    );
    expect(out.node.querySelectorAll('path.pantau-donut-slice')).toHaveLength(2);
    expect(out.node.querySelector('.pantau-donut-notes')!.textContent).toBe(
      'belum input: campuran',
    );
    expect(out.table.rows.slice(2)).toEqual([
      ['lainnya', '0', '0%'],
      ['campuran', 'belum input', ''],
      ['Total', '33', '100%'],
    ]);
    expect(out.summary).toContain('1 kategori belum input.');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/donut-missing.svg');
  });

  it('groups small slices into "Lainnya", naming its members', async () => {
    const out = renderDonut(
      { category: ['a', 'b', 'c', 'd', 'e'], value: [60, 35, 2, 2, 1] },
      {},
      context(480, 260, 'en'),
    );
    const other = out.node.querySelector('path.pantau-other');
    expect(other).not.toBeNull();
    expect(out.marks[2]!.label).toBe('Other (c, d, e): 5 (5%)');
    expect(out.marks[2]!.selection).toBeUndefined();
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/donut-other.svg');
  });

  it('shows an empty ring and "belum input" when nothing is reported', () => {
    const out = renderDonut({ category: ['a', 'b'], value: [null, null] }, {}, context(400, 240));
    expect(out.node.querySelector('path.pantau-donut-slice')).toBeNull();
    expect(out.node.querySelector('.pantau-donut-total')!.textContent).toBe('Totalbelum input');
    expect(out.marks).toHaveLength(1);
    expect(out.summary).toBe('2 kategori belum input.');
  });

  it('draws a hostile label as text, never as markup', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const out = renderDonut({ category: [xss, 'aman'], value: [3, 2] }, {}, context(480, 240));
    expect(out.node.querySelector('img')).toBeNull();
    expect(out.node.querySelector('.pantau-donut-labels')!.textContent).toContain('<img');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/donut-xss.svg');
  });
});
