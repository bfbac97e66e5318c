/**
 * How many digits after the decimal separator a `format` shows for a figure, counted on the
 * number itself (a percentage's two extra places included): what a download rounds to, so a
 * spreadsheet holds the figures the chart shows. Kept beside parse-format.ts's defaults.
 */

/** Each numeric format's digits when the spec gives no `:N`, and what `:N` adds. */
const DEFAULT_DECIMALS: Readonly<Record<string, { decimals: number; shift: number }>> = {
  number: { decimals: 2, shift: 0 },
  // 0.8856 shows as 88,6%: one place of the percentage is three of the fraction.
  percent: { decimals: 1, shift: 2 },
  currency: { decimals: 0, shift: 0 },
  days: { decimals: 1, shift: 0 },
  // Compact ("1,2 jt") is for cards; a file keeps the figure, to the hundredth like `number`.
  compact: { decimals: 2, shift: 0 },
  ikm: { decimals: 2, shift: 0 },
};

/**
 * Digits after the separator that `spec` shows (`percent:2` -> 4, `ikm` -> 2), or null for a
 * format that is not a number's (text, dates) or not known.
 */
export function formatDecimals(spec: string): number | null {
  const match = /^([a-z]+)(?::(\d+))?$/.exec(spec.trim());
  const name = match?.[1];
  // Own keys only: "constructor" is not a format.
  if (name === undefined || !Object.hasOwn(DEFAULT_DECIMALS, name)) return null;
  const base = DEFAULT_DECIMALS[name]!;
  const given = match?.[2] === undefined ? base.decimals : Number(match[2]);
  return given + base.shift;
}
