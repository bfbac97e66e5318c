import { describe, expect, it } from 'vitest';
import { renderRadar, type RadarData } from '../src/radar/radar.ts';
import type { ChartContext } from '../src/types.ts';

function context(width: number, height: number, lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    lang,
    size: { width, height },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    title: 'Profil IKM U1–U9',
  };
}

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

const axes = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const axisLabels = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
];
const city = [3.52, 3.48, 3.21, 3.7, 3.44, 3.55, 3.62, 3.3, 3.39];

describe('radar', () => {
  it('draws rings on the fixed NRR scale, nine spokes with labels and a closed outline', async () => {
    const data: RadarData = {
      axes,
      axisLabels,
      series: [{ name: 'Kota Banjarmasin', values: city }],
    };
    const out = renderRadar(
      data,
      { domain: [1, 4], rings: [1, 2, 3, 4], axisTitle: 'Unsur' },
      context(520, 380),
    );
    const svg = out.node;
    expect(svg.querySelectorAll('.pantau-radar-grid polygon')).toHaveLength(3);
    expect([...svg.querySelectorAll('.pantau-radar-rings text')].map((t) => t.textContent)).toEqual(
      ['1', '2', '3', '4'],
    );
    expect([...svg.querySelectorAll('.pantau-radar-axis')].map((t) => t.textContent)).toEqual(axes);
    const outline = svg.querySelector('.pantau-radar-series path')!;
    expect(outline.getAttribute('d')).toMatch(/Z$/);
    expect(out.marks).toHaveLength(9);
    expect(out.marks[0]).toMatchObject({ label: 'U1 Persyaratan: 3,52', row: 0, col: 0 });
    expect(out.table.headers).toEqual(['Unsur', 'Kota Banjarmasin']);
    expect(out.table.rows[2]).toEqual(['U3 Waktu Penyelesaian', '3,21']);
    expect(out.summary).toBe(
      'Tertinggi: U4 Biaya/Tarif 3,70. Terendah: U3 Waktu Penyelesaian 3,21.',
    );
    await expect(svgText(svg)).toMatchFileSnapshot('./__snapshots__/radar-ikm.svg');
  });

  it('breaks the outline at a missing axis and says "belum input" there; several series get a legend', async () => {
    const data: RadarData = {
      axes,
      axisLabels,
      series: [
        { name: 'Disdukcapil', values: [3.6, 3.5, null, 3.7, 3.5, 3.6, 3.7, 3.4, 3.5] },
        { name: 'Dinsos', values: [3.1, 3.0, 2.9, 3.3, 3.0, 3.2, 3.2, 2.8, 3.0] },
      ],
    };
    const out = renderRadar(
      data,
      { domain: [1, 4], seriesField: 'unit', axisField: 'element' },
      context(560, 420),
    );
    const paths = out.node.querySelectorAll('.pantau-radar-serie');
    // Disdukcapil: one open run (U4..U2 across the wrap) and 8 markers; Dinsos: closed + 9 markers.
    const first = [...paths[0]!.querySelectorAll('path')];
    expect(first.filter((p) => p.getAttribute('fill') === 'none')).toHaveLength(1);
    expect(first[0]!.getAttribute('d')).not.toMatch(/Z$/);
    expect(first).toHaveLength(1 + 8);
    expect(paths[1]!.querySelectorAll('path')).toHaveLength(1 + 9);
    expect(out.node.querySelector('.pantau-radar-axes')!.textContent).toContain(
      'belum input: Disdukcapil',
    );
    expect(out.node.querySelector('.pantau-legend')).not.toBeNull();
    expect(out.marks).toHaveLength(18);
    expect(out.marks[2]).toMatchObject({
      label: 'Disdukcapil · U3 Waktu Penyelesaian: belum input',
      row: 0,
      col: 2,
      selection: { unit: 'Disdukcapil', element: 'U3' },
    });
    expect(out.marks[11]).toMatchObject({ row: 1, col: 2 });
    expect(out.table.rows[2]).toEqual(['U3 Waktu Penyelesaian', 'belum input', '2,90']);
    expect(out.summary).toContain('1 sumbu belum input.');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/radar-missing.svg');
  });

  it('draws a hostile label as text, never as markup', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const out = renderRadar(
      {
        axes: [xss, 'B', 'C', 'D', 'E', 'F'],
        axisLabels: [xss, '', '', '', '', ''],
        series: [
          { name: xss, values: [1, 2, 3, 4, 3, 2] },
          { name: 'x', values: [2, 2, 2, 2, 2, 2] },
        ],
      },
      {},
      context(440, 360),
    );
    expect(out.node.querySelector('img')).toBeNull();
    expect(out.node.querySelector('.pantau-radar-axis')!.textContent).toContain('<img');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/radar-xss.svg');
  });
});
