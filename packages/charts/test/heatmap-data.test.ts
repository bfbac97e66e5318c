import { describe, expect, it } from 'vitest';
import { pivotHeatmap } from '../src/heatmap/data.ts';
import { luminance, sequentialColor, textColorOn } from '../src/heatmap/heatmap.ts';
import { SEQUENTIAL_STOPS } from '../src/palette.ts';

const utc = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));

describe('heatmap pivot', () => {
  it('turns long rows into a row-major matrix, putting back months nobody reported', () => {
    const data = pivotHeatmap({
      rows: ['Dinkes', 'Dinsos', 'Dinkes', 'Dinsos'],
      cols: [utc(2024, 1), utc(2024, 1), utc(2024, 3), utc(2024, 4)],
      values: [80, 70, 82, null],
    });
    expect(data.rows).toEqual(['Dinkes', 'Dinsos']);
    expect(data.cols).toEqual([utc(2024, 1), utc(2024, 2), utc(2024, 3), utc(2024, 4)]);
    expect(data.values).toEqual([80, null, 82, null, 70, null, null, null]);
  });

  it('keeps text columns in order of appearance, honours a row order, and carries grades', () => {
    const A = { code: 'A', label: 'Sangat Baik', color: '#15803d' };
    const data = pivotHeatmap(
      {
        rows: ['x', 'y', 'x'],
        cols: ['U2', 'U1', 'U1'],
        values: [3, 2, 1],
        categories: [A, null, A],
      },
      { rowOrder: ['y', 'x'] },
    );
    expect(data.cols).toEqual(['U2', 'U1']);
    expect(data.rows).toEqual(['y', 'x']);
    expect(data.values).toEqual([null, 2, 3, 1]);
    expect(data.categories).toEqual([null, null, A, A]);
  });
});

describe('heatmap colours', () => {
  it('spreads the palette over the domain and clamps outside it', () => {
    const color = sequentialColor([0, 100]);
    const first = SEQUENTIAL_STOPS[0]!;
    const last = SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]!;
    expect(luminance(color(0))).toBeCloseTo(luminance(first)!, 6);
    expect(luminance(color(100))).toBeCloseTo(luminance(last)!, 6);
    expect(color(-5)).toBe(color(0));
    expect(luminance(color(25))!).toBeGreaterThan(luminance(color(75))!);
    // A single value still gets a colour.
    expect(luminance(sequentialColor([5, 5])(5))).not.toBeNull();
  });

  it('picks dark text on light cells and white on dark ones, reading var() fallbacks', () => {
    expect(textColorOn('#eff6ff')).toBe('#111827');
    expect(textColorOn('rgb(30, 58, 138)')).toBe('#ffffff');
    expect(textColorOn('var(--pantau-sys-grade-ikm-a, #15803d)')).toBe('#ffffff');
    expect(textColorOn('#fff')).toBe('#111827');
    expect(luminance('not a colour')).toBeNull();
  });
});
