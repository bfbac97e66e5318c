/**
 * Named metrics (`ikm`, `sla`, ...): domain formulas written once as expression trees by library
 * code and used by name in measure attributes. A formula is trusted (it is ours, not the page's);
 * what is checked is that the table has the columns the formula needs, so a missing column is a
 * clear UNKNOWN_COLUMN naming the metric rather than a DuckDB binder error. Being a tree, not
 * SQL text, a metric renders in any dialect and splits into pre-aggregated parts.
 */

import { SQL_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError, type BilingualText } from '../errors/pantau-error.ts';
import { isAggregateFunction } from './measure/ast.ts';
import { resolveColumn } from './identifiers.ts';
import type { Expr } from './expr/expr.ts';
import { renderExpr } from './expr/render.ts';
import type { TableSchema } from './schema.ts';
import { closestName, listNames } from './suggest.ts';
import {
  shownMetrics,
  type MetricPresentation,
  type MetricPresentations,
} from '../metrics/presentation.ts';

/** A metric: its formula, and (`MetricPresentation`) its default format and grade bands. */
export interface MetricDefinition extends MetricPresentation {
  /** Used in measures as a bare name; case-insensitive. */
  name: string;
  label: BilingualText;
  /** Every column `expr` passes to `col`; checked against the table before compiling. */
  requiredColumns: string[];
  /**
   * The formula as an expression tree (see `expr` builders). `col(name)` returns the table's
   * resolved column. The result must be an aggregate; it is a DOUBLE when used in a measure.
   */
  expr: (col: (name: string) => Expr) => Expr;
  isAggregate: true;
  description?: BilingualText;
  /**
   * When the metric may be given its columns in the measure, `ikm("U1 Persyaratan", ...)`: how
   * many it takes, what they are (for the error when the count is wrong), and the definition
   * over those columns. Without it, arguments are refused.
   */
  columnArguments?: MetricColumnArguments;
}

export interface MetricColumnArguments {
  count: number;
  /** What the columns are, e.g. "the nine answer columns U1..U9, in the regulation's order". */
  what: BilingualText;
  /** True when the bare name means nothing (`ikm_nrr` needs its column). */
  required?: boolean;
  define: (columns: readonly string[]) => MetricDefinition;
}

export interface CompiledMetric {
  expr: Expr;
  /** `renderExpr(expr)`, for callers that still want DuckDB text. */
  sql: string;
  /** The table's spelling of each required column. */
  columns: string[];
}

const METRIC_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function badMetric(name: unknown, problem: BilingualText): PantauError {
  return new PantauError({
    code: 'BAD_NAME',
    text: sayBoth(SQL_ERRORS, 'metricCannotRegistered', String(name), problem),
    details: { metric: name },
  });
}

/**
 * A set of metrics. The library uses `defaultMetrics`; tests make their own so registrations do
 * not leak between them.
 */
export class MetricRegistry {
  private readonly byName = new Map<string, MetricDefinition>();

  /** @param shown where the metrics' presentation is copied for widgets (`defaultMetrics`'). */
  constructor(private readonly shown?: MetricPresentations) {}

  register(definition: MetricDefinition): void {
    const { name } = definition;
    if (typeof name !== 'string' || !METRIC_NAME.test(name)) {
      throw badMetric(name, sayBoth(SQL_ERRORS, 'metricNameLettersDigits'));
    }
    if (isAggregateFunction(name)) {
      throw badMetric(name, sayBoth(SQL_ERRORS, 'nameBelongsAggregateFunction'));
    }
    if (this.byName.has(name.toLowerCase())) {
      throw badMetric(name, sayBoth(SQL_ERRORS, 'metricNameAlreadyRegistered'));
    }
    if (definition.isAggregate !== true || typeof definition.expr !== 'function') {
      throw badMetric(name, sayBoth(SQL_ERRORS, 'definitionNeedsExprFunction'));
    }
    checkGrades(definition);
    this.byName.set(name.toLowerCase(), {
      ...definition,
      requiredColumns: [...definition.requiredColumns],
    });
    this.shown?.set(name, definition);
  }

  get(name: string): MetricDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  list(): MetricDefinition[] {
    return [...this.byName.values()];
  }

