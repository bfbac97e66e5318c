import { badTree, type ExprDialect, type RenderChild } from './dialect.ts';
import { duckdbExpressions } from './duckdb.ts';
import type { Expr } from './expr.ts';

/** SQL text of `expr` in `dialect` (DuckDB unless told). */
export function renderExpr(expr: Expr, dialect: ExprDialect = duckdbExpressions): string {
  const render: RenderChild = (node) => {
    const type = (node as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || type === 'name' || !Object.hasOwn(dialect, type)) {
      throw badTree(`unknown node ${JSON.stringify(type)}`, { node: type });
    }
    const renderNode = dialect[type as Expr['type']] as (n: Expr, r: RenderChild) => string;
    return renderNode(node, render);
  };
  return render(expr);
}
