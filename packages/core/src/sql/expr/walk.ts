/** Generic walks over the tree: rebuild a node with new children, list its children. */

import type { Expr } from './expr.ts';

/** `node` with every direct child replaced by `f(child)`; leaves come back as they are. */
export function mapChildren(node: Expr, f: (child: Expr) => Expr): Expr {
  switch (node.type) {
    case 'column':
    case 'number':
    case 'string':
    case 'boolean':
    case 'null':
      return node;
    case 'arithmetic':
    case 'compare':
      return { ...node, left: f(node.left), right: f(node.right) };
    case 'negate':
    case 'not':
    case 'is_null':
    case 'round':
    case 'to_double':
    case 'to_double_or_null':
      return { ...node, arg: f(node.arg) };
    case 'and':
    case 'or':
    case 'coalesce':
    case 'greatest':
    case 'least':
    case 'concat':
      return { ...node, args: node.args.map(f) };
    case 'in':
      return { ...node, arg: f(node.arg), values: node.values.map(f) };
    case 'between':
      return { ...node, arg: f(node.arg), low: f(node.low), high: f(node.high) };
    case 'case': {
      const whens = node.whens.map((w) => ({ when: f(w.when), then: f(w.then) }));
      return node.else === undefined ? { ...node, whens } : { ...node, whens, else: f(node.else) };
    }
    case 'days_between':
      return { ...node, start: f(node.start), end: f(node.end) };
    case 'aggregate': {
      const out: Expr = { ...node };
      if (node.arg !== undefined) out.arg = f(node.arg);
      if (node.filter !== undefined) out.filter = f(node.filter);
      return out;
    }
    case 'fail':
      return { ...node, count: f(node.count) };
  }
}

export function childrenOf(node: Expr): Expr[] {
  const children: Expr[] = [];
  mapChildren(node, (child) => {
    children.push(child);
    return child;
  });
  return children;
}

/** Whether any node of the tree (itself included) passes `test`. */
export function someNode(node: Expr, test: (node: Expr) => boolean): boolean {
  return test(node) || childrenOf(node).some((child) => someNode(child, test));
}

export const hasAggregate = (node: Expr): boolean => someNode(node, (n) => n.type === 'aggregate');

/** Whether the tree divides: its number may then be NaN, "not computable" (a zero divisor). */
export const hasDivision = (node: Expr): boolean =>
  someNode(node, (n) => n.type === 'arithmetic' && n.op === '/');
