/**
 * A measure over a cube's parts (cube-sql.ts `combined`: sums, minima and maxima of part
 * columns, and the measure's own arithmetic around them), compiled to a function of one group's
 * aggregated parts. Only the post-aggregation nodes a measure has once split are known here; any
 * other node, or a type DuckDB would give differently, compiles to null and DuckDB answers.
 */

import type { Expr } from '../../sql/expr/expr.ts';
import {
  arithmetic,
  arithmeticKind,
  cast,
  commonKind,
  compareValues,
  toDouble,
  unanswerable,
  type Kind,
} from './numbers.ts';

/** One aggregate of a part column per group, computed in one pass over the cube's rows. */
export interface PartAggregate {
  name: 'sum' | 'min' | 'max';
  part: number;
  /** What it yields (a sum of integers is a HUGEINT, of DECIMAL(p,s) a DECIMAL(38,s)). */
  kind: Kind;
}

export interface CompiledMeasure {
  kind: Kind;
  /** The measure for one group, from its aggregates' values (indexed as `aggregates`). */
  evaluate(aggregated: readonly unknown[]): unknown;
}

interface Node {
  kind: Kind;
  run(aggregated: readonly unknown[]): unknown;
}

/** Why a node cannot be compiled (caught below: the plan goes to DuckDB). */
class NotHere extends Error {}

/**
 * `aggregates` is shared by every measure of a plan: a part aggregated twice is done once.
 * `part(name)` is the index of a cube part column (`p_3` -> 3), or null for any other column.
 */
export function compileMeasure(
  expr: Expr,
  partKinds: readonly Kind[],
  part: (column: string) => number | null,
  aggregates: PartAggregate[],
): CompiledMeasure | null {
  try {
    const node = compile(expr, { partKinds, part, aggregates });
    return { kind: node.kind, evaluate: node.run };
  } catch (error) {
    if (error instanceof NotHere) return null;
    throw error;
  }
}

interface Context {
  partKinds: readonly Kind[];
  part: (column: string) => number | null;
  aggregates: PartAggregate[];
}

const no = (why: string): never => {
  throw new NotHere(why);
};

function compile(expr: Expr, cx: Context): Node {
  switch (expr.type) {
    case 'aggregate':
      return aggregate(expr, cx);
    case 'number':
      return literal(expr.text);
    case 'null':
      return { kind: { k: 'null' }, run: () => null };
    case 'arithmetic':
      return expr.op === '/'
        ? divide(compile(expr.left, cx), compile(expr.right, cx))
        : arithmeticNode(expr.op, compile(expr.left, cx), compile(expr.right, cx));
    case 'negate': {
      const arg = compile(expr.arg, cx);
      const { kind } = arg;
      if (kind.k === 'bool' || kind.k === 'other') no('negate');
      return {
        kind,
        run: (a) => {
          const v = arg.run(a);
          // -(0.0) is -0.0 in DuckDB too: negate, do not subtract from zero.
          return v === null
            ? null
            : kind.k === 'dbl'
              ? -(v as number)
              : arithmetic('-', 0n, v, kind);
        },
      };
    }
    case 'to_double': {
      const arg = compile(expr.arg, cx);
      if (arg.kind.k === 'bool' || arg.kind.k === 'other') no('to_double');
      return { kind: { k: 'dbl' }, run: (a) => toDouble(arg.run(a), arg.kind) };
    }
    case 'coalesce':
      return coalesce(expr.args.map((arg) => compile(arg, cx)));
    case 'compare':
      return compareNode(expr.op, compile(expr.left, cx), compile(expr.right, cx));
    case 'case':
      return caseNode(expr, cx);
    case 'fail':
      // IKM's guard: where it would fire, DuckDB raises its own error (with its count).
      return { kind: { k: 'null' }, run: () => unanswerable('a failing guard') };
    default:
      return no(expr.type);
  }
}

function aggregate(expr: Extract<Expr, { type: 'aggregate' }>, cx: Context): Node {
  const { name, arg, filter } = expr;
  if (filter !== undefined || arg?.type !== 'column') return no('aggregate of a non-part');
  if (name !== 'sum' && name !== 'min' && name !== 'max') return no(name);
  const part = cx.part(arg.name) ?? no(`column ${arg.name}`);
  const from = cx.partKinds[part]!;
  let kind: Kind = from;
  if (name === 'sum') {
    if (from.k === 'int') kind = { k: 'int', bits: 128 };
    else if (from.k === 'dec') kind = { k: 'dec', precision: 38, scale: from.scale };
    else if (from.k !== 'dbl') no(`sum of ${from.k}`);
  }
  let at = cx.aggregates.findIndex((g) => g.name === name && g.part === part);
  if (at < 0) at = cx.aggregates.push({ name, part, kind }) - 1;
  return { kind, run: (a) => a[at] };
}

