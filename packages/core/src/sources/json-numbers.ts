/**
 * `JSON.parse` reads every number as a double: an ID or a budget in rupiah beyond 2^53 is
 * silently rounded (9007199254740993 becomes ...992). This parse is exact: integer tokens beyond
 * 2^53 are found by a scan that knows JSON's strings, and become bigints; everything else is
 * `JSON.parse`'s own work. Keys such as `__proto__` stay plain data (JSON.parse makes them own
 * properties; nothing here assigns by key).
 */

const MARK = '\u0000\u0001';
const MARK_ESCAPED = '\\u0000\\u0001';
const SAFE_DIGITS = 15; // every integer of up to 15 digits is below 2^53

export function parseJsonExact(text: string): unknown {
  const big = bigIntegerTokens(text);
  if (big.length === 0) return JSON.parse(text);
  // Each big token becomes a string behind a marker (U+0000 U+0001, escaped as JSON requires),
  // turned into a bigint by the reviver; only an all-digit string behind it is taken.
  let marked = '';
  let from = 0;
  for (const [start, end] of big) {
    marked += `${text.slice(from, start)}"${MARK_ESCAPED}${text.slice(start, end)}"`;
    from = end;
  }
  marked += text.slice(from);
  return JSON.parse(marked, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(MARK) && /^-?\d+$/.test(value.slice(2))
      ? BigInt(value.slice(2))
      : value,
  );
}

/** [start, end) of every integer token outside strings that is not a safe integer. */
function bigIntegerTokens(text: string): [number, number][] {
  const found: [number, number][] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i++;
      while (i < length && isNumberChar(text.charCodeAt(i))) i++;
      const token = text.slice(start, i);
      const digits = token.length - (token.startsWith('-') ? 1 : 0);
      if (digits > SAFE_DIGITS && /^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
        found.push([start, i]);
      }
    } else {
      i++;
    }
  }
  return found;
}

function isNumberChar(c: number): boolean {
  // digits . e E + -
  return (
    (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d
  );
}
