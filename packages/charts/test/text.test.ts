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

  it('is within reach of real sans-serif widths (Arial 12px "Disdukcapil" is about 56 px)', () => {
    const w = textWidth('Disdukcapil');
    expect(w).toBeGreaterThan(50);
    expect(w).toBeLessThan(70);
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
