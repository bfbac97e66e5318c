import { describe, expect, it } from 'vitest';
import { renderBars, type BarsData, type BarsOptions } from '../src/bars/index.ts';
import type { ChartContext, ValueCategory } from '../src/types.ts';

/** Core's formats are not a charts dependency: the same id/en rules, two decimals, via Intl. */
function context(
  width: number,
  height: number,
  lang: 'id' | 'en' = 'id',
  decimals = 2,
): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return {
    lang,
    size: { width, height },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    title: 'IKM per unit',
  };
}

const grade = (code: string, label: string, color: string): ValueCategory => ({
  code,
  label,
  color,
});
const A = grade('A', 'Sangat Baik', 'var(--pantau-sys-grade-ikm-a, #15803d)');
const B = grade('B', 'Baik', 'var(--pantau-sys-grade-ikm-b, #1d4ed8)');
const C = grade('C', 'Kurang Baik', 'var(--pantau-sys-grade-ikm-c, #b45309)');

const ranking: BarsData = {
  labels: [
    'Disdukcapil',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    'Dinkes',
    'Dinsos',
    'Damkar',
  ],
  values: [91.2, 86.45, 80.5, 70.1, null],
};
const rankingOptions: BarsOptions = {
  orientation: 'horizontal',
  categories: [A, B, B, C, null],
  xField: 'unit',
  labelHeader: 'Unit',
  valueHeader: 'IKM',
};

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

