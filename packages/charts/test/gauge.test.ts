import { describe, expect, it } from 'vitest';
import {
  gaugeAngle,
  gaugeCategory,
  gaugeDomain,
  gaugeSegments,
  gaugeSummary,
} from '../src/gauge/index.ts';
import type { CategoryBand, ChartContext } from '../src/types.ts';

/** IKM categories as core prints them (D starts at 0 so 0.11 weights still land in D). */
const IKM: CategoryBand[] = [
  { code: 'A', label: 'Sangat Baik', min: 88.31, max: 100, color: '#15803d' },
  { code: 'B', label: 'Baik', min: 76.61, max: 88.3, color: '#1d4ed8' },
  { code: 'C', label: 'Kurang Baik', min: 65, max: 76.6, color: '#b45309' },
  { code: 'D', label: 'Tidak Baik', min: 0, max: 64.99, color: '#b91c1c' },
];

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    lang,
    size: { width: 300, height: 200 },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
  };
}

describe('gauge geometry', () => {
  it('maps the domain onto a half ring, clamping values outside it', () => {
    expect(gaugeAngle(25, [25, 100])).toBeCloseTo(-Math.PI / 2, 10);
    expect(gaugeAngle(62.5, [25, 100])).toBeCloseTo(0, 10);
    expect(gaugeAngle(100, [25, 100])).toBeCloseTo(Math.PI / 2, 10);
    expect(gaugeAngle(120, [25, 100])).toBeCloseTo(Math.PI / 2, 10);
    expect(gaugeAngle(0, [25, 100])).toBeCloseTo(-Math.PI / 2, 10);
  });

  it('draws bands lowest first, closing printed gaps and clipping to the domain', () => {
    const segments = gaugeSegments({ bands: IKM, domain: [25, 100] });
    expect(segments.map((s) => [s.band.code, s.from, s.to])).toEqual([
      ['D', 25, 65],
      ['C', 65, 76.61],
      ['B', 76.61, 88.31],
      ['A', 88.31, 100],
    ]);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.startAngle).toBe(segments[i - 1]!.endAngle);
    }
  });

  it('spans the bands when no domain is given', () => {
    expect(gaugeDomain({ bands: IKM })).toEqual([0, 100]);
    expect(gaugeDomain({ bands: [] })).toEqual([0, 1]);
  });
});

describe('gauge category', () => {
  it('prefers the category the caller decided', () => {
    const given = { code: 'X', label: 'given', color: '#000' };
    expect(gaugeCategory({ value: 90, category: given }, IKM)).toBe(given);
    expect(gaugeCategory({ value: 90, category: null }, IKM)).toBeNull();
  });

  it('finds the band otherwise, including a value between two printed bands', () => {
    expect(gaugeCategory({ value: 88.56 }, IKM)?.code).toBe('A');
    expect(gaugeCategory({ value: 64.995 }, IKM)?.code).toBe('D');
    expect(gaugeCategory({ value: null }, IKM)).toBeNull();
    expect(gaugeCategory({ value: 120 }, IKM)).toBeNull();
  });

  it('summarises the value with its category and the scale', () => {
    expect(
      gaugeSummary({ value: 88.56 }, { bands: IKM, domain: [25, 100], label: 'IKM' }, context()),
    ).toBe('IKM 88,56 (A, Sangat Baik). Skala 25 sampai 100.');
    expect(
      gaugeSummary({ value: null }, { bands: IKM, domain: [25, 100], label: 'IKM' }, context('en')),
    ).toBe('IKM not reported. Scale 25 to 100.');
  });
});
