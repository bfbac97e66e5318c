/**
 * @pantau/core's safe-SQL layer: everything that turns attributes, interactions and URL state
 * into SQL text with bound parameters.
 */

export type { ColumnInfo, TableSchema } from './schema.ts';
export {
  isNumericType,
  isTemporalType,
  isDateType,
  isTimestampType,
  isTextType,
  isBooleanType,
  isExactNumericType,
} from './schema.ts';
export { quoteIdentifier, checkSourceName, resolveColumn } from './identifiers.ts';
export type { SqlValue, SqlQuery } from './params.ts';

export { AGGREGATE_FUNCTIONS, type AggregateFunction, type MeasureNode } from './measure/ast.ts';
export { MAX_MEASURE_LENGTH } from './measure/errors.ts';
export { tokenize, type Token, type TokenKind } from './measure/tokenize.ts';
export { parseMeasure } from './measure/parse.ts';
export { measureLabel } from './measure/label.ts';
export {
  compileMeasure,
  compileMeasureTree,
  type CompiledMeasure,
  type ValueKind,
} from './measure/compile.ts';

export * from './expr/index.ts';

export {
  MetricRegistry,
  defaultMetrics,
  registerMetric,
  getMetric,
  listMetrics,
  type MetricDefinition,
  type CompiledMetric,
} from './metrics.ts';

export {
  compileFilter,
  FILTER_PREDICATES,
  MAX_IN_VALUES,
  type FilterClause,
  type FilterPredicate,
} from './filter.ts';
export { MAX_FILTER_STRING } from './filter-value.ts';

export {
  groupQuery,
  MAX_LIMIT,
  type GroupQuerySpec,
  type OrderBy,
  type PlannedQuery,
} from './group-query.ts';

export type { AggregatePlan } from './aggregate-plan.ts';
