/** The expression tree of measures and metrics, its dialects and its pre-aggregation. */

export type {
  Expr,
  ExprType,
  ExprOf,
  AggregateName,
  ArithmeticOperator,
  ComparisonOperator,
} from './expr.ts';
export { AGGREGATE_NAMES } from './expr.ts';
export type { ExprDialect, RenderChild } from './dialect.ts';
export { duckdbExpressions } from './duckdb.ts';
export { renderExpr } from './render.ts';
export { sufficientStatistics, type SufficientStatistics } from './sufficient-statistics.ts';
export { mapChildren, childrenOf, someNode, hasAggregate } from './walk.ts';
export * as expr from './build.ts';
