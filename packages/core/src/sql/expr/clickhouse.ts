/**
 * The ClickHouse spelling of the expression tree, written so that every node gives the answer
 * DuckDB's spelling gives (duckdb.ts), not ClickHouse's own habit. Where the engines differ:
 * - an aggregate over no rows: ClickHouse's sum/min/max give 0 and avg gives nan; DuckDB gives
 *   NULL, so every aggregate but count takes the `OrNull` combinator;
 * - sums of integers: ClickHouse sums into Int64 (wrapping past 2^63), DuckDB into HUGEINT, so an
 *   integer column is summed as Decimal(38, 0), which also travels as DuckDB's Arrow Decimal128;
 * - counts: UInt64 in ClickHouse, BIGINT in DuckDB: cast to Int64;
 * - `/`: ClickHouse divides integers and floats into Float64 (like DuckDB's `/`) but decimals into
 *   a decimal that throws on zero, so both sides become Float64 first, and a zero divisor is NaN;
 * - round: ClickHouse rounds floats half to even, DuckDB half away from zero, spelled out here;
 * - TRY_CAST(text AS DOUBLE) trims spaces, toFloat64OrNull does not: the text is trimmed first;
 * - median: DuckDB's is quantile_cont(0.5), ClickHouse's quantileExactInclusive (both R7);
 * - error(): ClickHouse's throwIf takes only a constant message, so the count is left out of it.
 * NaN compares equal to itself and above every number in DuckDB, unequal in ClickHouse (IEEE);
 * plans rank NaN explicitly (isNaN first), so rankings agree.
 */

import { badTree, type ExprDialect, type RenderChild } from './dialect.ts';
import { AGGREGATE_NAMES, type Expr, type ExprOf } from './expr.ts';
import { call, standardParts } from './standard.ts';

/**
 * A ClickHouse identifier: backquoted, with `\` and the backquote escaped by a backslash (the
 * lexer reads escapes inside quoted names). Empty names and NUL are refused like DuckDB's.
 */
export function clickhouseIdentifier(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\0')) {
    throw badTree('an empty name or one holding NUL');
  }
  return `\`${name.replace(/[\\`]/g, '\\$&')}\``;
}

/** A ClickHouse string literal: backslash escapes, control characters as `\xNN`. */
export function clickhouseString(value: string): string {
  if (typeof value !== 'string' || value.includes('\0')) throw badTree('a string holds NUL');
  let text = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === "'") text += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) text += `\\x${code.toString(16).padStart(2, '0')}`;
    else text += char;
  }
  return `'${text}'`;
}

/** `left / right` as Float64, NaN for a zero divisor, NULL for a NULL operand (see duckdb.ts). */
function divide(left: string, right: string): string {
  const divisor = `toFloat64(${right})`;
  return `(toFloat64(${left}) / if(${divisor} = 0, nan, ${divisor}))`;
}

/** Half away from zero, as DuckDB rounds doubles: |x| scaled, +0.5, floored, sign put back. */
function round(arg: string, digits: number): string {
  const scale = `pow(10, ${digits})`;
  const x = `toFloat64(${arg})`;
  return `(if(${x} < 0, -1, 1) * floor(abs(${x}) * ${scale} + 0.5) / ${scale})`;
}

/**
 * The aggregate's call: `sumOrNull(x)`, `sumIfOrNull(x, cond)` with a filter (the If combinator
 * before OrNull, so a group whose rows all fail the filter is NULL, as DuckDB's FILTER gives).
 */
function aggregateCall(fn: string, args: string[], filter: string | undefined, orNull: boolean) {
  const suffix = `${filter === undefined ? '' : 'If'}${orNull ? 'OrNull' : ''}`;
  const all = filter === undefined ? args : [...args, filter];
  if (fn === 'median') return `quantileExactInclusive${suffix}(0.5)(${all.join(', ')})`;
  return `${fn}${suffix}(${all.join(', ')})`;
}

/** An aggregate in ClickHouse's spelling, answering as DuckDB's (see the header). */
function aggregate(
  node: ExprOf<'aggregate'>,
  render: RenderChild,
  isInteger: (column: string) => boolean,
): string {
  if (!AGGREGATE_NAMES.includes(node.name)) throw badTree(`aggregate ${JSON.stringify(node.name)}`);
  const filter = node.filter === undefined ? undefined : render(node.filter);
  if (node.arg === undefined) {
    if (node.name !== 'count') throw badTree(`${node.name}() without an argument`);
    return `toInt64(${aggregateCall('count', [], filter, false)})`;
  }
  let arg = render(node.arg);
  switch (node.name) {
    case 'count':
      return `toInt64(${aggregateCall('count', [arg], filter, false)})`;
    case 'count_distinct':
      // uniqExact skips NULLs like count(DISTINCT); uniq would be an estimate.
      return `toInt64(${aggregateCall('uniqExact', [arg], filter, false)})`;
    case 'sum':
      if (node.arg.type === 'column' && isInteger(node.arg.name)) arg = `toDecimal128(${arg}, 0)`;
      return aggregateCall('sum', [arg], filter, true);
    default:
      return aggregateCall(node.name, [arg], filter, true);
  }
}

/**
 * The ClickHouse dialect for one table: `isInteger(column)` says whether a column holds integers
 * (their sums are widened, see above); without it no column is taken for one.
 */
export function clickhouseExpressions(
  isInteger: (column: string) => boolean = () => false,
): ExprDialect {
  return {
    name: 'clickhouse',
    column: (node) => clickhouseIdentifier(node.name),
    ...standardParts(divide),
    string: (node) => clickhouseString(node.value),
    round: (node, render) => {
      const digits = node.digits ?? 0;
      if (!Number.isInteger(digits) || Math.abs(digits) > 30) {
        throw badTree(`round to ${JSON.stringify(node.digits)} digits`);
      }
      return round(render(node.arg), digits);
    },
    to_double: (node, render) => `toFloat64(${render(node.arg)})`,
    to_double_or_null: (node, render) => `toFloat64OrNull(trimBoth(toString(${render(node.arg)})))`,
    concat: (node, render) => call('concat', node.args, render),
    days_between: (node, render) => {
      const at = (expr: Expr) => `toDateTime64(${render(expr)}, 3, 'UTC')`;
      return `(dateDiff('millisecond', ${at(node.start)}, ${at(node.end)}) / 86400000.0)`;
    },
    aggregate: (node, render) => aggregate(node, render, isInteger),
    fail: (node, render) => {
      const message = clickhouseString(`${node.message.en} / ${node.message.id}`);
      // Evaluated only where its CASE branch holds; the count keeps it a per-row expression.
      return `throwIf(isNotNull(${render(node.count)}) OR true, ${message})`;
    },
  };
}
