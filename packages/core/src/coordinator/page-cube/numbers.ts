/**
 * DuckDB's numbers, as the page computes them from a cube: integers and decimals exact (bigint,
 * decimals as scaled integers), doubles as IEEE doubles, and DuckDB's own rules for the type an
 * operation yields (checked against DuckDB 1.4's answers in page-cube.test.ts). Where DuckDB
 * would raise an error (an overflow) or round in a way the page cannot repeat (a bigint beyond
 * 2^53 made a double), the page does not answer: `Unanswerable` sends the plan back to DuckDB.
 */

/** What a value is: its DuckDB family and, for exact numbers, its width. */
export type Kind =
  | { k: 'int'; bits: 8 | 16 | 32 | 64 | 128 }
  | { k: 'dec'; precision: number; scale: number }
  | { k: 'dbl' }
  | { k: 'bool' }
  | { k: 'null' }
  /** Dates, times, text: only passed through (min, max); `type` is the Arrow type's name. */
  | { k: 'other'; type: string };

/** Raised while answering: the page cannot give DuckDB's answer exactly, so DuckDB gives it. */
export class Unanswerable extends Error {}

export const unanswerable = (why: string): never => {
  throw new Unanswerable(why);
};

const MAX_EXACT = 2n ** 53n;

/** Digits an integer of this width converts to (DuckDB's decimal cast of integers). */
const INT_DIGITS: Readonly<Record<number, number>> = { 8: 3, 16: 5, 32: 10, 64: 19, 128: 38 };

function asDecimal(kind: Kind): { precision: number; scale: number } {
  if (kind.k === 'dec') return kind;
  if (kind.k === 'int') return { precision: INT_DIGITS[kind.bits]!, scale: 0 };
  return unanswerable(`not an exact number: ${kind.k}`);
}

/** The type two values are compared or unified as (coalesce, greatest, CASE branches). */
export function commonKind(a: Kind, b: Kind): Kind | null {
  if (a.k === 'null') return b;
  if (b.k === 'null') return a;
  if (a.k === 'other' || b.k === 'other') {
    return a.k === 'other' && b.k === 'other' && a.type === b.type ? a : null;
  }
  if (a.k === 'bool' || b.k === 'bool') return a.k === b.k ? a : null;
  if (a.k === 'dbl' || b.k === 'dbl') return { k: 'dbl' };
  if (a.k === 'int' && b.k === 'int') return { k: 'int', bits: Math.max(a.bits, b.bits) as 128 };
  const x = asDecimal(a);
  const y = asDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  const whole = Math.max(x.precision - x.scale, y.precision - y.scale);
  return { k: 'dec', precision: Math.min(38, whole + scale), scale };
}

/** The type of `a op b` for + - * (division is always a double, see `divide`). */
export function arithmeticKind(op: '+' | '-' | '*', a: Kind, b: Kind): Kind | null {
  if (a.k === 'bool' || b.k === 'bool' || a.k === 'other' || b.k === 'other') return null;
  if (a.k === 'null' || b.k === 'null') return a.k === 'null' ? (b.k === 'null' ? a : b) : a;
  if (a.k === 'dbl' || b.k === 'dbl') return { k: 'dbl' };
  if (a.k === 'int' && b.k === 'int') return { k: 'int', bits: Math.max(a.bits, b.bits) as 128 };
  const x = asDecimal(a);
  const y = asDecimal(b);
  const widest = Math.max(x.precision, y.precision);
  if (op === '*') {
    const scale = x.scale + y.scale;
    let precision = x.precision + y.precision;
    if (scale > 38) return null;
    if (precision > 18 && widest <= 18 && scale < 18) precision = 18;
    return { k: 'dec', precision: Math.min(precision, 38), scale };
  }
  const scale = Math.max(x.scale, y.scale);
  const whole = Math.max(x.precision - x.scale, y.precision - y.scale);
  let precision = Math.max(scale + whole, widest) + 1;
  if (precision > 18 && widest <= 18) precision = 18;
  return { k: 'dec', precision: Math.min(precision, 38), scale };
}

/** `value` (of `from`) as the type `to`: rescaled, widened, or made a double as DuckDB casts. */
export function cast(value: unknown, from: Kind, to: Kind): unknown {
  if (value === null || (from.k === to.k && (from.k !== 'dec' || sameScale(from, to)))) {
    return value;
  }
  if (to.k === 'dbl') return toDouble(value, from);
  if (to.k === 'dec' && (from.k === 'int' || from.k === 'dec')) {
    const scale = from.k === 'dec' ? from.scale : 0;
    return checkWidth((value as bigint) * 10n ** BigInt(to.scale - scale), to);
  }
  if (to.k === 'int' && from.k === 'int') return value;
  return unanswerable(`cast ${from.k} to ${to.k}`);
}

function sameScale(a: Kind, b: Kind): boolean {
  return a.k === 'dec' && b.k === 'dec' && a.scale === b.scale;
}

/**
 * DuckDB's cast to DOUBLE: an integer converted, a decimal's digits converted then divided by
 * 10^scale. Exact the same only while the digits fit a double's 53 bits.
 */
export function toDouble(value: unknown, kind: Kind): number | null {
  if (value === null) return null;
  if (kind.k === 'dbl') return value as number;
  if (kind.k === 'int' || kind.k === 'dec') {
    const digits = value as bigint;
    if (digits > MAX_EXACT || digits < -MAX_EXACT) return unanswerable('beyond 2^53 as a double');
    const scale = kind.k === 'dec' ? kind.scale : 0;
    return scale === 0 ? Number(digits) : Number(digits) / 10 ** scale;
  }
  return unanswerable(`${kind.k} as a double`);
}

/** DuckDB raises an overflow error here; the page leaves the plan to it. */
function checkWidth(value: bigint, kind: Kind): bigint {
  const limit =
    kind.k === 'dec'
      ? 10n ** BigInt(kind.precision)
      : kind.k === 'int'
        ? 2n ** BigInt(kind.bits - 1)
        : null;
  if (limit !== null && (value >= limit || value < -limit)) unanswerable('overflow');
  return value;
}

export function arithmetic(op: '+' | '-' | '*', a: unknown, b: unknown, kind: Kind): unknown {
  if (a === null || b === null) return null;
  if (kind.k === 'dbl') {
    const x = a as number;
    const y = b as number;
    return op === '+' ? x + y : op === '-' ? x - y : x * y;
  }
  const x = a as bigint;
  const y = b as bigint;
  return checkWidth(op === '+' ? x + y : op === '-' ? x - y : x * y, kind);
}

/** Ordering of two non-null values of one kind (after `cast` to their common kind). */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    // DuckDB orders NaN above every number.
    if (Number.isNaN(a) || Number.isNaN(b))
      return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = a as bigint;
  const y = b as bigint;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** DuckDB compares text by its UTF-8 bytes: code point order, not JS's UTF-16 unit order. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (code points above U+FFFF) sort after every other unit in UTF-8.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
