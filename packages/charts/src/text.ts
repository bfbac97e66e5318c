/**
 * Label widths without the DOM. Layout must come out the same in Node (tests, the benchmark) and in
 * every browser, so widths are estimated from per-character advance widths of a typical sans-serif
 * (Helvetica/Arial metrics, in em) instead of measured with getComputedTextLength. The estimate
 * errs on the wide side so a truncated label never overflows its slot.
 */

/** Default label size in px; matches `svgRoot`'s font-size. */
export const LABEL_FONT_SIZE = 12;

export const ELLIPSIS = '…';

// Advance widths in em, grouped: one lookup per character, no per-glyph table to maintain.
const NARROW = new Set("iIjl.,:;'!|`");
const SEMI_NARROW = new Set('frt()[]{}-/\\ "');
const WIDE = new Set('mwMW@%');
const UPPER_WIDE = new Set('ABCDEGHKNOQRUVXY&');

/** Width of one character in em. */
export function charWidthEm(char: string): number {
  if (NARROW.has(char)) return 0.28;
  if (SEMI_NARROW.has(char)) return 0.36;
  if (WIDE.has(char)) return 0.86;
  if (UPPER_WIDE.has(char)) return 0.72;
  const code = char.codePointAt(0) ?? 0;
  if (char >= '0' && char <= '9') return 0.56;
  if (char >= 'A' && char <= 'Z') return 0.64;
  if (char >= 'a' && char <= 'z') return 0.56;
  // CJK, emoji and other wide scripts take about a full em.
  if (code >= 0x1100) return 1;
  return 0.6;
}

/** Estimated rendered width of `text` in px at `fontSize` (bold adds about 6%). */
export function textWidth(text: string, fontSize = LABEL_FONT_SIZE, bold = false): number {
  let em = 0;
  // for..of walks code points, so a surrogate pair counts once.
  for (const char of text) em += charWidthEm(char);
  return em * fontSize * (bold ? 1.06 : 1);
}

export interface Truncated {
  /** The text to draw: the whole text, or a prefix ending in "…". */
  text: string;
  /** True when characters were dropped: the caller then adds a `<title>` with the full text. */
  truncated: boolean;
}

/**
 * The longest prefix of `text` (plus "…") that fits `maxWidth` px. Cuts on code points, never
 * inside a surrogate pair, and trims a trailing space before the ellipsis.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize = LABEL_FONT_SIZE,
  bold = false,
): Truncated {
  if (textWidth(text, fontSize, bold) <= maxWidth) return { text, truncated: false };
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  const scale = fontSize * (bold ? 1.06 : 1);
  let used = 0;
  let kept = '';
  for (const char of text) {
    const w = charWidthEm(char) * scale;
    if (used + w > budget) break;
    used += w;
    kept += char;
  }
  kept = kept.trimEnd();
  return { text: kept === '' ? ELLIPSIS : kept + ELLIPSIS, truncated: true };
}

/** The widest of `texts`, capped at `max` px: how much room a label column needs. */
export function widestText(
  texts: readonly string[],
  max = Infinity,
  fontSize = LABEL_FONT_SIZE,
): number {
  let widest = 0;
  for (const t of texts) {
    widest = Math.max(widest, textWidth(t, fontSize));
    if (widest >= max) return max;
  }
  return widest;
}
