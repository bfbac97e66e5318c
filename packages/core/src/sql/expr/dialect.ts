/**
 * A dialect of the expression tree: one render function per node type, so every spelling of one
 * engine (DuckDB's TRY_CAST and FILTER, ClickHouse's toFloat64OrNull and sumIf) lives in one
 * object and the tree stays engine-free. TypeScript refuses a dialect that misses a node type.
 */

import { MEASURE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../../errors/pantau-error.ts';
import type { Expr, ExprOf, ExprType } from './expr.ts';

/** Renders a child node in the same dialect. */
export type RenderChild = (expr: Expr) => string;

export type ExprDialect = { readonly name: string } & {
  readonly [T in ExprType]: (node: ExprOf<T>, render: RenderChild) => string;
};

/** A tree that did not come from Pantau's builders (a hand-edited plan, a newer client). */
export function badTree(problem: string, details: Record<string, unknown> = {}): PantauError {
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: sayBoth(MEASURE_ERRORS, 'expressionTreeInvalid', problem),
    details,
  });
}
