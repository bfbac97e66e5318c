import { describe, expect, it } from 'vitest';
import { renderKpi, type KpiData } from '../src/kpi/index.ts';
import type { ChartContext, ValueCategory } from '../src/types.ts';

/** Core's formats are not a charts dependency: the same id/en rules, two decimals, via Intl. */
function context(width: number, height: number, lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const months = ['Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  return {
    lang,
    size: { width, height },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    formatLabel: (v) =>
      v instanceof Date ? `${months[v.getUTCMonth() - 6]} ${v.getUTCFullYear()}` : String(v),
    title: 'IKM Kota Banjarmasin',
  };
}

const A: ValueCategory = {
  code: 'A',
  label: 'Sangat Baik',
  color: 'var(--pantau-sys-grade-ikm-a, #15803d)',
};
const months = [6, 7, 8, 9, 10, 11].map((m) => new Date(Date.UTC(2024, m, 1)));

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

describe('KPI tile', () => {
  const data: KpiData = {
    value: 88.56,
    previous: 87.36,
    category: A,
    target: 90,
    series: { x: months, values: [86.1, 86.9, null, 87.2, 87.36, 88.56] },
  };

  it('shows value, badge, change with arrow and sign, target and sparkline', async () => {
    const out = renderKpi(data, { label: 'Indeks Kepuasan Masyarakat' }, context(300, 200));
    const svg = out.node;
    expect(svg.querySelector('.pantau-kpi-value')!.textContent).toBe('88,56');
    expect(svg.querySelector('.pantau-kpi-badge')!.textContent).toBe('A · Sangat Baik');
    const change = svg.querySelector('.pantau-kpi-change')!;
    expect(change.classList.contains('pantau-kpi-up')).toBe(true);
    expect(change.textContent).toBe('▲ +1,20 vs periode sebelumnya');
    expect(change.querySelector('tspan')!.getAttribute('fill')).toContain('positive');
    expect(svg.querySelector('.pantau-kpi-target')!.textContent).toBe(
      'Target 90,00 · capaian 98,4%',
    );
    // The sparkline: a gap at the missing month (two pieces), and a dashed tick for it.
    expect(svg.querySelectorAll('.pantau-sparkline path')).toHaveLength(2);
    expect(svg.querySelectorAll('.pantau-sparkline line.pantau-missing')).toHaveLength(1);
    expect(out.marks.map((m) => m.label)).toEqual([
      'Jul 2024: 86,10',
      'Agu 2024: 86,90',
      'Sep 2024: belum input',
      'Okt 2024: 87,20',
      'Nov 2024: 87,36',
      'Des 2024: 88,56',
    ]);
    expect(out.table.rows).toEqual([
      ['Nilai', '88,56'],
      ['Kategori', 'A · Sangat Baik'],
      ['Perubahan vs periode sebelumnya', '▲ +1,20'],
      ['Periode sebelumnya', '87,36'],
      ['Target', '90,00 · capaian 98,4%'],
      ['Jul 2024', '86,10'],
      ['Agu 2024', '86,90'],
      ['Sep 2024', 'belum input'],
      ['Okt 2024', '87,20'],
      ['Nov 2024', '87,36'],
      ['Des 2024', '88,56'],
    ]);
    expect(out.summary).toBe(
      'Indeks Kepuasan Masyarakat 88,56 (A, Sangat Baik), naik 1,20 dari periode sebelumnya. Target 90,00 · capaian 98,4%.',
    );
    await expect(svgText(svg)).toMatchFileSnapshot('./__snapshots__/kpi-ikm.svg');
  });

  it('shows a fall in red with ▼ and a true minus when higher is better, green when lower is better', () => {
    const fall = renderKpi(
      { value: 5.2, previous: 6.3 },
      { label: 'Rata-rata hari' },
      context(260, 120),
    );
    const change = fall.node.querySelector('.pantau-kpi-change tspan')!;
    expect(change.textContent).toBe('▼ \u22121,10');
    expect(change.getAttribute('fill')).toContain('negative');
    const good = renderKpi(
      { value: 5.2, previous: 6.3 },
      { label: 'Rata-rata hari', higherIsBetter: false },
      context(260, 120, 'en'),
    );
    const tspans = good.node.querySelectorAll('.pantau-kpi-change tspan');
    expect(tspans[0]!.getAttribute('fill')).toContain('positive');
    expect(tspans[1]!.textContent).toBe(' vs previous period');
    // No series: the value itself is the one mark.
    expect(good.marks).toHaveLength(1);
    expect(good.marks[0]!.label).toBe('Rata-rata hari: 5.20');
  });

  it('says "belum input" for a missing value, never 0, and has no change', async () => {
    const out = renderKpi(
      {
        value: null,
        previous: 87.36,
        category: null,
        series: { x: months, values: [86, 87, null, null, 87.36, null] },
      },
      { label: 'Indeks Kepuasan Masyarakat' },
      context(300, 160),
    );
    const value = out.node.querySelector('.pantau-kpi-value')!;
    expect(value.textContent).toBe('belum input');
    expect(value.classList.contains('pantau-missing')).toBe(true);
    expect(out.node.querySelector('.pantau-kpi-change')).toBeNull();
    expect(out.node.querySelector('.pantau-kpi-badge')).toBeNull();
    expect(out.summary).toBe('Indeks Kepuasan Masyarakat belum input.');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/kpi-missing.svg');
  });

  it('names the drawing after its label when the widget has no title (svg role=img needs a name)', () => {
    const out = renderKpi({ value: 80 }, { label: 'IKM' }, { ...context(260, 120), title: '' });
    expect(out.node.querySelector(':scope > title')?.textContent).toBe('IKM');
  });

  it('says the previous period is missing and shows ■ tetap for no change', () => {
    const none = renderKpi({ value: 80, previous: null }, { label: 'IKM' }, context(260, 120));
    expect(none.node.querySelector('.pantau-kpi-change')!.textContent).toBe(
      'Periode sebelumnya belum input',
    );
    const same = renderKpi({ value: 80, previous: 80.001 }, { label: 'IKM' }, context(260, 120));
    expect(same.node.querySelector('.pantau-kpi-change tspan')!.textContent).toBe('■ tetap');
    expect(same.node.querySelector('.pantau-kpi-change tspan')!.getAttribute('fill')).toContain(
      'muted',
    );
  });

  it('draws a hostile label as text, never as markup', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const out = renderKpi(
      { value: 70.1, previous: 71, category: { code: xss, label: xss, color: '#b45309' } },
      { label: xss, compareLabel: xss },
      context(320, 140),
    );
    expect(out.node.querySelector('img')).toBeNull();
    expect(out.node.querySelector('.pantau-kpi-label')!.textContent).toContain('<img');
    expect(out.summary).toContain(xss);
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/kpi-xss.svg');
  });
});
