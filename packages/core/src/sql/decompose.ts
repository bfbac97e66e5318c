/**
 * Splits an aggregate expression (a compiled measure or metric: SQL written by Pantau, never by a
 * page) into parts that can be computed once per group of a pre-aggregate table and combined
 * again later: `sum`, `count`, `min`, `max` (each with its FILTER) and `avg` as a sum and a count.
 * The scalar text around the aggregates (ratios, CASE, casts, the IKM formula's weights) is kept
 * as it is and applied to the combined parts, so the answer is the same formula over the same
 * sums. Anything else (median, count(DISTINCT ...), window functions, an unknown function) makes
 * the expression not decomposable: the caller then keeps querying the base table.
 */

export interface DecomposedAggregate {
  /** Aggregates over the base table, one cube column each. */
  parts: string[];
  /** The expression over the cube: `combined(name)` with `name(i)` the quoted column of part i. */
  combined: (name: (index: number) => string) => string;
}

const DECOMPOSABLE = new Set(['sum', 'count', 'min', 'max', 'avg']);

/** Words that may stand before "(" without being a function call. */
const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'when',
  'then',
  'else',
  'case',
  'end',
  'is',
  'between',
  'like',
  'ilike',
  'as',
  'escape',
  'null',
  'true',
  'false',
]);

/** Scalar functions Pantau's measures and metrics use; a function outside this list is refused. */
const SCALARS = new Set([
  'coalesce',
  'nullif',
  'try_cast',
  'cast',
  'error',
  'round',
  'abs',
  'greatest',
  'least',
  'sqrt',
  'ln',
  'log',
  'exp',
  'power',
  'pow',
  'floor',
  'ceil',
  'if',
  'ifnull',
]);

type Piece = string | { part: number };

/** Null when the expression cannot be split (see the header). */
export function decomposeAggregate(sql: string): DecomposedAggregate | null {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let text = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = skipQuoted(sql, i);
      text += sql.slice(i, end);
      i = end;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const end = scan(sql, i, /[0-9A-Za-z_.]/);
      text += sql.slice(i, end);
      i = end;
      continue;
    }
    if (!/[A-Za-z_]/.test(c)) {
      text += c;
      i++;
      continue;
    }
    const wordEnd = scan(sql, i, /[A-Za-z0-9_]/);
    const word = sql.slice(i, wordEnd).toLowerCase();
    const open = skipSpace(sql, wordEnd);
    if (word === 'over' || word === 'select' || word === 'distinct') return null;
    if (sql[open] !== '(' || KEYWORDS.has(word)) {
      text += sql.slice(i, wordEnd);
      i = wordEnd;
      continue;
    }
    if (SCALARS.has(word)) {
      text += sql.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    if (!DECOMPOSABLE.has(word)) return null;
    const close = matching(sql, open);
    if (close < 0) return null;
    const arg = sql.slice(open + 1, close);
    if (!isScalar(arg)) return null;
    let end = close + 1;
    let filter = '';
    const afterClose = skipSpace(sql, end);
    if (/^filter\b/i.test(sql.slice(afterClose, afterClose + 7))) {
      const filterOpen = skipSpace(sql, afterClose + 6);
      if (sql[filterOpen] !== '(') return null;
      const filterClose = matching(sql, filterOpen);
      if (filterClose < 0) return null;
      filter = ` ${sql.slice(afterClose, filterClose + 1)}`;
      if (!isScalar(sql.slice(filterOpen + 1, filterClose))) return null;
      end = filterClose + 1;
    }
    pieces.push(text);
    text = '';
    pieces.push(...aggregatePieces(word, arg, filter, parts));
    i = end;
  }
  pieces.push(text);
  if (parts.length === 0) return null;
  return {
    parts,
    combined: (name) => pieces.map((p) => (typeof p === 'string' ? p : name(p.part))).join(''),
  };
}

/**
 * The parts one aggregate call needs and the text that combines them. Counts are re-summed with
 * a 0 for "no rows" (a count over nothing is 0, a sum over nothing is NULL); avg is a sum over a
 * count of the same non-null values, which is what avg computes.
 */
function aggregatePieces(fn: string, arg: string, filter: string, parts: string[]): Piece[] {
  const add = (sql: string): { part: number } => {
    parts.push(sql);
    return { part: parts.length - 1 };
  };
  switch (fn) {
    case 'sum':
      return ['sum(', add(`sum(${arg})${filter}`), ')'];
    case 'count':
      return ['coalesce(sum(', add(`count(${arg})${filter}`), '), 0)'];
    case 'min':
    case 'max':
      return [`${fn}(`, add(`${fn}(${arg})${filter}`), ')'];
    default: {
      const total = add(`sum(${arg})${filter}`);
      const count = add(`count(${arg})${filter}`);
      return ['(sum(', total, ') / NULLIF(sum(', count, '), 0))'];
    }
  }
}

function scan(sql: string, from: number, allowed: RegExp): number {
  let i = from;
  while (i < sql.length && allowed.test(sql[i]!)) i++;
  return i;
}

function skipSpace(sql: string, from: number): number {
  return scan(sql, from, /\s/);
}

/** The index after a quoted string or identifier starting at `from` ('' and "" escape). */
function skipQuoted(sql: string, from: number): number {
  const quote = sql[from]!;
  let i = from + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** The index of the ")" that closes the "(" at `open`, or -1. */
function matching(sql: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      i = skipQuoted(sql, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    i++;
  }
  return -1;
}

/** True when `sql` reads row values only: no aggregate, window, subquery or unknown function. */
function isScalar(sql: string): boolean {
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      i = skipQuoted(sql, i);
      continue;
    }
    if (/[0-9]/.test(c)) {
      i = scan(sql, i, /[0-9A-Za-z_.]/);
      continue;
    }
    if (!/[A-Za-z_]/.test(c)) {
      i++;
      continue;
    }
    const wordEnd = scan(sql, i, /[A-Za-z0-9_]/);
    const word = sql.slice(i, wordEnd).toLowerCase();
    if (word === 'over' || word === 'select' || word === 'distinct') return false;
    const open = skipSpace(sql, wordEnd);
    if (sql[open] === '(' && !KEYWORDS.has(word) && !SCALARS.has(word)) return false;
    i = wordEnd;
  }
  return true;
}
