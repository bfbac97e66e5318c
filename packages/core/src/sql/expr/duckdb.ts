/**
 * The DuckDB spelling of the expression tree. Every DuckDB-specific piece of SQL that measures
 * and metrics need is here: division by zero as NaN, `::DOUBLE`, TRY_CAST, FILTER (WHERE ...),
 * date_diff, error(), chr(n) for control characters. Binary operations are always
 * parenthesised, so the text never depends on precedence and `- -1` never becomes a comment.
 */

import { quoteIdentifier } from '../identifiers.ts';
import { badTree, type ExprDialect, type RenderChild } from './dialect.ts';
import { AGGREGATE_NAMES, type Expr } from './expr.ts';
import { list, standardParts } from './standard.ts';

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
function duckdbString(value: string): string {
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
  ...standardParts(divide),
  string: (node) => duckdbString(node.value),
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
