/**
 * Plans rendered to SQL for the query runner. The plan renderer (with the measure grammar,
 * metrics and expression dialect it compiles with) loads with the first plan, not with the page:
 * at load, a page has nothing to render yet, and the chart modules that build plans load on
 * demand too. Once loaded, plans render at once.
 */

import { codeOnDemand } from '../engine/code-on-demand.ts';
import type * as RendererModule from '../plan/render.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { TableSchema } from '../sql/schema.ts';
import type { PreparedQuery } from './prepared-query.ts';

export type Renderer = typeof RendererModule;

const renderer = codeOnDemand(() => import('../plan/render.ts'), 'codeWritesQueriesCould');

/** The renderer when it has loaded (then a plan renders without waiting), else null. */
export const loadedRenderer = (): Renderer | null => renderer.current;

export const loadRenderer = (): Promise<Renderer> => renderer.load();

/** A plan as SQL on its table (the first schema; the rest are its lookups'); renderer loaded. */
export function renderPrepared(
  key: string,
  plan: QueryPlan,
  schemas: readonly TableSchema[],
): PreparedQuery {
  const [schema, ...lookups] = schemas as [TableSchema, ...TableSchema[]];
  const rendered = renderer.current!.renderPlan(plan, schema, undefined, undefined, {
    schemaOf: (table) => lookups.find((s) => s.table.toLowerCase() === table.toLowerCase())!,
  });
  return {
    key,
    sql: rendered.sql,
    params: rendered.params,
    outputs: rendered.outputs,
    routed: null,
    aggregate: rendered.aggregate ?? null,
    plan: { plan, schema, reads: rendered.reads },
  };
}
