import { describe, expect, it } from 'vitest';
import { nextMarkIndex } from '../src/keyboard.ts';
import { renderLine, type LineData, type LineOptions } from '../src/line/line.ts';
import type { ChartContext } from '../src/types.ts';

/** Core's formats are not a charts dependency: the same id/en rules via Intl. */
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
    formatLabel: (v) => String(v),
    title: 'Tepat waktu per bulan',
  };
}

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));

/** Jan..Dec 2024 with no row at all for June (a missing period) and a null in Dinkes in March. */
const months = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12].map((m) => month(2024, m));
const threeSeries: LineData = {
  x: months,
  series: [
    { name: 'Disdukcapil', values: [82, 84.5, 85, 83.2, 86, 88, 87.5, 90, 91.2, 89, 92] },
    { name: 'Dinkes', values: [75, 76, null, 78, 79.5, 80, 81, 80.2, 82, 83, 84] },
    {
      name: '<img src=x onerror=alert(1)>',
      values: [70, 71, 69.5, 72, 73, 74, 73.5, 75, 76, 77, 78],
    },
  ],
};
const threeOptions: LineOptions = {
  target: 85,
  interval: 'month',
  xField: 'month',
  seriesField: 'unit',
};

/** Subpaths of a path's d: each "M" starts a new run of the line. */
const runs = (path: Element | null | undefined) =>
  (path?.getAttribute('d') ?? '').split('M').length - 1;

