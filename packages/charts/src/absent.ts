/**
 * Two kinds of value a chart cannot place, kept apart from the result to the text: `null` is
 * "belum input" (a unit that did not report) and NaN is "tak terhitung (dibagi nol)" (a ratio
 * over a zero denominator: the unit reported, the figure cannot be computed). Neither is drawn
 * as zero, and a not-computable value is never counted as not reported.
 */

/** NaN or ±Infinity: reported data, no figure (a division by zero). */
export function isNotComputable(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/** A finite number: something a scale can place. */
export function isPlaced(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The value as a chart keeps it: a finite number, null (not reported) or NaN (not computable). */
export function chartValue(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Number.isFinite(value) ? value : Number.NaN;
}
