/**
 * Turns a measure's syntax tree into an expression tree (and its SQL) for one table. Everything
 * that needs the schema or the metric registry happens here: columns are resolved, types are
 * checked (arithmetic and sum/avg/median need numbers), and aggregates are kept apart from raw
 * row values.
 *
 * Conventions of the tree, relied on by charts downstream:
 * - `a / b` is NaN when b is 0 ("not computable", not NULL: NULL is "not reported"), never
 *   Infinity or 0; a NULL a or b still gives NULL;
 * - `sum`, `min` and `max` of integer and DECIMAL columns and every count keep the engine's exact
 *   type (HUGEINT, DECIMAL, BIGINT): a total beyond 2^53 or a sum of cents is never rounded
 *   here; the result layer decides how to hand it to JS. `+` and `-` between two of them of the
 *   same family (integers, or decimals of one scale) stay exact too: 0.30 - 0.20 is 0.10, not
 *   0.09999999999999998;
 * - other numeric aggregates (avg, median, sums of doubles), metrics, and exact aggregates in
 *   any other arithmetic become DOUBLE: mixed exact types could overflow, and `/` is a ratio.
 */

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, isPantauError } from '../../errors/pantau-error.ts';
import { resolveColumn } from '../identifiers.ts';
import { defaultMetrics, type MetricRegistry } from '../metrics.ts';
import { isExactNumericType, isNumericType, isTemporalType, type TableSchema } from '../schema.ts';
import type { Expr } from '../expr/expr.ts';
import { renderExpr } from '../expr/render.ts';
import type { MeasureNode } from './ast.ts';
import { badExpression } from './errors.ts';
import { parseMeasure } from './parse.ts';

export type ValueKind = 'numeric' | 'temporal' | 'other';

export interface CompiledMeasure {
  /** `renderExpr(expr)`: the measure in DuckDB's SQL. */
  sql: string;
  /** The checked expression tree: columns resolved, types checked, casts in place. */
  expr: Expr;
  /** True when the measure aggregates rows (an aggregate or a metric): one value per group. */
  isAggregate: boolean;
  /** What the value is: a number, a date or time, or anything else (text, booleans). */
  kind: ValueKind;
  /** The table's columns the measure reads, in the schema's spelling, without duplicates. */
  columns: string[];
}

/** Constants combine with anything; rows and aggregates never mix. */
type Level = 'constant' | 'row' | 'aggregate';

interface Compiled {
  expr: Expr;
  level: Level;
  kind: ValueKind;
  /**
   * For an aggregate of the engine's exact type (see the header), its family: `integer` or
   * `decimal(<scale>)`; null for everything else.
   */
  exact: string | null;
}

export function compileMeasure(
  expression: string,
  schema: TableSchema,
  metrics: MetricRegistry = defaultMetrics,
): CompiledMeasure {
  return compileMeasureTree(parseMeasure(expression), expression, schema, metrics);
}

/** @param expression the source text, for error messages only. */
export function compileMeasureTree(
  tree: MeasureNode,
  expression: string,
  schema: TableSchema,
  metrics: MetricRegistry = defaultMetrics,
): CompiledMeasure {
  const columns = new Set<string>();
  const compiled = new MeasureCompiler(expression, schema, metrics, columns).node(tree, false);
  return {
    sql: renderExpr(compiled.expr),
    expr: compiled.expr,
    isAggregate: compiled.level === 'aggregate',
    kind: compiled.kind,
    columns: [...columns],
  };
}

const toDouble = (expr: Expr): Expr => ({ type: 'to_double', arg: expr });

/** An exact aggregate used in arithmetic becomes a double, as every aggregate was before. */
const inArithmetic = (value: Compiled): Expr =>
  value.exact !== null ? toDouble(value.expr) : value.expr;

/** `integer`, `decimal(<scale>)`, or null for floats and non-numbers. */
function exactFamily(type: string): string | null {
  if (!isExactNumericType(type)) return null;
  if (!/^\s*(DECIMAL|NUMERIC)\b/i.test(type)) return 'integer';
  // DuckDB's DECIMAL without a width is DECIMAL(18,3).
  const scale = /\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(type)?.[1] ?? '3';
  return `decimal(${Number(scale)})`;
}

class MeasureCompiler {
  constructor(
    private readonly expression: string,
    private readonly schema: TableSchema,
    private readonly metrics: MetricRegistry,
    private readonly columns: Set<string>,
  ) {}

  node(node: MeasureNode, inAggregate: boolean): Compiled {
    switch (node.kind) {
      case 'number':
        // The tokenizer only lets digits and one dot through.
        return {
          expr: { type: 'number', text: node.text.startsWith('.') ? `0${node.text}` : node.text },
          level: 'constant',
          kind: 'numeric',
          exact: null,
        };
      case 'name':
        return this.name(node, inAggregate);
      case 'metric':
        return this.metric(node.name, node.position, inAggregate, node.args);
      case 'aggregate':
        return this.aggregate(node);
      case 'negate': {
        const operand = this.node(node.operand, inAggregate);
        this.requireNumeric(operand, node.operand, '-');
        return {
          expr: { type: 'negate', arg: operand.expr },
          level: operand.level,
          kind: 'numeric',
          exact: operand.exact,
        };
      }
      case 'binary': {
        const left = this.node(node.left, inAggregate);
        const right = this.node(node.right, inAggregate);
        this.requireNumeric(left, node.left, node.op);
        this.requireNumeric(right, node.right, node.op);
        const level = this.combine(left.level, right.level, node.position);
        const exact =
          (node.op === '+' || node.op === '-') && left.exact !== null && left.exact === right.exact
            ? left.exact
            : null;
        const operand = (value: Compiled) => (exact === null ? inArithmetic(value) : value.expr);
        return {
          expr: { type: 'arithmetic', op: node.op, left: operand(left), right: operand(right) },
          level,
          kind: 'numeric',
          exact,
        };
      }
    }
  }

