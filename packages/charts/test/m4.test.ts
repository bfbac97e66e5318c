import { describe, expect, it } from 'vitest';
import { m4Indices, m4Union, needsReduction } from '../src/line/m4.ts';

/** Pixel columns of four points each: px = i / 4. */
const px = (n: number, perColumn = 4) => Array.from({ length: n }, (_, i) => i / perColumn);

describe('M4 reduction', () => {
  it('keeps first, last, min and max of every pixel column, in order', () => {
    // Two columns of 5 points (px 0.0 .. 0.8 and 1.0 .. 1.8).
    const x = [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8];
    const v = [5, 9, 1, 4, 6, 3, 3, 10, -2, 7];
    expect(m4Indices(x, v)).toEqual([0, 1, 2, 4, 5, 7, 8, 9]);
  });

  it('keeps the extremes of a long series and at most 4 points per column', () => {
    const n = 100_000;
    const values = Array.from({ length: n }, (_, i) => Math.sin(i / 50) * 100 + (i % 7));
    values[12_345] = 1_000; // a spike
    values[67_890] = -1_000; // a dip
    const x = Array.from({ length: n }, (_, i) => (i / n) * 500);
    const kept = m4Indices(x, values);
    expect(kept).toContain(12_345);
    expect(kept).toContain(67_890);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    const perColumn = new Map<number, number>();
    for (const i of kept)
      perColumn.set(Math.floor(x[i]!), (perColumn.get(Math.floor(x[i]!)) ?? 0) + 1);
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(4);
    expect(kept.length).toBeLessThanOrEqual(4 * 500);
    // Ascending and unique: the line never runs backwards.
    expect(kept.every((k, j) => j === 0 || k > kept[j - 1]!)).toBe(true);
  });

  it('treats nulls as gaps: keeps one null between runs, never folds across it', () => {
    // One column holding two runs split by nulls.
    const x = px(9, 20);
    const v = [1, 8, 2, null, null, 3, 0, 9, 4];
    const kept = m4Indices(x, v);
    expect(kept).toEqual([0, 1, 2, 3, 5, 6, 7, 8]);
    // The run before the gap ends at index 2 and the next starts at 5: the line breaks at 3.
    expect(v[kept[3]!]).toBeNull();
  });

  it('drops leading nulls but keeps a trailing one to say the series stops', () => {
    expect(m4Indices(px(6), [null, null, 1, 2, 3, null])).toEqual([2, 3, 4, 5]);
    expect(m4Indices(px(3), [null, null, null])).toEqual([]);
    expect(m4Indices(px(4), [1, Number.NaN, 2, undefined])).toEqual([0, 1, 2, 3]);
  });

  it('unites several series so each is drawn through its own extremes', () => {
    const x = px(8, 8); // one column
    const a = [0, 9, 1, 1, 1, 1, 1, 2];
    const b = [5, 5, 5, 5, -3, 5, 5, 5];
    expect(m4Union(x, [a, b])).toEqual([0, 1, 4, 7]);
  });

  it('reduces only above about four points per pixel column', () => {
    expect(needsReduction(2_000, 500)).toBe(false);
    expect(needsReduction(2_001, 500)).toBe(true);
    expect(needsReduction(10, 0)).toBe(true);
  });
});
