/**
 * Turns a measure's syntax tree into SQL for one table. Everything that needs the schema or the
 * metric registry happens here: columns are resolved and quoted, types are checked (arithmetic
 * and sum/avg/median need numbers), and aggregates are kept apart from raw row values.
 *
 * Output conventions, relied on by charts downstream:
 * - every binary operation is parenthesised, so the SQL never depends on precedence (and a
 *   double minus can never become a `--` comment);
 * - `a / b` is `(a / NULLIF(b, 0))`: division by zero is NULL ("not reported"), never Infinity or 0;
 * - numeric aggregates and metrics are cast `::DOUBLE`, so Arrow hands back plain numbers rather
 *   than BigInt or Decimal.
 */

import { PantauError, isPantauError } from '../../errors/pantau-error.ts';
import { quoteIdentifier, resolveColumn } from '../identifiers.ts';
import { defaultMetrics, type MetricRegistry } from '../metrics.ts';
import { isNumericType, isTemporalType, type TableSchema } from '../schema.ts';
import type { MeasureNode } from './ast.ts';
import { badExpression } from './errors.ts';
import { parseMeasure } from './parse.ts';

export interface CompiledMeasure {
  sql: string;
  /** True when the measure aggregates rows (an aggregate or a metric): one value per group. */
  isAggregate: boolean;
  /** The table's columns the measure reads, in the schema's spelling, without duplicates. */
  columns: string[];
}

/** Constants combine with anything; rows and aggregates never mix. */
type Level = 'constant' | 'row' | 'aggregate';
type ValueKind = 'numeric' | 'temporal' | 'other';

interface Compiled {
  sql: string;
  level: Level;
  kind: ValueKind;
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
  return { sql: compiled.sql, isAggregate: compiled.level === 'aggregate', columns: [...columns] };
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
        // The tokenizer only lets digits and one dot through; `.5` gets its leading zero back.
        return {
          sql: node.text.startsWith('.') ? `0${node.text}` : node.text,
          level: 'constant',
          kind: 'numeric',
        };
      case 'name':
        return this.name(node, inAggregate);
      case 'aggregate':
        return this.aggregate(node);
      case 'negate': {
        const operand = this.node(node.operand, inAggregate);
        this.requireNumeric(operand, node.operand, '-');
        return { sql: `(-${operand.sql})`, level: operand.level, kind: 'numeric' };
      }
      case 'binary': {
        const left = this.node(node.left, inAggregate);
        const right = this.node(node.right, inAggregate);
        this.requireNumeric(left, node.left, node.op);
        this.requireNumeric(right, node.right, node.op);
        const sql =
          node.op === '/'
            ? `(${left.sql} / NULLIF(${right.sql}, 0))`
            : `(${left.sql} ${node.op} ${right.sql})`;
        return {
          sql,
          level: this.combine(left.level, right.level, node.position),
          kind: 'numeric',
        };
      }
    }
  }

  /** A bare name is a metric when one is registered under it; a quoted name is always a column. */
  private name(node: Extract<MeasureNode, { kind: 'name' }>, inAggregate: boolean): Compiled {
    if (!node.quoted && this.metrics.has(node.name)) {
      if (inAggregate) {
        throw badExpression(
          this.expression,
          node.position,
          {
            id: `metrik "${node.name}" sudah berupa agregat dan tidak boleh di dalam fungsi agregat lain.`,
            en: `metric "${node.name}" is already an aggregate and cannot be inside another aggregate function.`,
          },
          { metric: node.name },
        );
      }
      const metric = this.metrics.compile(node.name, this.schema);
      for (const column of metric.columns) this.columns.add(column);
      return { sql: `(${metric.sql})::DOUBLE`, level: 'aggregate', kind: 'numeric' };
    }
    const column = this.resolve(node.name, node.position);
    this.columns.add(column);
    const type = this.schema.columns.find((c) => c.name === column)!.type;
    const kind: ValueKind = isNumericType(type)
      ? 'numeric'
      : isTemporalType(type)
        ? 'temporal'
        : 'other';
    return { sql: quoteIdentifier(column), level: 'row', kind };
  }

  private aggregate(node: Extract<MeasureNode, { kind: 'aggregate' }>): Compiled {
    if (node.arg === null) return { sql: 'count(*)::DOUBLE', level: 'aggregate', kind: 'numeric' };
    const arg = this.node(node.arg, true);
    switch (node.fn) {
      case 'count':
        return { sql: `count(${arg.sql})::DOUBLE`, level: 'aggregate', kind: 'numeric' };
      case 'count_distinct':
        return { sql: `count(DISTINCT ${arg.sql})::DOUBLE`, level: 'aggregate', kind: 'numeric' };
      case 'sum':
      case 'avg':
      case 'median':
        this.requireNumeric(arg, node.arg, `${node.fn}()`);
        return { sql: `${node.fn}(${arg.sql})::DOUBLE`, level: 'aggregate', kind: 'numeric' };
      case 'min':
      case 'max':
        // The earliest date stays a date; only numbers are cast.
        return {
          sql: arg.kind === 'numeric' ? `${node.fn}(${arg.sql})::DOUBLE` : `${node.fn}(${arg.sql})`,
          level: 'aggregate',
          kind: arg.kind,
        };
    }
  }

  private combine(left: Level, right: Level, position: number): Level {
    if (left === 'constant') return right;
    if (right === 'constant' || left === right) return left;
    throw badExpression(this.expression, position, {
      id: 'agregat (mis. sum(x)) tidak bisa digabung dengan kolom mentah; bungkus kolomnya dengan agregat juga, mis. sum(x) + sum(y).',
      en: 'an aggregate (e.g. sum(x)) cannot be combined with a raw column; wrap the column in an aggregate too, e.g. sum(x) + sum(y).',
    });
  }

  private requireNumeric(value: Compiled, node: MeasureNode, operator: string): void {
    if (value.kind === 'numeric') return;
    const what =
      node.kind === 'name'
        ? { id: `kolom "${node.name}"`, en: `column "${node.name}"` }
        : { id: 'bagian ini', en: 'this part' };
    throw badExpression(
      this.expression,
      node.position,
      {
        id: `${what.id} bukan angka, sedangkan ${operator} hanya untuk angka; gunakan count(), count_distinct(), min() atau max().`,
        en: `${what.en} is not a number, and ${operator} only works on numbers; use count(), count_distinct(), min() or max().`,
      },
      { operator },
    );
  }

  /** resolveColumn's message is already right; add where in the expression the name was. */
  private resolve(name: string, position: number): string {
    try {
      return resolveColumn(this.schema, name);
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
