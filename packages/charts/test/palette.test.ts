import { describe, expect, it } from 'vitest';
import { GRADE_COLORS, SERIES_COLORS, gradeColor, seriesColor } from '../src/index.ts';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('palette', () => {
  it('gives every series and grade colour at least 3:1 against white (WCAG 1.4.11)', () => {
    for (const color of [...SERIES_COLORS, ...Object.values(GRADE_COLORS)]) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives white grade letters 4.5:1 on every grade colour (WCAG 1.4.3)', () => {
    for (const color of Object.values(GRADE_COLORS)) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('wraps series colours in themable variables', () => {
    expect(seriesColor(0)).toBe('var(--pantau-sys-series-1, #1f5fa8)');
    expect(seriesColor(9)).toBe(seriesColor(1));
    expect(gradeColor('ikm', 'A')).toBe('var(--pantau-sys-grade-ikm-a, #15803d)');
    expect(gradeColor('pekppp', 'A-')).toBe('var(--pantau-sys-grade-pekppp-a-minus, #4d7c0f)');
  });
});

describe('dark theme grade colours', () => {
  it('keep 3:1 against the dark surface and 4.5:1 for the surface-coloured letter on them', async () => {
    const { readFileSync } = await import('node:fs');
    const tokens = readFileSync(
      new URL('../../widgets/src/base/tokens.ts', import.meta.url),
      'utf8',
    );
    const dark = tokens.slice(tokens.indexOf('darkTokens'));
    const surface = /--pantau-sys-surface:\s*(#[0-9a-f]{6})/.exec(dark)![1]!;
    const grades = [...dark.matchAll(/--pantau-sys-grade-[\w-]+:\s*(#[0-9a-f]{6})/g)].map(
      (m) => m[1]!,
    );
    expect(grades.length).toBeGreaterThanOrEqual(17);
    for (const color of grades) expect(contrast(color, surface), color).toBeGreaterThanOrEqual(4.5);
  });
});
