/**
 * Tiny builders so that metric definitions read like their formulas:
 * `div(sum(num(col('u1'))), count())`. Each returns a plain `Expr` node.
 */

import type { BilingualText } from '../../errors/pantau-error.ts';
import type { AggregateName, ArithmeticOperator, ComparisonOperator, Expr } from './expr.ts';

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number literal; from JS numbers only finite ones (`1e21` and `NaN` are refused). */
export function lit(value: number | string): Expr {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !NUMBER_TEXT.test(text)) {
    throw new TypeError(`not a finite number: ${String(value)}`);
  }
  return { type: 'number', text };
}

/** A constant as a double, so that `1/9` keeps every digit it has (not a decimal literal). */
export const dbl = (value: number): Expr => toDouble(lit(value));
export const str = (value: string): Expr => ({ type: 'string', value });
export const bool = (value: boolean): Expr => ({ type: 'boolean', value });
export const nullValue = (): Expr => ({ type: 'null' });
export const column = (name: string): Expr => ({ type: 'column', name });

function fold(op: ArithmeticOperator, args: Expr[]): Expr {
  if (args.length === 0) throw new TypeError(`${op} needs at least one operand`);
  return args.reduce((left, right) => ({ type: 'arithmetic', op, left, right }));
}
export const add = (...args: Expr[]): Expr => fold('+', args);
export const sub = (...args: Expr[]): Expr => fold('-', args);
export const mul = (...args: Expr[]): Expr => fold('*', args);
/** Division: NULL when `right` is 0, in every dialect. */
export const div = (left: Expr, right: Expr): Expr => ({
  type: 'arithmetic',
  op: '/',
  left,
  right,
});
export const neg = (arg: Expr): Expr => ({ type: 'negate', arg });

const compare =
  (op: ComparisonOperator) =>
  (left: Expr, right: Expr): Expr => ({ type: 'compare', op, left, right });
export const eq = compare('=');
export const ne = compare('<>');
export const lt = compare('<');
export const le = compare('<=');
export const gt = compare('>');
export const ge = compare('>=');

export const and = (...args: Expr[]): Expr =>
  args.length === 1 ? args[0]! : { type: 'and', args };
export const or = (...args: Expr[]): Expr => (args.length === 1 ? args[0]! : { type: 'or', args });
export const not = (arg: Expr): Expr => ({ type: 'not', arg });
export const isNull = (arg: Expr): Expr => ({ type: 'is_null', arg, not: false });
export const notNull = (arg: Expr): Expr => ({ type: 'is_null', arg, not: true });
export const isIn = (arg: Expr, values: Expr[]): Expr => ({ type: 'in', arg, values });
export const between = (arg: Expr, low: Expr, high: Expr): Expr => ({
  type: 'between',
  arg,
  low,
  high,
});

/** `caseWhen([[when, then], ...], otherwise)`. */
export function caseWhen(whens: readonly (readonly [Expr, Expr])[], otherwise?: Expr): Expr {
  const node: Expr = { type: 'case', whens: whens.map(([when, then]) => ({ when, then })) };
  if (otherwise !== undefined) node.else = otherwise;
  return node;
}
export const coalesce = (...args: Expr[]): Expr => ({ type: 'coalesce', args });
export const greatest = (...args: Expr[]): Expr => ({ type: 'greatest', args });
export const least = (...args: Expr[]): Expr => ({ type: 'least', args });
export function round(arg: Expr, digits?: number): Expr {
  return digits === undefined ? { type: 'round', arg } : { type: 'round', arg, digits };
}
export const toDouble = (arg: Expr): Expr => ({ type: 'to_double', arg });
/** What a cell reads as when a number is expected: text like "3" counts, "n/a" is NULL. */
export const num = (arg: Expr): Expr => ({ type: 'to_double_or_null', arg });
export const concat = (...args: Expr[]): Expr => ({ type: 'concat', args });
export const daysBetween = (start: Expr, end: Expr): Expr => ({ type: 'days_between', start, end });

function aggregate(name: AggregateName, arg: Expr | undefined, filter: Expr | undefined): Expr {
  const node: Expr = { type: 'aggregate', name };
  if (arg !== undefined) node.arg = arg;
  if (filter !== undefined) node.filter = filter;
  return node;
}
export const sum = (arg: Expr, filter?: Expr): Expr => aggregate('sum', arg, filter);
export const avg = (arg: Expr, filter?: Expr): Expr => aggregate('avg', arg, filter);
export const min = (arg: Expr, filter?: Expr): Expr => aggregate('min', arg, filter);
export const max = (arg: Expr, filter?: Expr): Expr => aggregate('max', arg, filter);
export const median = (arg: Expr, filter?: Expr): Expr => aggregate('median', arg, filter);
/** Non-null values of `arg`. */
export const count = (arg: Expr, filter?: Expr): Expr => aggregate('count', arg, filter);
/** Rows: `count(*)`. */
export const countRows = (filter?: Expr): Expr => aggregate('count', undefined, filter);
export const countDistinct = (arg: Expr, filter?: Expr): Expr =>
  aggregate('count_distinct', arg, filter);

export const fail = (message: BilingualText, count: Expr): Expr => ({
  type: 'fail',
  message,
  count,
});
