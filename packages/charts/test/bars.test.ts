import { describe, expect, it } from 'vitest';
import { GRADE_COLORS, SERIES_COLORS } from '../src/palette.ts';
import {
  chooseOrientation,
  preferredBarsHeight,
  stackTotals,
  targetSentence,
} from '../src/bars/index.ts';

const pct = (v: number | null) => (v === null ? 'belum input' : `${Math.round(v * 100)}%`);

describe('bars: pure helpers', () => {
  it('chooses vertical only for a few labels that fit under their columns', () => {
    expect(chooseOrientation(['Jan', 'Feb', 'Mar'], 480)).toBe('vertical');
    expect(chooseOrientation(['Dinas Kependudukan dan Pencatatan Sipil', 'Dinkes'], 300)).toBe(
      'horizontal',
    );
    expect(
      chooseOrientation(
        Array.from({ length: 13 }, (_, i) => `${i}`),
        2000,
      ),
    ).toBe('horizontal');
    expect(chooseOrientation([], 480)).toBe('horizontal');
  });

  it('totals stacks over reported parts; a stack with none reported is null, not zero', () => {
    expect(
      stackTotals(
        ['a', 'b', 'c'],
        [
          { name: 'x', values: [1, null, null] },
          { name: 'y', values: [2, 5, null] },
        ],
      ),
    ).toEqual([3, 5, null]);
  });

  it('sizes a ranking at about 28 px a bar, more with a legend and grouped series', () => {
    expect(preferredBarsHeight(10)).toBe(8 + 280 + 26);
    expect(preferredBarsHeight(10, { legend: true, target: true })).toBe(8 + 28 + 16 + 280 + 26);
    expect(preferredBarsHeight(3, { mode: 'grouped', series: 2 })).toBeGreaterThan(
      preferredBarsHeight(3),
    );
    expect(preferredBarsHeight(0)).toBe(preferredBarsHeight(1));
  });

  it('counts who reaches a target, in both languages', () => {
    const values = [0.95, 0.9, 0.8, null];
    expect(targetSentence(values, 0.9, { lang: 'id', formatValue: pct })).toBe(
      '2 dari 3 unit mencapai target 90%.',
    );
    expect(targetSentence(values, 0.9, { lang: 'en', formatValue: pct })).toBe(
      '2 of 3 units reach the target of 90%.',
    );
    expect(targetSentence([null], 0.9, { lang: 'en', formatValue: pct })).toBe('');
  });
});

/** WCAG 2.2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('bars: text on marks', () => {
  it('writes grade letters and stacked values legibly (4.5:1) in the light surface colour', () => {
    for (const color of [...Object.values(GRADE_COLORS), ...SERIES_COLORS]) {
      expect(contrast('#ffffff', color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
