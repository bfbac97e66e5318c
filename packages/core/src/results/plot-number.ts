/**
 * A result value as a number a chart can place, null for "not reported", or NaN for "not
 * computable" (a ratio over a zero denominator: Pantau's `/` gives NaN, DuckDB's own gives
 * ±Infinity; both become NaN here, so a chart has one marker to tell apart from null and draws
 * neither). Exact sums and counts (BIGINT, HUGEINT) may arrive as a bigint once they pass 2^53
 * (issue 18): a chart draws them at the nearest double, which no axis can tell apart, instead of
 * dropping them as missing. Text that shows the figure (tables, labels) formats the bigint
 * itself, exactly.
 */
export function plotNumber(value: unknown): number | null {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'number') return null;
  return Number.isFinite(value) ? value : Number.NaN;
}
