import { describe, expect, it } from 'vitest';
import {
  donutLayout,
  donutSummary,
  formatShare,
  placeOutside,
  shareLabel,
} from '../src/donut/index.ts';
import { wrapLines } from '../src/text.ts';
import type { ChartContext } from '../src/types.ts';

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US');
  return {
    lang,
    size: { width: 400, height: 260 },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
  };
}

const TAU = 2 * Math.PI;

describe('donutLayout', () => {
  it("turns values into shares and angles, largest first, clockwise from 12 o'clock", () => {
    const layout = donutLayout({ category: ['a', 'b', 'c'], value: [10, 30, 60] });
    expect(layout.total).toBe(100);
    expect(layout.slices.map((s) => s.label)).toEqual(['c', 'b', 'a']);
    expect(layout.slices.map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    expect(layout.slices[0]!.startAngle).toBe(0);
    expect(layout.slices[0]!.endAngle).toBeCloseTo(0.6 * TAU, 10);
    expect(layout.slices[2]!.endAngle).toBeCloseTo(TAU, 10);
  });

  it('keeps the input order when asked (stages have an order of their own)', () => {
    const layout = donutLayout(
      { category: ['inisiatif', 'uji coba', 'penerapan'], value: [5, 10, 38] },
      { sort: false },
    );
    expect(layout.slices.map((s) => s.label)).toEqual(['inisiatif', 'uji coba', 'penerapan']);
  });

  it('never draws null as a slice: it is listed as missing; zero and negatives are not slices', () => {
    const layout = donutLayout({ category: ['a', 'b', 'c', 'd'], value: [5, null, 0, -2] });
    expect(layout.slices.map((s) => s.label)).toEqual(['a']);
    expect(layout.missing).toEqual([1]);
    expect(layout.zero).toEqual([2]);
    expect(layout.negative).toEqual([3]);
    expect(layout.total).toBe(5);
  });

  it('groups two or more slices under 3% into "Lainnya", last, but leaves one small slice alone', () => {
    const grouped = donutLayout({ category: ['a', 'b', 'c', 'd'], value: [90, 6, 2, 2] });
    expect(grouped.slices.map((s) => (s.other ? 'other' : s.label))).toEqual(['a', 'b', 'other']);
    expect(grouped.slices[2]!.value).toBe(4);
    expect(grouped.slices[2]!.indices).toEqual([2, 3]);
    const single = donutLayout({ category: ['a', 'b', 'c'], value: [90, 8, 2] });
    expect(single.slices.map((s) => s.label)).toEqual(['a', 'b', 'c']);
    expect(
      donutLayout({ category: ['a', 'b', 'c'], value: [96, 2, 2] }, { otherBelow: 0 }).slices,
    ).toHaveLength(3);
  });

  it('keeps at most maxSlices slices, "Lainnya" included', () => {
    const category = ['a', 'b', 'c', 'd', 'e', 'f'];
    const layout = donutLayout({ category, value: [30, 25, 20, 15, 6, 4] }, { maxSlices: 4 });
    expect(layout.slices.map((s) => (s.other ? 'other' : s.label))).toEqual([
      'a',
      'b',
      'c',
      'other',
    ]);
    expect(layout.slices[3]!.value).toBe(25);
    const exact = donutLayout(
      { category: ['a', 'b', 'c', 'd'], value: [30, 25, 20, 15] },
      { maxSlices: 4 },
    );
    expect(exact.slices.some((s) => s.other)).toBe(false);
  });

  it('uses given colours and series colours for the rest', () => {
    const layout = donutLayout({ category: ['a', 'b'], value: [1, 2], color: ['#111111', null] });
    expect(layout.slices.find((s) => s.label === 'a')!.color).toBe('#111111');
    expect(layout.slices.find((s) => s.label === 'b')!.color).toContain('--pantau-sys-series-2');
  });
});

describe('donut labels and text', () => {
  it('pushes outside labels apart so none overlap', () => {
    const layout = donutLayout(
      { category: ['a', 'b', 'c', 'd'], value: [97, 1, 1, 1] },
      { otherBelow: 0 },
    );
    const placed = placeOutside(layout.slices, [15, 30, 15, 15], 80, 200, 120, 240);
    for (const side of [-1, 1]) {
      const ys = placed
        .filter((p) => p.side === side)
        .map((p) => p.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15 - 1e-9);
    }
  });

  it('wraps long names onto two lines, keeping words whole, and cuts what is left', () => {
    expect(wrapLines('inovasi tata kelola pemerintahan daerah', 140)).toEqual({
      lines: ['inovasi tata kelola', 'pemerintahan daerah'],
      truncated: false,
    });
    const cut = wrapLines('Penanganan Pengaduan, Saran dan Masukan dari Masyarakat Umum', 100);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]).toMatch(/…$/);
    expect(cut.truncated).toBe(true);
    expect(wrapLines('Disdukcapil', 200)).toEqual({ lines: ['Disdukcapil'], truncated: false });
    // The share goes on a line of its own when the name fills the last line.
    expect(shareLabel('digital', '54,5%', 60).lines).toEqual(['digital', '']);
    expect(shareLabel('digital', '54,5%', 120).lines).toEqual(['digital']);
  });

  it('formats shares in the chart language', () => {
    expect(formatShare(0.545, 'id')).toBe('54,5%');
    expect(formatShare(0.545, 'en')).toBe('54.5%');
  });

  it('summarises largest and smallest with shares, the total and what is not reported', () => {
    const data = { category: ['digital', 'non-digital', 'lainnya'], value: [18, 15, null] };
    expect(donutSummary(donutLayout(data), data, context())).toBe(
      'Tertinggi: digital 18 (54,5%). Terendah: non-digital 15 (45,5%). Total 33. 1 kategori belum input.',
    );
    const tie = { category: ['a', 'b'], value: [5, 5] };
    expect(donutSummary(donutLayout(tie), tie, context('en'))).toBe(
      'All 2 categories equal: 5 (50%). Total 10.',
    );
    const none = { category: ['a'], value: [null] };
    expect(donutSummary(donutLayout(none), none, context('en'))).toBe('1 category not reported.');
  });
});
