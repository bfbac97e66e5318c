/**
 * The measure grammar's syntax tree. Positions are 0-based offsets into the expression, kept so
 * that compile-time errors (unknown column, nested aggregate) can point at the right place.
 */

/** The aggregate functions a measure may call. Lower-case; the parser folds case. */
export const AGGREGATE_FUNCTIONS = [
  'sum',
  'avg',
  'min',
  'max',
  'count',
  'median',
  'count_distinct',
] as const;

export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];

export function isAggregateFunction(name: string): name is AggregateFunction {
  return (AGGREGATE_FUNCTIONS as readonly string[]).includes(name.toLowerCase());
}

export type BinaryOperator = '+' | '-' | '*' | '/';

export type MeasureNode =
  | { kind: 'number'; text: string; position: number }
  /** A bare name may be a metric or a column; a quoted name is always a column. */
  | { kind: 'name'; name: string; quoted: boolean; position: number }
  /**
   * A named metric given its columns, `ikm("U1 Persyaratan", ..., "U9 Sarana")`: each argument is
   * a name node (a column); the metric says how many it takes.
   */
  | { kind: 'metric'; name: string; args: MeasureNode[]; position: number }
  /** `arg` is null for `count(*)`. */
  | { kind: 'aggregate'; fn: AggregateFunction; arg: MeasureNode | null; position: number }
  | { kind: 'negate'; operand: MeasureNode; position: number }
  | {
      kind: 'binary';
      op: BinaryOperator;
      left: MeasureNode;
      right: MeasureNode;
      position: number;
    };
