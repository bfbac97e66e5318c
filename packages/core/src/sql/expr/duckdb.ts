/**
 * The DuckDB spelling of the expression tree. Every DuckDB-specific piece of SQL that measures
 * and metrics need is here: division by zero as NaN, `::DOUBLE`, TRY_CAST, FILTER (WHERE ...),
 * date_diff, error(), chr(n) for control characters. Binary operations are always
 * parenthesised, so the text never depends on precedence and `- -1` never becomes a comment.
 */

import { quoteIdentifier } from '../identifiers.ts';
import { badTree, type ExprDialect, type RenderChild } from './dialect.ts';
import { AGGREGATE_NAMES, type Expr } from './expr.ts';

const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ARITHMETIC = new Set(['+', '-', '*', '/']);
const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** Nodes whose text can take a `::TYPE` suffix without parentheses. */
function isTight(node: Expr): boolean {
  switch (node.type) {
    case 'number':
      return !node.text.startsWith('-');
    case 'aggregate':
      return node.filter === undefined;
    case 'case':
    case 'string':
    case 'boolean':
    case 'null':
    case 'fail':
      return false;
    default:
      return true;
  }
}

/** A SQL string literal; control characters as chr(n) so the text stays printable. */
export function duckdbString(value: string): string {
  if (typeof value !== 'string' || value.includes('\0')) throw badTree('a string holds NUL');
  const pieces: string[] = [];
  let text = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code !== 0x7f) {
      text += char;
      continue;
    }
    if (text !== '') pieces.push(`'${text.replaceAll("'", "''")}'`);
    text = '';
    pieces.push(`chr(${code})`);
  }
  if (text !== '' || pieces.length === 0) pieces.push(`'${text.replaceAll("'", "''")}'`);
  return pieces.length === 1 ? pieces[0]! : `(${pieces.join(' || ')})`;
}

function list(args: readonly Expr[], render: RenderChild, what: string): string[] {
  if (!Array.isArray(args) || args.length === 0) throw badTree(`${what} without operands`);
  return args.map(render);
}

function call(name: string, args: readonly Expr[], render: RenderChild): string {
  return `${name}(${list(args, render, name).join(', ')})`;
}

function castToDouble(arg: Expr, render: RenderChild): string {
  const text = render(arg);
  return isTight(arg) ? `${text}::DOUBLE` : `(${text})::DOUBLE`;
}

/**
 * `left / right`, with a zero divisor giving NaN: "not computable", which charts tell apart from
 * NULL ("belum input", a unit that did not report). DuckDB's own `/` gives +Infinity, -Infinity
 * or NaN by the numerator's sign (and NULL in older engines or with ieee_floating_point_ops off),
 * and `x / Infinity` is a plausible 0: one NaN, whatever the engine's setting, poisons every
 * later step instead. A NULL operand still gives NULL (NULL / NaN is NULL), and so does a NaN
 * divisor give NaN, so a ratio of ratios keeps the marker.
 */
function divide(left: string, right: string): string {
  return `(${left} / CASE WHEN ${right} = 0 THEN 'NaN'::DOUBLE ELSE ${right} END)`;
}

export const duckdbExpressions: ExprDialect = {
  name: 'duckdb',
  column: (node) => quoteIdentifier(node.name),
  number: (node) => {
    if (typeof node.text !== 'string' || !NUMBER_TEXT.test(node.text)) {
      throw badTree(`number ${JSON.stringify(node.text)}`);
    }
    // `.5` gets its leading zero back; a negative literal is parenthesised like a negation.
    const text = node.text.replace(/^(-?)\./, '$10.');
    return text.startsWith('-') ? `(${text})` : text;
  },
  string: (node) => duckdbString(node.value),
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
  in: (node, render) => `(${render(node.arg)} IN (${list(node.values, render, 'IN').join(', ')}))`,
  between: (node, render) =>
    `(${render(node.arg)} BETWEEN ${render(node.low)} AND ${render(node.high)})`,
  case: (node, render) => {
    if (!Array.isArray(node.whens) || node.whens.length === 0) throw badTree('CASE without WHEN');
    const whens = node.whens.map((w) => `WHEN ${render(w.when)} THEN ${render(w.then)}`);
    const otherwise = node.else === undefined ? '' : ` ELSE ${render(node.else)}`;
    return `CASE ${whens.join(' ')}${otherwise} END`;
  },
  coalesce: (node, render) => call('coalesce', node.args, render),
  greatest: (node, render) => call('greatest', node.args, render),
  least: (node, render) => call('least', node.args, render),
  round: (node, render) => {
    if (node.digits === undefined) return `round(${render(node.arg)})`;
    if (!Number.isInteger(node.digits) || Math.abs(node.digits) > 30) {
      throw badTree(`round to ${JSON.stringify(node.digits)} digits`);
    }
    return `round(${render(node.arg)}, ${node.digits})`;
  },
  to_double: (node, render) => castToDouble(node.arg, render),
  to_double_or_null: (node, render) => `TRY_CAST(${render(node.arg)} AS DOUBLE)`,
  concat: (node, render) => `(${list(node.args, render, '||').join(' || ')})`,
  days_between: (node, render) =>
    `(date_diff('millisecond', CAST(${render(node.start)} AS TIMESTAMP), CAST(${render(node.end)} AS TIMESTAMP)) / 86400000.0)`,
  aggregate: (node, render) => {
    if (!AGGREGATE_NAMES.includes(node.name))
      throw badTree(`aggregate ${JSON.stringify(node.name)}`);
    let text: string;
    if (node.arg === undefined) {
      if (node.name !== 'count') throw badTree(`${node.name}() without an argument`);
      text = 'count(*)';
    } else if (node.name === 'count_distinct') {
      text = `count(DISTINCT ${render(node.arg)})`;
    } else {
      text = `${node.name}(${render(node.arg)})`;
    }
    return node.filter === undefined ? text : `${text} FILTER (WHERE ${render(node.filter)})`;
  },
  fail: (node, render) => {
    const n = `CAST(${render(node.count)} AS VARCHAR)`;
    const en = duckdbString(`${node.message.en}: `);
    const id = duckdbString(` / ${node.message.id}: `);
    return `error(${en} || ${n} || ${id} || ${n})`;
  },
};
