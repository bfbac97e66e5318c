/**
 * A plan's way to a server cube: its aggregate rendered without the scope (the cube holds only
 * the scope's rows already) and handed to the cube store. Plans a cube cannot answer the page's
 * way (lookups joined in, measures that do not split: renderPlan gives no aggregate) read the table.
 */

import {
  defaultMetrics,
  renderPlan,
  type QueryPlan,
  type SqlValue,
  type TableSchema,
} from '@pantau/core';
import { duckdbPlan } from '@pantau/core/node';
import type { FilterClause } from '@pantau/core';
import type { SessionCubes } from '../engine/engine.ts';

export async function cubeRoute(
  plan: QueryPlan,
  schema: TableSchema,
  scope: { value: string | null; clauses: readonly FilterClause[] },
  cubes: SessionCubes,
): Promise<{ sql: string; params: SqlValue[] } | null> {
  if ((plan.lookups?.length ?? 0) > 0) return null;
  const { limit: _limit, offset: _offset, ...rest } = plan;
  const { aggregate } = renderPlan(rest, schema, defaultMetrics, duckdbPlan);
  if (aggregate === undefined) return null;
  return cubes.store.route(
    aggregate,
    { version: await cubes.version(), scopeValue: scope.value, scope: scope.clauses },
    cubes.statements,
  );
}