describe('bars: horizontal ranking', () => {
  it('draws one bar per reported unit in grade colours with letter badges, and "belum input" for the null', async () => {
    const out = renderBars(ranking, rankingOptions, context(560, 260));
    expect(out.surface).toBe('svg');
    const bars = [...out.node.querySelectorAll('rect.pantau-bar')];
    expect(bars).toHaveLength(4);
    expect(bars[0]!.getAttribute('fill')).toBe(A.color);
    expect(bars[3]!.getAttribute('fill')).toBe(C.color);
    // Widths are proportional to the values, from zero.
    const w = bars.map((b) => Number(b.getAttribute('width')));
    expect(w[0]! / w[3]!).toBeCloseTo(91.2 / 70.1, 1);
    const badges = [...out.node.querySelectorAll('.pantau-grade-badge text')].map(
      (t) => t.textContent,
    );
    expect(badges).toEqual(['A', 'B', 'B', 'C']);
    const values = [...out.node.querySelectorAll('text.pantau-bar-value')].map(
      (t) => t.textContent,
    );
    expect(values).toEqual(['91,20', '86,45', '80,50', '70,10']);
    const missing = out.node.querySelector('.pantau-bar-missing text')!;
    expect(missing.textContent).toBe('belum input');
    expect(missing.getAttribute('font-style')).toBe('italic');
    // The long name is cut, its full text in a <title>.
    const titles = [...out.node.querySelectorAll('.pantau-axis-band text title')].map(
      (t) => t.textContent,
    );
    expect(titles).toEqual(['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu']);
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/bars-ranking.svg');
  });

  it('gives marks in reading order with labels, boxes and selections, the null included', () => {
    const out = renderBars(ranking, rankingOptions, context(560, 260));
    expect(out.marks.map((m) => m.label)).toEqual([
      'Disdukcapil: 91,20 (A, Sangat Baik)',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu: 86,45 (B, Baik)',
      'Dinkes: 80,50 (B, Baik)',
      'Dinsos: 70,10 (C, Kurang Baik)',
      'Damkar: belum input',
    ]);
    expect(out.marks.map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect(out.marks[0]!.selection).toEqual({ unit: 'Disdukcapil' });
    for (const m of out.marks) {
      expect(m.box.width).toBeGreaterThan(0);
      expect(m.box.x + m.box.width).toBeLessThanOrEqual(560);
      expect(m.box.y + m.box.height).toBeLessThanOrEqual(260);
    }
    // Marks go down the page.
    const ys = out.marks.map((m) => m.box.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('tables exactly the numbers drawn and summarises with grades and the missing unit', () => {
    const out = renderBars(ranking, rankingOptions, context(560, 260));
    expect(out.table).toEqual({
      caption: 'IKM per unit',
      headers: ['Unit', 'IKM', 'Kategori'],
      rows: [
        ['Disdukcapil', '91,20', 'A, Sangat Baik'],
        ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', '86,45', 'B, Baik'],
        ['Dinkes', '80,50', 'B, Baik'],
        ['Dinsos', '70,10', 'C, Kurang Baik'],
        ['Damkar', 'belum input', ''],
      ],
      numeric: [false, true, false],
    });
    const drawn = [...out.node.querySelectorAll('text.pantau-bar-value')].map((t) => t.textContent);
    expect(drawn).toEqual(out.table.rows.map((r) => r[1]).filter((v) => v !== 'belum input'));
    expect(out.summary).toBe(
      'Tertinggi: Disdukcapil 91,20 (A). Terendah: Dinsos 70,10 (C). 1 unit belum input.',
    );
  });

  it('says a tie in English', () => {
    const out = renderBars(
      { labels: ['Dinkes', 'Disdukcapil', 'Dinsos'], values: [91.2, 91.2, 70] },
      { orientation: 'horizontal' },
      context(400, 200, 'en'),
    );
    expect(out.summary).toBe(
      'Dinkes and Disdukcapil tie for highest: 91.20. Lowest: Dinsos 70.00.',
    );
  });

  it('draws negative values to the left of zero with labels kept in the label column', () => {
    const out = renderBars(
      { labels: ['Naik', 'Turun'], values: [12, -8] },
      { orientation: 'horizontal' },
      context(400, 160),
    );
    const [up, down] = [...out.node.querySelectorAll('rect.pantau-bar')];
    const zero = Number(up!.getAttribute('x'));
    expect(Number(down!.getAttribute('x')) + Number(down!.getAttribute('width'))).toBeCloseTo(
      zero,
      1,
    );
    const labelX = [...out.node.querySelectorAll('.pantau-axis-band text')].map((t) =>
      Number(t.getAttribute('x')),
    );
    for (const x of labelX) expect(x).toBeLessThan(Number(down!.getAttribute('x')));
  });
});

describe('bars: several series', () => {
  const years: BarsData = {
    labels: ['Disdukcapil', 'Dinkes', 'Dinsos'],
    series: [
      { name: '2023', values: [88.1, 79.4, null] },
      { name: '2024', values: [91.2, 80.5, 70.1] },
    ],
  };

  it('groups series side by side with a legend, grid marks and "belum input" for the gap', async () => {
    const out = renderBars(
      years,
      { orientation: 'horizontal', mode: 'grouped', xField: 'unit', seriesField: 'tahun' },
      context(560, 280),
    );
    expect(out.node.querySelectorAll('rect.pantau-bar')).toHaveLength(5);
    expect(out.legend?.map((l) => l.label)).toEqual(['2023', '2024']);
    expect([...out.node.querySelectorAll('.pantau-legend text')].map((t) => t.textContent)).toEqual(
      ['2023', '2024'],
    );
    expect(out.marks.map((m) => [m.row, m.col])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
    expect(out.marks[4]!.label).toBe('Dinsos, 2023: belum input');
    expect(out.marks[1]!.selection).toEqual({ unit: 'Disdukcapil', tahun: '2024' });
    expect(out.table.headers).toEqual(['unit', '2023', '2024']);
    expect(out.table.rows[2]).toEqual(['Dinsos', 'belum input', '70,10']);
    expect(out.summary).toBe(
      '2023 — Tertinggi: Disdukcapil 88,10. Terendah: Dinkes 79,40. 1 unit belum input. ' +
        '2024 — Tertinggi: Disdukcapil 91,20. Terendah: Dinsos 70,10.',
    );
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/bars-grouped.svg');
  });

  it('stacks parts with totals at the end, drawn and tabled', async () => {
    const parts: BarsData = {
      labels: ['Disdukcapil', 'Dinkes', 'Dinsos', 'Damkar'],
      series: [
        { name: 'Tepat waktu', values: [2300, 700, 410, null] },
        { name: 'Terlambat', values: [130, 90, null, null] },
      ],
    };
    const out = renderBars(
      parts,
      { orientation: 'horizontal', mode: 'stacked', labelHeader: 'Unit' },
      context(560, 260, 'id', 0),
    );
    // Two parts each for two units, one for Dinsos, none for Damkar (which says "belum input").
    expect(out.node.querySelectorAll('rect.pantau-bar')).toHaveLength(5);
    const totals = [...out.node.querySelectorAll('text.pantau-bar-total')].map(
      (t) => t.textContent,
    );
    expect(totals).toEqual(['2.430', '790', '410']);
    expect(out.node.querySelector('.pantau-bar-missing text')!.textContent).toBe('belum input');
    expect(out.table.headers).toEqual(['Unit', 'Tepat waktu', 'Terlambat', 'Total']);
    expect(out.table.rows).toEqual([
      ['Disdukcapil', '2.300', '130', '2.430'],
      ['Dinkes', '700', '90', '790'],
      ['Dinsos', '410', 'belum input', '410'],
      ['Damkar', 'belum input', 'belum input', 'belum input'],
    ]);
    // Parts touch: the second starts where the first ends.
    const [first, second] = [...out.node.querySelectorAll('rect.pantau-bar')];
    expect(Number(first!.getAttribute('x')) + Number(first!.getAttribute('width'))).toBeCloseTo(
      Number(second!.getAttribute('x')),
      1,
    );
    expect(out.summary).toBe(
      'Total — Tertinggi: Disdukcapil 2.430. Terendah: Dinsos 410. 1 unit belum input.',
    );
    // Marks: one per part drawn, one for Damkar's missing stack.
    expect(out.marks.map((m) => m.label)).toEqual([
      'Disdukcapil, Tepat waktu: 2.300',
      'Disdukcapil, Terlambat: 130',
      'Dinkes, Tepat waktu: 700',
      'Dinkes, Terlambat: 90',
      'Dinsos, Tepat waktu: 410',
      'Damkar: belum input',
    ]);
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/bars-stacked.svg');
  });
});

describe('bars: vertical with a target', () => {
  it('draws columns, a dashed target line with its label, and says who reaches it', async () => {
    const months: BarsData = {
      labels: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun'],
      values: [0.82, 0.91, null, 0.88, 0.95, 0.79],
    };
    const ctx = context(480, 260);
    const pct = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
    ctx.formatValue = (v) => (v === null ? 'belum input' : pct.format(v));
    const out = renderBars(months, { orientation: 'vertical', target: 0.9, xField: 'bulan' }, ctx);
    expect(out.node.classList.contains('pantau-bars-vertical')).toBe(true);
    const target = out.node.querySelector('.pantau-target')!;
    expect(target.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(target.querySelector('text')!.textContent).toBe('Target 90%');
    // The line sits at 90% of the value axis: between the bars of 88% and 91%.
    const y = Number(target.querySelector('line')!.getAttribute('y1'));
    const tops = [...out.node.querySelectorAll('rect.pantau-bar')].map((b) =>
      Number(b.getAttribute('y')),
    );
    expect(y).toBeLessThan(tops[2]!); // Apr 88%
    expect(y).toBeGreaterThan(tops[1]!); // Feb 91%
    expect(out.table.caption).toBe('IKM per unit. Target: 90%');
    expect(out.summary).toBe(
      'Tertinggi: Mei 95%. Terendah: Jun 79%. 1 unit belum input. 2 dari 5 unit mencapai target 90%.',
    );
    // Columns left to right in reading order.
    const xs = out.marks.map((m) => m.box.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/bars-vertical-target.svg');
  });

  it('slants labels that do not fit under their columns', () => {
    const out = renderBars(
      {
        labels: [
          'Kecamatan Banjarmasin Barat',
          'Kecamatan Banjarmasin Selatan',
          'Kecamatan Banjarmasin Tengah',
        ],
        values: [3, 4, 5],
      },
      { orientation: 'vertical' },
      context(300, 260),
    );
    const label = out.node.querySelector('.pantau-axis-band text')!;
    expect(label.getAttribute('transform')).toMatch(/^rotate\(-40 /);
  });

  it('picks vertical for a few short labels and horizontal for many or long ones', () => {
    const few = renderBars({ labels: ['A', 'B', 'C'], values: [1, 2, 3] }, {}, context(480, 260));
    expect(few.node.classList.contains('pantau-bars-vertical')).toBe(true);
    const long = renderBars(
      { labels: ['Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Kesehatan'], values: [1, 2] },
      {},
      context(300, 260),
    );
    expect(long.node.classList.contains('pantau-bars-horizontal')).toBe(true);
  });
});

describe('bars: hostile and large input', () => {
  it('draws a label `<img src=x onerror=alert(1)>` as text, with no <img> element', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const evil = '<img src=x onerror=alert(1)>';
    const out = renderBars(
      { labels: [evil, 'Dinkes'], values: [3, 2] },
      { orientation: 'horizontal', xField: 'unit' },
      context(480, 200),
    );
    host.append(out.node);
    expect(host.querySelector('img')).toBeNull();
    // Drawn as characters: whole, or cut with the whole in its <title>.
    const label = host.querySelector('.pantau-axis-band text')!;
    expect(label.textContent!.startsWith('<img')).toBe(true);
    const full = label.querySelector('title')?.textContent ?? label.textContent;
    expect(full).toBe(evil);
    expect(out.marks[0]!.label).toBe(`${evil}: 3,00`);
    expect(out.table.rows[0]![0]).toBe(evil);
    host.remove();
  });

  it('draws 2,500 bars as SVG, fitting the size, thinning labels (the widget limits rows long before)', () => {
    const n = 2500;
    const labels = Array.from({ length: n }, (_, i) => `Unit ${i + 1}`);
    const values = labels.map((_, i) => (i % 97 === 0 ? null : (i * 37) % 100));
    // How long it takes is measured by `npm run bench:render`, not here: on a loaded machine a
    // wall-clock bound fails for reasons that are not the renderer's.
    const out = renderBars({ labels, values }, { orientation: 'horizontal' }, context(640, 600));
    expect(out.surface).toBe('svg');
    expect(out.marks).toHaveLength(n);
    expect(out.table.rows).toHaveLength(n);
    const drawn = out.node.querySelectorAll('rect.pantau-bar').length;
    expect(drawn).toBe(values.filter((v) => v !== null).length);
    for (const m of out.marks) expect(m.box.y + m.box.height).toBeLessThanOrEqual(600);
    // Labels thin out to about one per 10 px; values are left out at this density.
    const shown = out.node.querySelectorAll('.pantau-axis-band text').length;
    expect(shown).toBeLessThan(100);
    expect(out.node.querySelectorAll('text.pantau-bar-value')).toHaveLength(0);
  });

  it('draws an all-missing ranking without a bar and says so', () => {
    const out = renderBars(
      { labels: ['Dinkes', 'Dinsos'], values: [null, null] },
      { orientation: 'horizontal' },
      context(400, 160),
    );
    expect(out.node.querySelectorAll('rect.pantau-bar')).toHaveLength(0);
    expect(out.node.querySelectorAll('.pantau-bar-missing')).toHaveLength(2);
    expect(out.summary).toBe('2 unit belum input.');
  });
});