  /**
   * The metric's SQL for this table, after checking that every required column exists.
   * @param args the columns given in the measure (`ikm("U1", ...)`), as written; undefined for
   *   the bare name.
   */
  compile(name: string, schema: TableSchema, args?: readonly string[]): CompiledMetric {
    const definition = this.get(name);
    if (definition === undefined) {
      const known = this.list().map((m) => m.name);
      const suggestion = closestName(name, known);
      const list = listNames(known);
      throw new PantauError({
        code: 'BAD_EXPRESSION',
        text: {
          id:
            `Metrik "${name}" tidak dikenal. Metrik yang ada: ${list.id || '(belum ada)'}.` +
            (suggestion === undefined ? '' : ` Maksud Anda "${suggestion}"?`),
          en:
            `Unknown metric "${name}". Available metrics: ${list.en || '(none yet)'}.` +
            (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`),
        },
        details: { metric: name, available: known, suggestion },
      });
    }
    return compileMetric(withColumns(definition, args), schema);
  }
}

const SCALE_NAME = /^[a-z][a-z0-9-]*$/;

/** Grades a widget can draw: a scale name fit for `bands="..."` and CSS, bands with bounds. */
function checkGrades({ name, grades }: MetricDefinition): void {
  if (grades === undefined) return;
  if (!SCALE_NAME.test(grades.scale) || grades.scale === 'none') {
    throw badMetric(name, sayBoth(SQL_ERRORS, 'gradeScaleLowerCase', String(grades.scale)));
  }
  const bad = grades.bands.length === 0 || grades.bands.some((b) => !(b.min <= b.max));
  if (bad) {
    throw badMetric(name, sayBoth(SQL_ERRORS, 'gradeScaleNeedsLeast'));
  }
}

/** The definition over the columns the measure gave, after checking how many it gave. */
function withColumns(definition: MetricDefinition, args: readonly string[] | undefined) {
  const takes = definition.columnArguments;
  if (args === undefined && takes?.required !== true) return definition;
  const given = args?.length ?? 0;
  if (takes === undefined || given !== takes.count) {
    const count = takes?.count ?? 0;
    const example = `${definition.name}(${Array.from({ length: Math.min(count, 2) }, (_, i) => `"kolom ${i + 1}"`).join(', ')}${count > 2 ? ', ...' : ''})`;
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text:
        takes === undefined
          ? sayBoth(SQL_ERRORS, 'metricTakesNoArguments', definition.name, definition.label)
          : sayBoth(
              SQL_ERRORS,
              'metricNeedsColumnArguments',
              definition.name,
              count,
              takes.what,
              given,
              example,
            ),
      details: { metric: definition.name, arguments: given, expected: takes?.count ?? 0 },
    });
  }
  return takes.define(args!);
}

function compileMetric(definition: MetricDefinition, schema: TableSchema): CompiledMetric {
  const resolved = new Map<string, string>();
  const missing: string[] = [];
  for (const required of definition.requiredColumns) {
    try {
      resolved.set(required, resolveColumn(schema, required));
    } catch {
      missing.push(required);
    }
  }
  if (missing.length > 0) {
    const available = listNames(schema.columns.map((c) => c.name));
    const names = listNames(missing);
    throw new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: sayBoth(
        SQL_ERRORS,
        'metricNeedsColumnWhich',
        definition.name,
        definition.label,
        names,
        schema.table,
        available,
      ),
      details: {
        metric: definition.name,
        missing,
        table: schema.table,
        available: schema.columns.map((c) => c.name),
      },
    });
  }
  const col = (name: string): Expr => {
    const column = resolved.get(name);
    if (column === undefined) {
      // A bug in the definition, not in the page: the formula uses an undeclared column.
      throw new PantauError({
        code: 'BAD_NAME',
        text: sayBoth(SQL_ERRORS, 'metricUsesColumnWhich', definition.name, name),
        details: { metric: definition.name, column: name },
      });
    }
    return { type: 'column', name: column };
  };
  const expr = definition.expr(col);
  return { expr, sql: renderExpr(expr), columns: [...new Set(resolved.values())] };
}

/** The registry the library's own metrics (IKM, on-time rate...) are registered in. */
export const defaultMetrics = new MetricRegistry(shownMetrics);

export function registerMetric(definition: MetricDefinition): void {
  defaultMetrics.register(definition);
}

export function getMetric(name: string): MetricDefinition | undefined {
  return defaultMetrics.get(name);
}

export function listMetrics(): MetricDefinition[] {
  return defaultMetrics.list();
}
