import { describe, expect, it } from 'vitest';
import { ELLIPSIS, textWidth, truncateText, widestText } from '../src/text.ts';

describe('label width estimate', () => {
  it('is deterministic, grows with the text and with the font size', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('Disdukcapil')).toBe(textWidth('Disdukcapil'));
    expect(textWidth('Disdukcapil')).toBeGreaterThan(textWidth('Dinkes'));
    expect(textWidth('Dinkes', 24)).toBeCloseTo(textWidth('Dinkes', 12) * 2);
    expect(textWidth('Dinkes', 12, true)).toBeGreaterThan(textWidth('Dinkes', 12));
  });

  it('counts narrow and wide characters differently', () => {
    expect(textWidth('iiii')).toBeLessThan(textWidth('MMMM'));
    // A surrogate pair (emoji) is one character, about an em.
    expect(textWidth('😀')).toBe(12);
  });

  it('errs wide: at least DejaVu Sans widths (measured in Chromium at 12 px), not far above', () => {
    const measured: [string, number][] = [
      ['Disdukcapil', 69.2],
      ['belum input', 72.3],
      ['1.234.567,89', 80.2],
      ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 357],
      ['<img src=x onerror=alert(1)>', 183.8],
    ];
    for (const [text, real] of measured) {
      expect(textWidth(text), text).toBeGreaterThanOrEqual(real);
      expect(textWidth(text), text).toBeLessThan(real * 1.08);
    }
  });
});

describe('truncation', () => {
  it('keeps text that fits', () => {
    expect(truncateText('Dinkes', 200)).toEqual({ text: 'Dinkes', truncated: false });
  });

  it('cuts text that does not fit, ends with an ellipsis and fits the width', () => {
    const name = 'Dinas Kependudukan dan Pencatatan Sipil';
    const fit = truncateText(name, 120);
    expect(fit.truncated).toBe(true);
    expect(fit.text.endsWith(ELLIPSIS)).toBe(true);
    expect(name.startsWith(fit.text.slice(0, -1))).toBe(true);
    expect(textWidth(fit.text)).toBeLessThanOrEqual(120);
    // No space right before the ellipsis.
    expect(fit.text).not.toMatch(/\s…$/);
  });

  it('never splits a surrogate pair and gives at least an ellipsis', () => {
    const fit = truncateText('😀😀😀😀', 30);
    expect(fit.text).toBe('😀' + ELLIPSIS);
    expect(truncateText('Disdukcapil', 1).text).toBe(ELLIPSIS);
  });

  it('treats markup as plain characters', () => {
    const fit = truncateText('<img src=x onerror=alert(1)>', 60);
    expect(fit.text.startsWith('<img')).toBe(true);
  });

  it('finds the widest label, capped', () => {
    expect(widestText(['a', 'Disdukcapil'])).toBe(textWidth('Disdukcapil'));
    expect(widestText(['a', 'Disdukcapil'], 20)).toBe(20);
    expect(widestText([])).toBe(0);
  });
});
