import { describe, expect, it } from 'vitest';
import { SWATCH_SIZE, legendLayout, seriesSymbol, symbolPath } from '../src/legend.ts';
import { hatchSegments } from '../src/hatch.ts';
import { textWidth } from '../src/text.ts';

describe('legend layout', () => {
  it('puts items side by side while they fit, then wraps onto a new line', () => {
    const labels = ['Disdukcapil', 'Dinkes', 'DPMPTSP', 'Dinas Sosial'];
    const wide = legendLayout(labels, 1000);
    expect(new Set(wide.places.map((p) => p.y))).toEqual(new Set([0]));
    expect(wide.places.map((p) => p.x)).toEqual(
      [...wide.places.map((p) => p.x)].sort((a, b) => a - b),
    );

    const narrow = legendLayout(labels, 150);
    const lines = new Set(narrow.places.map((p) => p.y));
    expect(lines.size).toBeGreaterThan(1);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const place of narrow.places) {
      expect(place.x + SWATCH_SIZE + 6 + place.labelWidth).toBeLessThanOrEqual(150);
    }
  });

  it('cuts a label longer than the whole width instead of overflowing', () => {
    const long = 'Dinas Kependudukan dan Pencatatan Sipil Kota Banjarmasin';
    const [place] = legendLayout([long], 120).places;
    expect(place!.labelWidth).toBeLessThan(textWidth(long));
    expect(place!.labelWidth).toBe(120 - SWATCH_SIZE - 6);
  });

  it('takes no room without items', () => {
    expect(legendLayout([], 300)).toEqual({ places: [], height: 0, shown: 0 });
  });

  it('keeps within a height: as many items as fit, then how many were left out', () => {
    const labels = Array.from({ length: 80 }, (_, i) => `kel-unit-${i + 1}`);
    const full = legendLayout(labels, 300);
    expect(full.shown).toBe(80);
    const cut = legendLayout(labels, 300, 12, 60, (n) => `+${n} seri lainnya`);
    expect(cut.height).toBeLessThanOrEqual(60);
    expect(cut.shown).toBeGreaterThan(3);
    expect(cut.shown).toBeLessThan(80);
    expect(cut.places).toHaveLength(cut.shown);
    expect(cut.moreText?.text).toBe(`+${80 - cut.shown} seri lainnya`);
    // The text follows the last item shown, on its line or the next.
    const last = cut.places[cut.shown - 1]!;
    expect(cut.moreText!.y >= last.y).toBe(true);
    // Everything fits: nothing is cut.
    expect(legendLayout(labels.slice(0, 2), 300, 12, 60).moreText).toBeUndefined();
  });

  it('gives series distinct marker shapes, cycling', () => {
    expect([0, 1, 2, 3].map(seriesSymbol)).toEqual(['circle', 'square', 'triangle', 'diamond']);
    expect(seriesSymbol(4)).toBe('circle');
    expect(symbolPath('square', 10, 10, 5)).toMatch(/^M[\d.]+,[\d.]+H/);
  });
});

describe('hatching', () => {
  it('stays inside its box and lines up across neighbouring boxes', () => {
    const box = { x: 10, y: 20, width: 30, height: 12 };
    const segments = hatchSegments(box, 4);
    expect(segments.length).toBeGreaterThan(5);
    for (const [x1, y1, x2, y2] of segments) {
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(x).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(y).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(y).toBeLessThanOrEqual(box.y + box.height + 1e-9);
      }
      // "/" lines: x + y constant, on the shared grid.
      expect(x1 + y1).toBeCloseTo(x2 + y2, 9);
      expect((x1 + y1) % 4).toBeCloseTo(0, 9);
    }
    expect(hatchSegments({ x: 0, y: 0, width: 0, height: 10 })).toEqual([]);
  });
});
