/**
 * How a plan's result is ordered and cut: ORDER BY by output position, NULLS LAST, a ratio's
 * "not computable" after every figure, case-folded text, LIMIT and OFFSET, and the wrapper that
 * orders over the result's names (and adds the page's total) when plain ordering cannot.
 */

import { hasDivision } from '../sql/expr/walk.ts';
import type { CompiledMeasure } from '../sql/measure/compile.ts';
import { listNames } from '../sql/suggest.ts';
import { badPlan, checkAlias, checkCount, checkUnique, MAX_LIMIT } from './plan-checks.ts';
import type { Measure } from './plan-columns.ts';
import type { PlanOrder, QueryPlan } from './plan.ts';
import type { PlanDialect } from './plan-dialect.ts';

export interface ResultShape {
  /** Ordered over the result, by name: the statement sits between `before` and `after`. */
  wrapped: boolean;
  /** ORDER BY, LIMIT and OFFSET: inside `after` when wrapped, else after the statement. */
  tail: string;
  before: string;
  after: string;
  /** The result's column names, in order, the page's total last when the plan asks for it. */
  outputs: string[];
}

export function resultShape(
  plan: QueryPlan,
  outputs: string[],
  measures: readonly Measure[],
  dialect: PlanDialect,
): ResultShape {
  const form = plan.form;
  // A ratio's NaN (a zero divisor) sorts above every number in DuckDB: DESC would rank it first.
  const ratios = new Set(
    measures.filter((m) => mayBeNotComputable(m.compiled)).map((m) => m.alias),
  );
  // Case-folded order, the page's total and a ratio's rank are worked out over the result, by
  // name: `isnan(...)` over the result's column reads the same from a pre-aggregated table,
  // whose columns are not the base table's.
  const wrapped =
    form?.kind === 'page' ||
    (plan.order ?? []).some(
      (o) => o.caseless === true || ratios.has(orderOutput(o, outputs) ?? ''),
    );
  const totalName = form?.kind === 'page' ? checkAlias(form.total) : null;
  checkUnique(totalName === null ? outputs : [...outputs, totalName]);
  const order = (plan.order ?? []).map((o) => orderTerms(o, outputs, wrapped, ratios, dialect));
  let tail = order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '';
  if (plan.limit !== undefined) tail += ` LIMIT ${checkCount(plan.limit, 'limit', MAX_LIMIT)}`;
  if (plan.offset !== undefined) {
    tail += ` OFFSET ${checkCount(plan.offset, 'offset', Number.MAX_SAFE_INTEGER)}`;
  }
  const before = wrapped
    ? `SELECT *${totalName === null ? '' : `, ${dialect.totalRows()} AS ${dialect.quote(totalName)}`} FROM (`
    : '';
  const after = wrapped ? `) AS pantau_rows${tail}` : '';
  return {
    wrapped,
    tail,
    before,
    after,
    outputs: totalName === null ? outputs : [...outputs, totalName],
  };
}

/**
 * Orders by output position (`ORDER BY 2`), never by name: a measure's name may equal a table
 * column, and a position cannot be bound to the wrong one. NULLS LAST keeps unreported values
 * from heading a ranking whatever the engine's default. Case-folded text (only in the wrapped
 * form, where the result's names are the columns) first by lower(name), then as it is.
 */
function orderTerms(
  order: PlanOrder,
  outputs: readonly string[],
  wrapped: boolean,
  ratios: ReadonlySet<string>,
  dialect: PlanDialect,
): string {
  const output = orderOutput(order, outputs);
  if (output === undefined) {
    const list = listNames([...outputs]);
    throw badPlan(
      `Tidak bisa mengurutkan menurut "${String(order.key)}": pilih salah satu kolom hasil ${list.id}.`,
      `Cannot sort by "${String(order.key)}": choose one of the output columns ${list.en}.`,
      { key: order.key, available: outputs },
    );
  }
  const direction = `${order.desc === true ? 'DESC' : 'ASC'} NULLS LAST`;
  // Not computable after every figure, before NULL, in either direction (as the widgets rank);
  // a plan ranking a ratio is always wrapped, so the term reads the result's column.
  const quoted = dialect.quote(output);
  const nanLast = ratios.has(output) ? `${dialect.isNaN(quoted)} NULLS LAST, ` : '';
  const term = `${nanLast}${outputs.indexOf(output) + 1} ${direction}`;
  if (order.caseless !== true || !wrapped) return term;
  return `${dialect.lowerText(quoted)} ${direction}, ${term}`;
}

/** The output an order key names: exactly, else regardless of case; undefined when none. */
function orderOutput(order: PlanOrder, outputs: readonly string[]): string | undefined {
  if (outputs.includes(order.key)) return order.key;
  const wanted = String(order.key).toLowerCase();
  return outputs.find((o) => o.toLowerCase() === wanted);
}

/** A number that may be NaN: a numeric measure with a division in it. */
function mayBeNotComputable(compiled: CompiledMeasure): boolean {
  return compiled.kind === 'numeric' && hasDivision(compiled.expr);
}
