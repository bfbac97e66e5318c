/**
 * Arrow becomes plain JS here, once, for everything downstream: numbers, `Date` for dates and
 * timestamps, `null` for missing. An integer beyond 2^53 stays a `bigint` (a count, a HUGEINT
 * sum): a number would silently round it. Charts and elements never see Arrow quirks.
 */
export type PlainValue =
  number | bigint | string | boolean | Date | null | PlainValue[] | { [key: string]: PlainValue };

// Kept free of Flechette's types: consumers' TypeScript reads this file for PlainValue, and
// Flechette's own declarations do not pass every strict setting (convert-values.ts uses them).

const MAX_EXACT = 2n ** 53n;

/** An integer as a number when a double holds it exactly (|v| <= 2^53), otherwise a bigint. */
export function exactInteger(value: bigint): number | bigint {
  return value <= MAX_EXACT && value >= -MAX_EXACT ? Number(value) : value;
}

/**
 * A scaled decimal (digits `value`, `scale` of them after the point) as the double nearest its
 * exact decimal text: 0.1 + 0.2 summed as DECIMAL reads 0.3. Number() of decimal text rounds
 * correctly; dividing two doubles would not.
 */
export function decimalToNumber(value: bigint, scale: number): number {
  if (scale <= 0) return Number(value * 10n ** BigInt(-scale));
  // Both exact as doubles (|digits| <= 2^53, 10^scale for scale <= 22): one IEEE division is
  // then correctly rounded too, the same double as the text, at a fraction of its cost.
  if (scale <= 22 && value <= MAX_EXACT && value >= -MAX_EXACT) return Number(value) / 10 ** scale;
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const point = digits.length - scale;
  return Number(`${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`);
}
