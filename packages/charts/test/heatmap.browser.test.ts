import { describe, expect, it } from 'vitest';
import { renderHeatmap, type HeatmapData } from '../src/heatmap/heatmap.ts';
import { pivotHeatmap } from '../src/heatmap/data.ts';
import { INK } from '../src/palette.ts';
import { nextMarkIndex } from '../src/keyboard.ts';
import type { ChartContext, ValueCategory } from '../src/types.ts';

function context(width: number, height: number, lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    lang,
    size: { width, height },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    title: 'Tepat waktu per unit dan bulan',
  };
}

interface DrawnCell {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
}

/** Rectangles of a path's data (`M x,y h w v h h -w Z`, as the heatmap writes a cell). */
function rectsOf(path: Element): Omit<DrawnCell, 'fill'>[] {
  const d = path.getAttribute('d') ?? '';
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+Z/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

/** The filled cells (one path per colour, a subpath per cell), in reading order. */
function drawnCells(node: Element): DrawnCell[] {
  return [...node.querySelectorAll('path.pantau-cells')]
    .flatMap((path) => rectsOf(path).map((r) => ({ ...r, fill: path.getAttribute('fill') })))
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

function svgText(node: Element): string {
  return new XMLSerializer().serializeToString(node).replace(/></g, '>\n<');
}

const month = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));
const XSS = '<img src=x onerror=alert(1)>';

/**
 * Long rows as a query returns them: 4 units x Jan..Jun 2024; nobody reported April (no rows at
 * all), Dinkes left February null, and Dinsos has no row for May and June.
 */
function serviceRows(): HeatmapData {
  const units = ['Disdukcapil', 'Dinkes', 'Dinsos', XSS];
  const rows: string[] = [];
  const cols: Date[] = [];
  const values: (number | null)[] = [];
  units.forEach((unit, r) => {
    for (const m of [1, 2, 3, 5, 6]) {
      if (unit === 'Dinsos' && m >= 5) continue;
      rows.push(unit);
      cols.push(month(2024, m));
      values.push(unit === 'Dinkes' && m === 2 ? null : 70 + r * 6 + m * 2);
    }
  });
  return pivotHeatmap({ rows, cols, values });
}