  /** A bare name is a metric when one is registered under it; a quoted name is always a column. */
  private name(node: Extract<MeasureNode, { kind: 'name' }>, inAggregate: boolean): Compiled {
    if (!node.quoted && this.metrics.has(node.name)) {
      return this.metric(node.name, node.position, inAggregate);
    }
    const column = this.resolve(node.name, node.position);
    this.columns.add(column);
    const type = this.schema.columns.find((c) => c.name === column)!.type;
    const kind: ValueKind = isNumericType(type)
      ? 'numeric'
      : isTemporalType(type)
        ? 'temporal'
        : 'other';
    return { expr: { type: 'column', name: column }, level: 'row', kind, exact: null };
  }

  /** `ikm`, or `ikm("U1", ..., "U9")` with `args`: the registry checks the name and the count. */
  private metric(
    name: string,
    position: number,
    inAggregate: boolean,
    args?: readonly MeasureNode[],
  ): Compiled {
    if (inAggregate) {
      throw badExpression(
        this.expression,
        position,
        sayBoth(MEASURE_ERRORS, 'metricAlreadyAggregateCannot', name),
        { metric: name },
      );
    }
    const columns = args?.map((arg) => (arg.kind === 'name' ? arg.name : ''));
    if (columns?.includes('')) {
      // Only a tree built by hand (a server's client) gets here: the parser allows names alone.
      throw badExpression(
        this.expression,
        position,
        sayBoth(MEASURE_ERRORS, 'argumentsMetricColumnNames2', name),
      );
    }
    const metric = this.withPosition(position, () =>
      this.metrics.compile(name, this.schema, columns),
    );
    for (const column of metric.columns) this.columns.add(column);
    return { expr: toDouble(metric.expr), level: 'aggregate', kind: 'numeric', exact: null };
  }

  private aggregate(node: Extract<MeasureNode, { kind: 'aggregate' }>): Compiled {
    const counted = (expr: Expr, exact = 'integer'): Compiled => ({
      expr,
      level: 'aggregate',
      kind: 'numeric',
      exact,
    });
    if (node.arg === null) return counted({ type: 'aggregate', name: 'count' });
    const arg = this.node(node.arg, true);
    const call: Expr = { type: 'aggregate', name: node.fn, arg: arg.expr };
    const double: Compiled = {
      expr: toDouble(call),
      level: 'aggregate',
      kind: 'numeric',
      exact: null,
    };
    const family = this.exactColumn(arg.expr);
    switch (node.fn) {
      case 'count':
      case 'count_distinct':
        return counted(call);
      case 'sum':
      case 'avg':
      case 'median':
        this.requireNumeric(arg, node.arg, `${node.fn}()`);
        return node.fn === 'sum' && family !== null ? counted(call, family) : double;
      case 'min':
      case 'max':
        // The earliest date stays a date; an integer or a decimal keeps its exact type.
        if (arg.kind !== 'numeric')
          return { expr: call, level: 'aggregate', kind: arg.kind, exact: null };
        return family !== null ? counted(call, family) : double;
    }
  }

  /** Only a bare column has a type we know; arithmetic inside an aggregate may overflow it. */
  private exactColumn(expr: Expr): string | null {
    if (expr.type !== 'column') return null;
    return exactFamily(this.schema.columns.find((c) => c.name === expr.name)?.type ?? '');
  }

  private combine(left: Level, right: Level, position: number): Level {
    if (left === 'constant') return right;
    if (right === 'constant' || left === right) return left;
    throw badExpression(this.expression, position, sayBoth(MEASURE_ERRORS, 'aggregateEGSum'));
  }

  private requireNumeric(value: Compiled, node: MeasureNode, operator: string): void {
    if (value.kind === 'numeric') return;
    const what =
      node.kind === 'name'
        ? sayBoth(MEASURE_ERRORS, 'column', node.name)
        : sayBoth(MEASURE_ERRORS, 'part');
    throw badExpression(
      this.expression,
      node.position,
      sayBoth(MEASURE_ERRORS, 'notNumberOnlyWorks', what, operator),
      { operator },
    );
  }

  /** resolveColumn's message is already right; add where in the expression the name was. */
  private resolve(name: string, position: number): string {
    return this.withPosition(position, () => resolveColumn(this.schema, name));
  }

  /** Runs `check`, adding the expression and the position to a PantauError it throws. */
  private withPosition<T>(position: number, check: () => T): T {
    try {
      return check();
    } catch (error) {
      if (!isPantauError(error)) throw error;
      throw new PantauError({
        code: error.code,
        text: error.text,
        details: { ...error.details, expression: this.expression, position },
      });
    }
  }
}
