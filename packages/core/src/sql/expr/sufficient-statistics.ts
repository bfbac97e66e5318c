/**
 * Pre-aggregation on the tree (Mosaic's sufficient statistics): every `sum`, `count`, `min`,
 * `max` and `avg` of a measure, with its filter, becomes parts computed once per group of a
 * pre-aggregated table, and `combine` rebuilds the measure over those parts: the same formula
 * over the same sums. A median, a distinct count or anything reading rows outside an aggregate
 * needs every row: there are no parts, and the base table answers.
 */

import { coalesce, div, lit, max, min, sum } from './build.ts';
import type { Expr, ExprOf } from './expr.ts';
import { childrenOf, hasAggregate, mapChildren } from './walk.ts';

export interface SufficientStatistics {
  /** Aggregates over the base table, one pre-aggregated column each, without duplicates. */
  parts: Expr[];
  /** The measure over the parts; `part(i)` is the column holding part i. */
  combine(part: (index: number) => Expr): Expr;
}

type Template = (part: (index: number) => Expr) => Expr;

/** Null when the measure cannot be answered from parts (see the header). */
export function sufficientStatistics(expr: Expr): SufficientStatistics | null {
  const parts: Expr[] = [];
  const seen = new Map<string, number>();
  const addPart = (part: Expr): number => {
    const key = JSON.stringify(part);
    let index = seen.get(key);
    if (index === undefined) {
      index = parts.push(part) - 1;
      seen.set(key, index);
    }
    return index;
  };

  const split = (node: Expr): Template | null => {
    if (node.type === 'aggregate') return splitAggregate(node, addPart);
    // A row value outside any aggregate has no single value per group.
    if (node.type === 'column') return null;
    const templates = childrenOf(node).map(split);
    if (templates.some((t) => t === null)) return null;
    if (templates.length === 0) return () => node;
    return (part) => {
      let i = 0;
      return mapChildren(node, () => templates[i++]!(part));
    };
  };

  const combine = split(expr);
  return combine === null || parts.length === 0 ? null : { parts, combine };
}

/**
 * Counts are re-summed with a 0 for "no rows" (a count over nothing is 0, a sum over nothing is
 * NULL); avg is a sum over a count of the same non-null values, which is what avg computes.
 */
function splitAggregate(
  node: ExprOf<'aggregate'>,
  addPart: (part: Expr) => number,
): Template | null {
  if (node.arg !== undefined && hasAggregate(node.arg)) return null;
  if (node.filter !== undefined && hasAggregate(node.filter)) return null;
  const part = (name: 'sum' | 'count' | 'min' | 'max'): number => {
    const p: Expr = { ...node, name };
    return addPart(p);
  };
  switch (node.name) {
    case 'sum': {
      const i = part('sum');
      return (col) => sum(col(i));
    }
    case 'count': {
      const i = part('count');
      return (col) => coalesce(sum(col(i)), lit(0));
    }
    case 'min':
    case 'max': {
      const i = part(node.name);
      const again = node.name === 'min' ? min : max;
      return (col) => again(col(i));
    }
    case 'avg': {
      if (node.arg === undefined) return null;
      const total = part('sum');
      const values = part('count');
      return (col) => div(sum(col(total)), sum(col(values)));
    }
    default:
      return null;
  }
}

/** How a part is re-aggregated when a coarser table is made from a finer one. */
export function reaggregate(part: Expr, value: Expr): Expr {
  if (part.type === 'aggregate' && (part.name === 'min' || part.name === 'max')) {
    return part.name === 'min' ? min(value) : max(value);
  }
  return sum(value);
}
