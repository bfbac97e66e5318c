/**
 * ICU puts a no-break space (U+00A0) in `Rp 1.234.568` and `12 rb`, and a narrow one (U+202F) in
 * some English times; engines differ on which. Every output uses a plain space instead, so a
 * string reads the same in Node and every browser, matches the d3 locale's `Rp ` in chart ticks,
 * and copies cleanly into a spreadsheet. Widgets that must not wrap a value use CSS `nowrap`.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
