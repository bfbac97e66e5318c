/**
 * The expression tree behind measures and metrics: plain JSON data, no SQL text. A dialect
 * (`duckdbExpressions`, later ClickHouse) renders it at the edge; pre-aggregation rewrites its
 * aggregate nodes (`sufficientStatistics`); a plan carries it to a server. Columns are resolved
 * names in the schema's spelling, never page text, and every node has one meaning in every
 * dialect: `/` by zero is NaN ("not computable", never Infinity, 0 or NULL, which means "not
 * reported"), and NaN stays NaN through later arithmetic.
 */

import type { BilingualText } from '../../errors/pantau-error.ts';
import { AGGREGATE_FUNCTIONS, type AggregateFunction } from '../measure/ast.ts';

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '=' | '<>' | '<' | '<=' | '>' | '>=';

/**
 * Aggregate functions (the measure grammar's list, kept once in measure/ast.ts); `count` without
 * an argument is `count(*)`.
 */
export type AggregateName = AggregateFunction;

export const AGGREGATE_NAMES: readonly AggregateName[] = AGGREGATE_FUNCTIONS;

export type Expr =
  /** A table column, resolved against the schema (its spelling there). */
  | { type: 'column'; name: string }
  /** A number as decimal text (`12`, `0.5`, `-3e2`): exact, whatever its size. */
  | { type: 'number'; text: string }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'arithmetic'; op: ArithmeticOperator; left: Expr; right: Expr }
  | { type: 'negate'; arg: Expr }
  | { type: 'compare'; op: ComparisonOperator; left: Expr; right: Expr }
  | { type: 'and'; args: Expr[] }
  | { type: 'or'; args: Expr[] }
  | { type: 'not'; arg: Expr }
  /** `arg IS NULL`, or `IS NOT NULL` with `not: true`. */
  | { type: 'is_null'; arg: Expr; not: boolean }
  | { type: 'in'; arg: Expr; values: Expr[] }
  /** Both bounds inclusive. */
  | { type: 'between'; arg: Expr; low: Expr; high: Expr }
  /** The first `when` that holds gives its `then`; none gives `else` (NULL when absent). */
  | { type: 'case'; whens: { when: Expr; then: Expr }[]; else?: Expr }
  | { type: 'coalesce'; args: Expr[] }
  | { type: 'greatest'; args: Expr[] }
  | { type: 'least'; args: Expr[] }
  /** Half away from zero, to `digits` decimals (0 when absent). */
  | { type: 'round'; arg: Expr; digits?: number }
  /** A number as a double (exact integers and decimals become floating point). */
  | { type: 'to_double'; arg: Expr }
  /** A number, or text holding a plain decimal number, as a double; anything else is NULL. */
  | { type: 'to_double_or_null'; arg: Expr }
  /** Text joined end to end. */
  | { type: 'concat'; args: Expr[] }
  /** Days (with fractions, to the millisecond) from `start` to `end`, both dates or timestamps. */
  | { type: 'days_between'; start: Expr; end: Expr }
  /** An aggregate over the group's rows; `filter` keeps only rows where it holds. */
  | { type: 'aggregate'; name: AggregateName; arg?: Expr; filter?: Expr }
  /**
   * Fails the whole query with `message` followed by `count` (e.g. the rows that broke a rule),
   * in both languages, instead of answering a silently wrong number.
   */
  | { type: 'fail'; message: BilingualText; count: Expr };

export type ExprType = Expr['type'];
export type ExprOf<T extends ExprType> = Extract<Expr, { type: T }>;