describe('line: several series, target, gaps', () => {
  it('breaks every line at the missing month and Dinkes at its null; never bridges or draws zero', async () => {
    const out = renderLine(threeSeries, threeOptions, context(640, 320));
    expect(out.surface).toBe('svg');
    const paths = [...out.node.querySelectorAll('path.pantau-line-path')];
    expect(paths).toHaveLength(3);
    // Disdukcapil: Jan-May, Jul-Dec. Dinkes: Jan-Feb, Apr-May, Jul-Dec.
    expect(paths.map(runs)).toEqual([2, 3, 2]);
    // No vertex sits on the zero line (y of 0 is far below the domain): the gap is not a dip.
    const ys = paths.flatMap((p) =>
      [...(p.getAttribute('d') ?? '').matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1])),
    );
    expect(Math.max(...ys)).toBeLessThan(320 - 30);
    // June: one hatched band, labelled.
    const band = out.node.querySelector('.pantau-missing');
    expect(band?.querySelectorAll('rect')).toHaveLength(1);
    expect(band?.textContent).toBe('belum input');
    // Target: a dashed line and its label.
    const target = out.node.querySelector('.pantau-target');
    expect(target?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(target?.textContent).toBe('Target 85,00');
    // Time axis in Indonesian with the year under January.
    const ticks = [...out.node.querySelectorAll('.pantau-axis-time .pantau-tick')].map(
      (t) => t.textContent,
    );
    expect(ticks[0]).toBe('Jan2024');
    expect(ticks).toContain('Agu');
    await expect(svgText(out.node)).toMatchFileSnapshot(
      './__snapshots__/line-series-target-gap.svg',
    );
  });

  it('lists every period in the table, the missing one as "belum input", and sums it up', () => {
    const out = renderLine(threeSeries, threeOptions, context(640, 320));
    expect(out.table.headers).toEqual([
      'Periode',
      'Disdukcapil',
      'Dinkes',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(out.table.rows).toHaveLength(12);
    expect(out.table.rows[5]).toEqual(['Jun 2024', 'belum input', 'belum input', 'belum input']);
    expect(out.table.rows[2]).toEqual(['Mar 2024', '85,00', 'belum input', '69,50']);
    expect(out.table.caption).toBe('Tepat waktu per bulan; Target 85,00');
    expect(out.summary).toBe(
      'Terakhir (Des 2024): Disdukcapil 92,00 (naik 3,00); Dinkes 84,00 (naik 1,00); ' +
        '<img src=x onerror=alert(1)> 78,00 (naik 1,00). ' +
        'Tertinggi: 92,00 (Disdukcapil, Des 2024). Terendah: 69,50 (<img src=x onerror=alert(1)>, Mar 2024). ' +
        'Belum input: Disdukcapil 1 bulan, Dinkes 2 bulan, <img src=x onerror=alert(1)> 1 bulan.',
    );
  });

  it('draws the XSS-looking series name as text in the legend', () => {
    const out = renderLine(threeSeries, threeOptions, context(640, 320));
    expect(out.node.querySelector('img')).toBeNull();
    const legend = [...out.node.querySelectorAll('.pantau-legend-item')].map((g) => g.textContent);
    expect(legend).toEqual([
      'Disdukcapil',
      'Dinkes',
      '<img src=x onerror=alert(1)>',
      'belum input',
    ]);
  });

  it('gives one mark per point per series: arrows walk a line, Up/Down switch series', () => {
    const out = renderLine(threeSeries, threeOptions, context(640, 320));
    // 11 input rows x 3 series: June has no row, so no mark (it is in the table and summary).
    expect(out.marks).toHaveLength(33);
    const first = out.marks[0]!;
    expect(first).toMatchObject({
      index: 0,
      row: 0,
      col: 0,
      label: 'Disdukcapil, Januari 2024: 82,00',
    });
    expect(first.selection).toEqual({ month: month(2024, 1), unit: 'Disdukcapil' });
    const right = nextMarkIndex(out.marks, 0, 'ArrowRight');
    expect(out.marks[right]!.label).toBe('Disdukcapil, Februari 2024: 84,50');
    const down = nextMarkIndex(out.marks, 2, 'ArrowDown');
    expect(out.marks[down]!.label).toBe('Dinkes, Maret 2024: belum input');
    expect(out.marks[down]!.row).toBe(1);
    // July (after the gap) keeps its place on the axis: column 6, not 5.
    expect(out.marks[5]!.col).toBe(6);
    expect(out.marks[5]!.label).toBe('Disdukcapil, Juli 2024: 88,00');
  });

  it('speaks English when asked', () => {
    const out = renderLine(threeSeries, threeOptions, context(640, 320, 'en'));
    expect(out.table.rows[7]![0]).toBe('Aug 2024');
    expect(out.summary).toContain('Not reported: Disdukcapil 1 month, Dinkes 2 months');
    expect(out.summary.startsWith('Latest (Dec 2024): Disdukcapil 92.00 (up 3.00)')).toBe(true);
  });
});

describe('line: many series', () => {
  it('keeps the legend to a third of the height and counts the series it leaves out', () => {
    const x = [1, 2, 3, 4, 5, 6].map((m) => month(2024, m));
    const series = Array.from({ length: 40 }, (_, i) => ({
      name: `kel-unit-${i + 1}`,
      values: x.map((_, j) => 50 + i + j),
    }));
    const out = renderLine({ x, series }, { interval: 'month' }, context(480, 300));
    const legend = out.node.querySelector('.pantau-legend')!;
    const shown = legend.querySelectorAll('.pantau-legend-item').length;
    expect(shown).toBeGreaterThan(2);
    expect(shown).toBeLessThan(40);
    expect(legend.querySelector('.pantau-legend-more')?.textContent).toBe(
      `+${40 - shown} lainnya (lihat tabel data)`,
    );
    // The plot keeps most of the height; every series is still in the table.
    const grid = [...out.node.querySelectorAll('.pantau-axis-left line.pantau-grid')].map((l) =>
      Number(l.getAttribute('y1')),
    );
    expect(Math.max(...grid) - Math.min(...grid)).toBeGreaterThan(120);
    expect(out.table.headers).toHaveLength(41);
    expect(out.legend).toHaveLength(40);
  });
});

describe('line: one series', () => {
  const single: LineData = {
    x: [2019, 2020, 2021, 2023, 2024],
    series: [{ name: '', values: [48.5, 52, 55.1, 60, 58.2] }],
  };

  it('draws an area from zero, treats numeric years as periods, and draws an isolated point as a dot', async () => {
    const out = renderLine(single, { area: true, interval: 'year', target: 60 }, context(480, 260));
    const area = out.node.querySelector('path.pantau-area');
    expect(area).not.toBeNull();
    // 2022 is missing: two runs of area and line; 2019-2021 then 2023-2024.
    expect(runs(area)).toBe(2);
    expect(runs(out.node.querySelector('path.pantau-line-path'))).toBe(2);
    // The axis starts at zero for an area.
    const labels = [...out.node.querySelectorAll('.pantau-axis-left text')].map(
      (t) => t.textContent,
    );
    expect(labels[0]).toBe('0');
    // Years are written as years, not "2.019".
    expect(out.table.rows.map((r) => r[0])).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(out.table.headers).toEqual(['Periode', 'Nilai']);
    expect(out.summary).toBe(
      'Terakhir (2024): 58,20, turun 1,80 dari periode sebelumnya. Tertinggi: 60,00 (2023). ' +
        'Terendah: 48,50 (2019). 1 dari 5 tahun di atas atau sama dengan target 60,00. 1 tahun belum input.',
    );
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/line-area.svg');
  });

  it('draws a point between two gaps as a dot, and markers when points are far apart', () => {
    const data: LineData = {
      x: [month(2024, 1), month(2024, 2), month(2024, 4), month(2024, 6), month(2024, 7)],
      series: [{ name: 'IKM', values: [80, 81, 82, 83, null] }],
    };
    const sparse = renderLine(data, { markers: false }, context(400, 200));
    const dots = [...sparse.node.querySelectorAll('path.pantau-dot')];
    // April and June stand alone (March, May missing; July null).
    expect(dots).toHaveLength(2);
    expect(sparse.node.querySelectorAll('path.pantau-marker')).toHaveLength(0);
    expect(sparse.summary).toContain('3 bulan belum input.');
    const marked = renderLine(data, {}, context(400, 200));
    expect(marked.node.querySelectorAll('path.pantau-marker')).toHaveLength(2);
  });

  it('says "Tidak ada data" when nothing is reported', () => {
    const out = renderLine(
      { x: [month(2024, 1), month(2024, 2)], series: [{ name: 'IKM', values: [null, null] }] },
      {},
      context(400, 200),
    );
    expect(out.summary).toBe('Tidak ada data. 2 bulan belum input.');
    expect(out.node.querySelector('path.pantau-line-path')).toBeNull();
    expect(out.marks.map((m) => m.label)).toEqual([
      'Januari 2024: belum input',
      'Februari 2024: belum input',
    ]);
  });
});

/** Pixels with some paint (alpha > 0) in the canvas. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

describe('line: long series', () => {
  it('draws more than 2,000 points on a canvas, with the same marks and table', () => {
    const n = 2_500;
    const x = Array.from({ length: n }, (_, i) => new Date(Date.UTC(2018, 0, 1 + i)));
    const values = x.map((_, i) => 50 + 20 * Math.sin(i / 40));
    const out = renderLine(
      { x, series: [{ name: 'Permohonan', values }] },
      { interval: 'day' },
      context(800, 300),
    );
    expect(out.surface).toBe('canvas');
    expect(out.node.tagName).toBe('DIV');
    expect(out.node.getAttribute('role')).toBe('img');
    expect(out.node.getAttribute('aria-label')).toBe('Tepat waktu per bulan');
    const canvas = out.node.querySelector('canvas')!;
    expect(canvas.width).toBe(Math.round(800 * devicePixelRatio));
    expect(paintedPixels(canvas)).toBeGreaterThan(1_000);
    // Axes stay SVG over the canvas.
    expect(out.node.querySelector('svg .pantau-axis-time')).not.toBeNull();
    expect(out.marks).toHaveLength(n);
    expect(out.table.rows).toHaveLength(n);
    expect(out.table.caption).not.toContain('diringkas');
  });

  it('repaints the canvas in the theme where it is placed (a dark dashboard), not only the page root', async () => {
    const n = 2_500;
    const x = Array.from({ length: n }, (_, i) => i);
    const values = x.map((i) => 50 + 20 * Math.sin(i / 40));
    const out = renderLine({ x, series: [{ name: 'A', values }] }, {}, context(800, 240));
    expect(out.surface).toBe('canvas');
    const canvas = out.node.querySelector('canvas')!;
    const reddish = () => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 200 && data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) count++;
      }
      return count;
    };
    expect(reddish()).toBe(0);
    const themed = document.createElement('div');
    themed.style.setProperty('--pantau-sys-series-1', 'rgb(255, 0, 0)');
    themed.append(out.node);
    document.body.append(themed);
    // The repaint runs in a frame callback the painting asked for when it drew: asked for first,
    // it has run by the time this one runs.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(reddish()).toBeGreaterThan(500);
    themed.remove();
  });

  it('reduces 100,000 points to at most 4 per pixel column, keeping extremes and gaps', () => {
    const n = 100_000;
    const x = Array.from({ length: n }, (_, i) => i);
    const values: (number | null)[] = x.map((i) => 100 + 30 * Math.sin(i / 300) + (i % 13));
    values[54_321] = 999; // a spike that must survive
    values[12_000] = -50; // a dip
    for (let i = 70_000; i < 71_000; i++) values[i] = null; // a gap
    const width = 600;
    const out = renderLine({ x, series: [{ name: 'Sensor', values }] }, {}, context(width, 300));
    expect(out.surface).toBe('canvas');
    const canvas = out.node.querySelector('canvas')!;
    expect(paintedPixels(canvas)).toBeGreaterThan(500);

    const cxs = out.marks.map((m) => m.box.x + 5);
    const left = cxs[0]!;
    const perColumn = new Map<number, number>();
    for (const cx of cxs) {
      const column = Math.floor(cx - left + 1e-6);
      perColumn.set(column, (perColumn.get(column) ?? 0) + 1);
    }
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(4);
    expect(out.marks.length).toBeLessThanOrEqual(4 * width);
    expect(out.marks.length).toBeGreaterThan(width);

    const drawnValues = out.table.rows.map((r) => r[1]);
    expect(drawnValues).toContain('999,00');
    expect(drawnValues).toContain('-50,00');
    expect(drawnValues).toContain('belum input');
    expect(out.table.rows.length).toBe(out.marks.length);
    expect(out.table.caption).toMatch(/diringkas: .* \d[\d.]* dari 100\.000 titik\)$/);
    expect(out.summary).toContain('Tertinggi: 999,00 (54321).');
    expect(out.summary).toContain('1.000 titik belum input.');
  });
});