const INT32 = 2n ** 31n;
const INT64 = 2n ** 63n;

/** DuckDB's literal types: INTEGER, BIGINT, HUGEINT; DECIMAL(p,s) as written; 1e3 a DOUBLE. */
function literal(text: string): Node {
  if (/[eE]/.test(text)) {
    const value = Number(text);
    return { kind: { k: 'dbl' }, run: () => value };
  }
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^-/, '').split('.');
  const digits = BigInt(`${whole}${fraction}` || '0') * (negative ? -1n : 1n);
  if (!text.includes('.')) {
    const size = digits < 0n ? -digits : digits;
    const bits = size < INT32 ? 32 : size < INT64 ? 64 : 128;
    if (whole.length > 38) no('integer literal beyond HUGEINT');
    return { kind: { k: 'int', bits }, run: () => digits };
  }
  const scale = fraction.length;
  const precision = Math.max(whole.replace(/^0+/, '').length + scale, scale, 1);
  if (precision > 18) no('wide decimal literal');
  return { kind: { k: 'dec', precision, scale }, run: () => digits };
}

function arithmeticNode(op: '+' | '-' | '*', left: Node, right: Node): Node {
  const kind = arithmeticKind(op, left.kind, right.kind) ?? no(`${op} of these types`);
  const l = left.kind;
  const r = right.kind;
  if (kind.k === 'dec' && op === '*') {
    // Digits multiply as they are: the operands' scales add up to the result's.
    return { kind, run: (a) => arithmetic('*', left.run(a), right.run(a), kind) };
  }
  return {
    kind,
    run: (a) => arithmetic(op, cast(left.run(a), l, kind), cast(right.run(a), r, kind), kind),
  };
}

/**
 * `/` as the DuckDB dialect renders it (`l / CASE WHEN r = 0 THEN 'NaN' ELSE r END`): NULL when
 * either side is NULL, NaN ("not computable") over a zero divisor, else a double quotient.
 */
function divide(left: Node, right: Node): Node {
  for (const side of [left, right]) if (side.kind.k === 'bool' || side.kind.k === 'other') no('/');
  return {
    kind: { k: 'dbl' },
    run: (a) => {
      const y = toDouble(right.run(a), right.kind);
      const x = toDouble(left.run(a), left.kind);
      if (x === null || y === null) return null;
      return y === 0 ? Number.NaN : x / y;
    },
  };
}

function unify(nodes: readonly Node[]): Kind {
  let kind: Kind = { k: 'null' };
  for (const node of nodes) kind = commonKind(kind, node.kind) ?? no('no common type');
  return kind;
}

/** The first non-NULL argument, as their common type. */
function coalesce(args: readonly Node[]): Node {
  if (args.length === 0) no('coalesce()');
  const kind = unify(args);
  return {
    kind,
    run: (a) => {
      for (const arg of args) {
        const v = cast(arg.run(a), arg.kind, kind);
        if (v !== null) return v;
      }
      return null;
    },
  };
}

const COMPARE: Readonly<Record<string, (c: number) => boolean>> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

function compareNode(op: string, left: Node, right: Node): Node {
  const kind = unify([left, right]);
  if (kind.k === 'other') no('compare of dates or text');
  const test = COMPARE[op] ?? no(`compare ${op}`);
  return {
    kind: { k: 'bool' },
    run: (a) => {
      const x = cast(left.run(a), left.kind, kind);
      const y = cast(right.run(a), right.kind, kind);
      return x === null || y === null ? null : test(compareValues(x, y));
    },
  };
}

function truth(node: Node): Node {
  return node.kind.k === 'bool' || node.kind.k === 'null' ? node : no('not a condition');
}

function caseNode(expr: Extract<Expr, { type: 'case' }>, cx: Context): Node {
  const whens = expr.whens.map((w) => ({
    when: truth(compile(w.when, cx)),
    then: compile(w.then, cx),
  }));
  const otherwise = expr.else === undefined ? null : compile(expr.else, cx);
  const kind = unify([...whens.map((w) => w.then), ...(otherwise === null ? [] : [otherwise])]);
  if (kind.k === 'null') no('CASE of NULLs');
  return {
    kind,
    run: (a) => {
      for (const w of whens) {
        if (w.when.run(a) === true) return cast(w.then.run(a), w.then.kind, kind);
      }
      return otherwise === null ? null : cast(otherwise.run(a), otherwise.kind, kind);
    },
  };
}
