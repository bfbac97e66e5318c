/**
 * The parts of the expression tree that every SQL engine Pantau speaks spells alike (numbers,
 * arithmetic, comparisons, boolean logic, IN, BETWEEN, CASE, coalesce/greatest/least): written
 * once here, and spread into each dialect (duckdb.ts, clickhouse.ts), which adds only what its
 * engine spells its own way. Binary operations are always parenthesised, so the text never
 * depends on precedence and `- -1` never becomes a comment.
 */

import { badTree, type ExprDialect, type RenderChild } from './dialect.ts';
import type { Expr } from './expr.ts';

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ARITHMETIC = new Set(['+', '-', '*', '/']);
const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** Each operand rendered; none at all is a malformed tree. */
export function list(args: readonly Expr[], render: RenderChild, what: string): string[] {
  if (!Array.isArray(args) || args.length === 0) throw badTree(`${what} without operands`);
  return args.map(render);
}

/** `name(a, b, ...)`. */
export function call(name: string, args: readonly Expr[], render: RenderChild): string {
  return `${name}(${list(args, render, name).join(', ')})`;
}

type StandardNode =
  | 'number'
  | 'boolean'
  | 'null'
  | 'arithmetic'
  | 'negate'
  | 'compare'
  | 'and'
  | 'or'
  | 'not'
  | 'is_null'
  | 'in'
  | 'between'
  | 'case'
  | 'coalesce'
  | 'greatest'
  | 'least';

/**
 * The shared parts; `divide` is the dialect's own `/` (a zero divisor gives NaN in every
 * dialect, spelled per engine). Greatest and least skip NULLs in DuckDB and ClickHouse alike.
 */
export function standardParts(
  divide: (left: string, right: string) => string,
): Pick<ExprDialect, StandardNode> {
  return {
    number: (node) => {
      if (typeof node.text !== 'string' || !NUMBER_TEXT.test(node.text)) {
        throw badTree(`number ${JSON.stringify(node.text)}`);
      }
      // `.5` gets its leading zero back; a negative literal is parenthesised like a negation.
      const text = node.text.replace(/^(-?)\./, '$10.');
      return text.startsWith('-') ? `(${text})` : text;
    },
    boolean: (node) => (node.value === true ? 'true' : 'false'),
    null: () => 'NULL',
    arithmetic: (node, render) => {
      if (!ARITHMETIC.has(node.op)) throw badTree(`operator ${JSON.stringify(node.op)}`);
      const left = render(node.left);
      const right = render(node.right);
      return node.op === '/' ? divide(left, right) : `(${left} ${node.op} ${right})`;
    },
    negate: (node, render) => `(-${render(node.arg)})`,
    compare: (node, render) => {
      if (!COMPARISON.has(node.op)) throw badTree(`comparison ${JSON.stringify(node.op)}`);
      return `(${render(node.left)} ${node.op} ${render(node.right)})`;
    },
    and: (node, render) => `(${list(node.args, render, 'AND').join(' AND ')})`,
    or: (node, render) => `(${list(node.args, render, 'OR').join(' OR ')})`,
    not: (node, render) => `(NOT ${render(node.arg)})`,
    is_null: (node, render) => `(${render(node.arg)} IS ${node.not === true ? 'NOT ' : ''}NULL)`,
    in: (node, render) =>
      `(${render(node.arg)} IN (${list(node.values, render, 'IN').join(', ')}))`,
    between: (node, render) =>
      `(${render(node.arg)} BETWEEN ${render(node.low)} AND ${render(node.high)})`,
    case: (node, render) => {
      if (!Array.isArray(node.whens) || node.whens.length === 0) {
        throw badTree('CASE without WHEN');
      }
      const whens = node.whens.map((w) => `WHEN ${render(w.when)} THEN ${render(w.then)}`);
      const otherwise = node.else === undefined ? '' : ` ELSE ${render(node.else)}`;
      return `CASE ${whens.join(' ')}${otherwise} END`;
    },
    coalesce: (node, render) => call('coalesce', node.args, render),
    greatest: (node, render) => call('greatest', node.args, render),
    least: (node, render) => call('least', node.args, render),
  };
}
