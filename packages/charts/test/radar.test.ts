import { describe, expect, it } from 'vitest';
import { radarAngle, radarDomain, radarRuns, radarSummary } from '../src/radar/radar.ts';
import type { ChartContext } from '../src/types.ts';

function context(lang: 'id' | 'en' = 'id'): ChartContext {
  const nf = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return {
    lang,
    size: { width: 400, height: 320 },
    formatValue: (v) =>
      v === null ? (lang === 'id' ? 'belum input' : 'not reported') : nf.format(v),
  };
}

describe('radar outline', () => {
  it('closes the outline when every axis is reported', () => {
    expect(radarRuns([3, 3.2, 3.1])).toEqual([{ axes: [0, 1, 2], closed: true }]);
  });

  it('breaks the outline at a missing axis, joining the run across the wrap', () => {
    expect(radarRuns([3, 3.2, null, 3.1, 3.4])).toEqual([{ axes: [3, 4, 0, 1], closed: false }]);
    expect(radarRuns([null, 3, null, 3, 3])).toEqual([
      { axes: [3, 4], closed: false },
      { axes: [1], closed: false },
    ]);
    expect(radarRuns([null, null])).toEqual([]);
    expect(radarRuns([])).toEqual([]);
  });

  it("puts axis 0 at 12 o'clock and goes clockwise", () => {
    expect(radarAngle(0, 4)).toBe(0);
    expect(radarAngle(1, 4)).toBeCloseTo(Math.PI / 2, 10);
  });

  it('uses a fixed domain when given, else 0 to a nice maximum', () => {
    const data = { axes: ['a', 'b'], series: [{ name: 's', values: [3.2, 87] }] };
    expect(radarDomain(data, { domain: [1, 4] })).toEqual([1, 4]);
    expect(radarDomain(data, {})).toEqual([0, 100]);
    expect(radarDomain({ axes: ['a'], series: [{ name: 's', values: [null] }] }, {})).toEqual([
      0, 1,
    ]);
  });
});

describe('radar summary', () => {
  const axes = ['U1', 'U2', 'U3'];
  const axisLabels = ['Persyaratan', 'Prosedur', 'Waktu Penyelesaian'];

  it('names the strongest and weakest axes and the missing ones', () => {
    const data = { axes, axisLabels, series: [{ name: 'Kota', values: [3.52, 3.61, null] }] };
    expect(radarSummary(data, context())).toBe(
      'Tertinggi: U2 Prosedur 3,61. Terendah: U1 Persyaratan 3,52. 1 sumbu belum input.',
    );
  });

  it('prefixes each series when there are several', () => {
    const data = {
      axes,
      series: [
        { name: 'Disdukcapil', values: [3.5, 3.6, 3.4] },
        { name: 'Dinsos', values: [3.1, 3.1, 3.1] },
      ],
    };
    expect(radarSummary(data, context('en'))).toBe(
      'Disdukcapil: Highest: U2 3.60. Lowest: U3 3.40. Dinsos: All 3 axes equal: 3.10.',
    );
  });
});
