/** Digits after the decimal comma. `decimals` is the most shown, `minDecimals` the fewest. */
export interface DigitOptions {
  decimals?: number;
  minDecimals?: number;
}

/**
 * Intl digit options. Rounding is Intl's `halfExpand` (half away from zero) on the shortest
 * decimal form of the number, so 1.005 shows as 1,01 like `roundHalfUp` in the metrics.
 * `signDisplay: 'negative'` keeps -0.4 rounded to 0 from showing as "-0".
 */
export function digitOptions(options: DigitOptions, defaultDecimals: number) {
  const max = options.decimals ?? defaultDecimals;
  const min = Math.min(options.minDecimals ?? 0, max);
  return {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    signDisplay: 'negative',
  } satisfies Intl.NumberFormatOptions;
}
