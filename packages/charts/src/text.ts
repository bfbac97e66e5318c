/**
 * Label widths without the DOM. Layout must come out the same in Node (tests, the benchmark) and in
 * every browser, so widths are estimated from per-character advance widths instead of measured with
 * getComputedTextLength. The widths are those of DejaVu Sans (what `sans-serif` is on most Linux
 * desktops, and wider than Arial, Segoe UI or Roboto), so the estimate errs on the wide side and a
 * truncated label never overflows its slot.
 */

/** Default label size in px; matches `svgRoot`'s font-size. */
export const LABEL_FONT_SIZE = 12;

export const ELLIPSIS = '…';

// Advance widths in em (DejaVu Sans, rounded up), for characters that differ from their class.
const WIDTHS: Readonly<Record<string, number>> = {
  i: 0.28,
  j: 0.28,
  l: 0.28,
  f: 0.36,
  r: 0.4,
  t: 0.4,
  c: 0.56,
  s: 0.53,
  z: 0.53,
  k: 0.6,
  v: 0.6,
  x: 0.6,
  y: 0.6,
  m: 0.98,
  w: 0.82,
  I: 0.3,
  J: 0.3,
  E: 0.64,
  F: 0.58,
  L: 0.56,
  P: 0.61,
  T: 0.61,
  Y: 0.62,
  D: 0.78,
  G: 0.78,
  O: 0.79,
  Q: 0.79,
  H: 0.76,
  N: 0.75,
  U: 0.74,
  M: 0.87,
  W: 0.99,
  ' ': 0.32,
  '.': 0.32,
  ',': 0.32,
  ':': 0.34,
  ';': 0.34,
  '!': 0.4,
  "'": 0.28,
  '|': 0.34,
  '-': 0.37,
  '(': 0.4,
  ')': 0.4,
  '[': 0.4,
  ']': 0.4,
  '/': 0.34,
  '%': 0.95,
  '&': 0.78,
  '@': 1,
  '<': 0.84,
  '>': 0.84,
  '=': 0.84,
  '+': 0.84,
  '#': 0.84,
  '~': 0.84,
  '"': 0.46,
  '*': 0.5,
  _: 0.5,
  '?': 0.54,
  '…': 1,
};

/** Width of one character in em. */
function charWidthEm(char: string): number {
  const known = WIDTHS[char];
  if (known !== undefined) return known;
  if (char >= '0' && char <= '9') return 0.64;
  if (char >= 'a' && char <= 'z') return 0.64;
  if (char >= 'A' && char <= 'Z') return 0.7;
  // CJK, emoji and other wide scripts take about a full em.
  if ((char.codePointAt(0) ?? 0) >= 0x1100) return 1;
  return 0.64;
}

/** Bold text is about a tenth wider. */
const BOLD_FACTOR = 1.1;

/** Estimated rendered width of `text` in px at `fontSize` (bold adds about a tenth). */
export function textWidth(text: string, fontSize = LABEL_FONT_SIZE, bold = false): number {
  let em = 0;
  // for..of walks code points, so a surrogate pair counts once.
  for (const char of text) em += charWidthEm(char);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
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
  const scale = fontSize * (bold ? BOLD_FACTOR : 1);
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

/**
 * `text` on up to `maxLines` lines of `width` px, words kept whole where they fit; what does not
 * fit is cut with "…" on the last line, which also leaves `reserveLast` px free (for a share).
 */
export function wrapLines(
  text: string,
  width: number,
  maxLines = 2,
  reserveLast = 0,
  fontSize = LABEL_FONT_SIZE,
): { lines: string[]; truncated: boolean } {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  while (words.length > 0 && lines.length < maxLines - 1) {
    const line: string[] = [];
    while (words.length > 0 && textWidth([...line, words[0]].join(' '), fontSize) <= width) {
      line.push(words.shift()!);
    }
    if (line.length === 0) break; // a word wider than the line: cut it on the last line
    lines.push(line.join(' '));
  }
  if (words.length === 0) return { lines, truncated: false };
  const last = truncateText(words.join(' '), Math.max(0, width - reserveLast), fontSize);
  lines.push(last.text === '…' && lines.length > 0 ? '' : last.text);
  return { lines, truncated: last.truncated };
}
