// @ts-check
/** The statistics every report of `npm run bench` uses. */

/**
 * The q-quantile by the nearest-rank method (no interpolation: every figure is a measured one).
 * @param {number[]} xs
 * @param {number} q
 */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return /** @type {number} */ (s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN);
}

export const median = (/** @type {number[]} */ xs) => quantile(xs, 0.5);