describe('heatmap: units x months', () => {
  it('hatches cells nobody reported (no fill), unlike any value, and puts back the missing month', async () => {
    const data = serviceRows();
    expect(data.cols).toHaveLength(6);
    const out = renderHeatmap(
      data,
      { rowField: 'unit_code', colField: 'month' },
      context(560, 260),
    );
    expect(out.surface).toBe('svg');
    const filled = drawnCells(out.node);
    const [outline, hatching] = [...out.node.querySelectorAll('.pantau-cell-missing path')];
    // April for all 4 units, Dinkes February, Dinsos May and June: outlined, unfilled, hatched.
    expect(rectsOf(outline!)).toHaveLength(4 + 1 + 2);
    expect(outline!.getAttribute('fill')).toBe('none');
    expect(hatching!.getAttribute('d')).toMatch(/^M/);
    expect(filled).toHaveLength(24 - 7);
    // No filled cell sits where a missing one is outlined.
    for (const gap of rectsOf(outline!)) {
      expect(
        filled.some(
          (c) => Math.abs(c.x - (gap.x - 0.5)) < 0.02 && Math.abs(c.y - (gap.y - 0.5)) < 0.02,
        ),
      ).toBe(false);
    }
    // Values written in the cells, with contrasting text.
    const texts = [...out.node.querySelectorAll('.pantau-heatmap-values text')];
    expect(texts.map((t) => t.textContent)).toContain('72,0');
    for (const t of texts) expect(['#111827', '#ffffff']).toContain(t.getAttribute('fill'));
    // The legend: a ramp from the lowest to the highest value, and a hatched "belum input".
    const legend = out.node.querySelector('.pantau-legend-ramp')!;
    expect(legend.textContent).toBe('72,0100,0belum input');
    expect(legend.querySelector('.pantau-swatch-hatch')).not.toBeNull();
    // Units as text, never markup.
    expect(out.node.querySelector('img')).toBeNull();
    expect(out.node.querySelector('.pantau-axis-left')!.textContent).toContain(XSS);
    // Months in Indonesian.
    expect(out.node.querySelector('.pantau-axis-time')!.textContent).toContain('Jan2024');
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/heatmap-missing.svg');
  });

  it('lists every cell in the table, the missing ones as "belum input", and sums up', () => {
    const out = renderHeatmap(serviceRows(), {}, context(560, 260));
    expect(out.table.caption).toBe('Tepat waktu per unit dan bulan');
    expect(out.table.headers).toEqual([
      'Unit',
      'Jan 2024',
      'Feb 2024',
      'Mar 2024',
      'Apr 2024',
      'Mei 2024',
      'Jun 2024',
    ]);
    expect(out.table.rows[1]).toEqual([
      'Dinkes',
      '78,0',
      'belum input',
      '82,0',
      'belum input',
      '86,0',
      '88,0',
    ]);
    expect(out.table.rows[2]).toEqual([
      'Dinsos',
      '84,0',
      '86,0',
      '88,0',
      'belum input',
      'belum input',
      'belum input',
    ]);
    expect(out.table.rows[3]![0]).toBe(XSS);
    expect(out.summary).toBe(
      `Tertinggi: ${XSS} (Jun 2024) 100,0. Terendah: Disdukcapil (Jan 2024) 72,0. ` +
        '7 sel belum input. Terbanyak belum input: Dinsos (3 dari 6).',
    );
  });

  it('gives one mark per cell on a grid: Left/Right along a unit, Up/Down between units', () => {
    const out = renderHeatmap(
      serviceRows(),
      { rowField: 'unit_code', colField: 'month' },
      context(560, 260),
    );
    expect(out.marks).toHaveLength(24);
    expect(out.marks[0]).toMatchObject({
      index: 0,
      row: 0,
      col: 0,
      label: 'Disdukcapil, Januari 2024: 72,0',
    });
    expect(out.marks[0]!.selection).toEqual({ unit_code: 'Disdukcapil', month: month(2024, 1) });
    expect(out.marks[nextMarkIndex(out.marks, 7, 'ArrowDown')]!.label).toBe(
      'Dinsos, Februari 2024: 86,0',
    );
    expect(out.marks[7]!.label).toBe('Dinkes, Februari 2024: belum input');
    expect(nextMarkIndex(out.marks, 5, 'ArrowRight')).toBe(5);
    // Every mark's box is its cell.
    const first = drawnCells(out.node)[0]!;
    expect(first.x).toBeCloseTo(out.marks[0]!.box.x, 1);
    expect(first.y).toBeCloseTo(out.marks[0]!.box.y, 1);
    expect(first.width).toBeCloseTo(out.marks[0]!.box.width, 1);
  });

  it('colours by grade when grades are given, with the letter in cell, legend and table', async () => {
    const A: ValueCategory = {
      code: 'A',
      label: 'Sangat Baik',
      color: 'var(--pantau-sys-grade-ikm-a, #15803d)',
    };
    const C: ValueCategory = {
      code: 'C',
      label: 'Kurang Baik',
      color: 'var(--pantau-sys-grade-ikm-c, #b45309)',
    };
    const data: HeatmapData = {
      rows: ['Disdukcapil', 'Dinsos'],
      cols: ['2023', '2024'],
      values: [91.2, 89, 70.1, null],
      categories: [A, A, C, null],
    };
    const out = renderHeatmap(data, {}, context(420, 200, 'en'));
    const fills = drawnCells(out.node).map((c) => c.fill);
    expect(fills).toEqual([A.color, A.color, C.color]);
    const texts = [...out.node.querySelectorAll('.pantau-heatmap-values text')].map(
      (t) => t.textContent,
    );
    expect(texts).toEqual(['91.2 (A)', '89.0 (A)', '70.1 (C)']);
    // On a grade token the text takes the surface token, as the bars' grade letters do: contrast
    // worked out from the light fallback would put white on the dark theme's light grade colours.
    const inks = [...out.node.querySelectorAll('.pantau-heatmap-values text')].map((t) =>
      t.getAttribute('fill'),
    );
    expect(inks).toEqual([INK.surface, INK.surface, INK.surface]);
    expect(out.legend!.map((l) => l.label)).toEqual([
      'A, Sangat Baik',
      'C, Kurang Baik',
      'not reported',
    ]);
    expect(out.table.rows).toEqual([
      ['Disdukcapil', '91.2 (A)', '89.0 (A)'],
      ['Dinsos', '70.1 (C)', 'not reported'],
    ]);
    expect(out.summary).toBe(
      'Highest: Disdukcapil (2023) 91.2 (A). Lowest: Dinsos (2023) 70.1 (C). ' +
        '1 cell not reported. Most not reported: Dinsos (1 of 2).',
    );
    await expect(svgText(out.node)).toMatchFileSnapshot('./__snapshots__/heatmap-grades.svg');
  });
});

describe('heatmap: dense', () => {
  it('draws more than 2,000 cells on a canvas with the same marks, table and summary', () => {
    const rows = Array.from({ length: 52 }, (_, i) => `Kelurahan ${i + 1}`);
    const cols = Array.from({ length: 48 }, (_, i) => month(2021, 1 + i));
    const values = Array.from({ length: rows.length * cols.length }, (_, i) =>
      i % 41 === 0 ? null : 50 + 40 * Math.sin(i / 30),
    );
    const out = renderHeatmap({ rows, cols, values }, {}, context(720, 520));
    expect(out.surface).toBe('canvas');
    expect(out.node.tagName).toBe('DIV');
    const canvas = out.node.querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    // Most of the grid is painted.
    expect(painted).toBeGreaterThan(canvas.width * canvas.height * 0.4);
    expect(out.marks).toHaveLength(52 * 48);
    expect(out.marks[48]).toMatchObject({ row: 1, col: 0 });
    expect(out.table.rows).toHaveLength(52);
    expect(out.table.rows[0]![1]).toBe('belum input');
    expect(out.summary).toContain('sel belum input');
    expect(out.node.querySelector('svg .pantau-legend-ramp')).not.toBeNull();
  });
});
