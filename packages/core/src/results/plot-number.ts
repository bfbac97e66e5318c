/**
 * A result value as a number a chart can place, or null for "not reported". Exact sums and counts
 * (BIGINT, HUGEINT) may arrive as a bigint once they pass 2^53 (issue 18): a chart draws them at
 * the nearest double, which no axis can tell apart, instead of dropping them as missing. Text
 * that shows the figure (tables, labels) formats the bigint itself, exactly.
 */
export function plotNumber(value: unknown): number | null {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
