import { describe, expect, it } from 'vitest';
import { colorBands } from '../src/palette.ts';
import { renderGauge } from '../src/gauge/index.ts';
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
    title: 'IKM Kota Banjarmasin',
  };
}

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

const IKM = colorBands('ikm', [
  { code: 'A', label: 'Sangat Baik', min: 88.31, max: 100 },
  { code: 'B', label: 'Baik', min: 76.61, max: 88.3 },
  { code: 'C', label: 'Kurang Baik', min: 65, max: 76.6 },
  { code: 'D', label: 'Tidak Baik', min: 0, max: 64.99 },
]);
const PEKPPP = colorBands('pekppp', [
  { code: 'A', label: 'Pelayanan Prima', min: 4.51, max: 5 },
  { code: 'A-', label: 'Sangat Baik', min: 4.01, max: 4.5 },
  { code: 'B', label: 'Baik', min: 3.51, max: 4 },
  { code: 'B-', label: 'Baik (dengan catatan)', min: 3.01, max: 3.5 },
  { code: 'C', label: 'Cukup', min: 2.51, max: 3 },
  { code: 'C-', label: 'Cukup (dengan catatan)', min: 2.01, max: 2.5 },
  { code: 'D', label: 'Buruk', min: 1.51, max: 2 },
  { code: 'E', label: 'Sangat Buruk', min: 1.01, max: 1.5 },
  { code: 'F', label: 'Gagal', min: 0, max: 1 },
]);

describe('gauge', () => {
  it('draws the IKM bands with letters, a needle, the value and its category', async () => {
    const out = renderGauge(
      { value: 88.56, category: { code: 'A', label: 'Sangat Baik', color: IKM[0]!.color } },
      { bands: IKM, domain: [25, 100], label: 'IKM' },
      context(320, 220),
    );
    const svg = out.node;
    expect(svg.querySelectorAll('path.pantau-gauge-band')).toHaveLength(4);
    expect([...svg.querySelectorAll('.pantau-gauge-letter')].map((t) => t.textContent)).toEqual([
      'D',
      'C',
      'B',
      'A',
    ]);
    expect(svg.querySelector('.pantau-gauge-needle')).not.toBeNull();
    expect(svg.querySelector('.pantau-gauge-value')!.textContent).toBe('88,56A · Sangat Baik');
    expect(out.marks.map((m) => m.label)).toEqual([
      'IKM: 88,56 (A, Sangat Baik)',
      'D · Tidak Baik: 25,00 sampai 64,99',
      'C · Kurang Baik: 65,00 sampai 76,60',
      'B · Baik: 76,61 sampai 88,30',
      'A · Sangat Baik: 88,31 sampai 100,00',
    ]);
    expect(out.table.rows).toEqual([
      ['IKM', '88,56'],
      ['Kategori', 'A · Sangat Baik'],
      ['D · Tidak Baik', '25,00 – 64,99'],
      ['C · Kurang Baik', '65,00 – 76,60'],
      ['B · Baik', '76,61 – 88,30'],
      ['A · Sangat Baik', '88,31 – 100,00'],
    ]);
    expect(out.summary).toBe('IKM 88,56 (A, Sangat Baik). Skala 25 sampai 100.');
    await expect(svgText(svg)).toMatchFileSnapshot('./__snapshots__/gauge-ikm.svg');
  });

  it('fits nine PEKPPP bands, dropping crowded boundary labels', async () => {
    const out = renderGauge(
      { value: 3.72 },
      { bands: PEKPPP, label: 'IPP' },
      context(360, 230, 'en'),
    );
    expect(out.node.querySelectorAll('path.pantau-gauge-band')).toHaveLength(9);
    expect(out.marks[0]!.label).toBe('IPP: 3.72 (B, Baik)');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/gauge-pekppp.svg');
  });

  it('shows "belum input" and no needle for a missing value', async () => {
    const out = renderGauge(
      { value: null, category: null },
      { bands: IKM, domain: [25, 100], label: 'IKM' },
      context(320, 220),
    );
    expect(out.node.querySelector('.pantau-gauge-needle')).toBeNull();
    expect(out.node.querySelector('.pantau-gauge-value')!.textContent).toBe('belum input');
    expect(out.marks[0]!.label).toBe('IKM: belum input');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/gauge-missing.svg');
  });

  it('draws a hostile label as text, never as markup', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const bands = IKM.map((b) => ({ ...b, label: xss }));
    const out = renderGauge(
      { value: 70 },
      { bands, domain: [25, 100], label: xss },
      context(320, 220),
    );
    expect(out.node.querySelector('img')).toBeNull();
    expect(out.node.querySelector('.pantau-gauge-value')!.textContent).toContain('<img');
    expect(out.marks[0]!.label).toBe(`${xss}: 70,00 (C, ${xss})`);
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/gauge-xss.svg');
  });
});
