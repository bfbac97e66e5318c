import { describe, expect, it } from 'vitest';
import { sparklinePoints, sparklineSegments, sparklineSummary } from '../src/kpi/index.ts';
import type { ChartContext } from '../src/types.ts';

const box = { x: 0, y: 0, width: 107, height: 47 };

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    lang,
    size: { width: 100, height: 40 },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
    formatLabel: (v) => String(v),
  };
}

describe('sparkline', () => {
  it('spaces periods evenly and puts the highest value at the top', () => {
    const points = sparklinePoints([1, 3, 2], box);
    expect(points.map((p) => p.x)).toEqual([3.5, 53.5, 103.5]);
    expect(points[1]!.y).toBe(3.5);
    expect(points[0]!.y).toBe(43.5);
    expect(points[2]!.y).toBe(23.5);
  });

  it('leaves missing periods without a y and breaks the line there', () => {
    const points = sparklinePoints([1, null, 2, 3, null], box);
    expect(points[1]!.y).toBeNull();
    expect(points[1]!.value).toBeNull();
    const segments = sparklineSegments(points);
    expect(segments.map((s) => s.map((p) => p.index))).toEqual([[0], [2, 3]]);
  });

  it('centres a flat series and copes with nothing reported', () => {
    expect(sparklinePoints([5, 5], box).map((p) => p.y)).toEqual([23.5, 23.5]);
    expect(sparklineSegments(sparklinePoints([null, null], box))).toEqual([]);
  });

  it('summarises first and last reported values and the missing periods', () => {
    const data = { x: ['Jan', 'Feb', 'Mar'], values: [86.1, null, 88.56] };
    expect(sparklineSummary(data, context())).toBe(
      'Nilai: 86,10 (Jan) sampai 88,56 (Mar). 1 periode belum input.',
    );
    expect(sparklineSummary({ x: ['Jan', 'Feb'], values: [null, null] }, context('en'))).toBe(
      'No data.',
    );
    expect(
      sparklineSummary({ x: ['Jan', 'Feb', 'Mar'], values: [1, null, null] }, context('en')),
    ).toBe('Value: 1.00 (Jan). 2 periods not reported.');
  });
});
