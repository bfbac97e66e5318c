import type { SqlValue } from '../sql/params.ts';
import type { TableSchema } from '../sql/schema.ts';
import { overFilteredRows } from './filtered-rows.ts';
import type { MergeableQuery } from './merge.ts';
import { planKey, type QueryPlan } from './plan.ts';

/** What this needs of a query the coordinator has prepared (coordinator/query-runner.ts). */
export interface ShareableQuery {
  outputs: string[] | null;
  routed: unknown;
  plan: { plan: QueryPlan; schema: TableSchema; reads: string[] } | null;
}

/**
 * Plans on the base table under one filter (everyone but the publisher, after a selection
 * change) read the filter's rows once: a named, materialized set of rows per table and filter,
 * each of those plans rendered over it (plan/filtered-rows.ts). Plans answered from a cube, and
 * a filter only one plan has, read as they are.
 */
export function sharedRows<Q extends ShareableQuery>(
  chunk: readonly Q[],
): {
  definitions: string[];
  params: SqlValue[];
  branches: Map<Q, MergeableQuery>;
} {
  const eligible = chunk.filter(
    (q) =>
      q.routed === null &&
      q.plan !== null &&
      (q.plan.plan.filter ?? []).length > 0 &&
      // Lookups join after the plan's answer: rendered over shared rows they would be lost.
      (q.plan.plan.lookups ?? []).length === 0,
  );
  // The selection's clauses lead each plan's filter (its own clauses follow): the longest
  // leading run another plan on the same table has too is what they share.
  const prefixKey = (q: Q, n: number) =>
    `${q.plan!.schema.table}\u0000${planKey({ table: '', filter: q.plan!.plan.filter!.slice(0, n) })}`;
  const count = new Map<string, number>();
  for (const q of eligible) {
    for (let n = 1; n <= q.plan!.plan.filter!.length; n++) {
      count.set(prefixKey(q, n), (count.get(prefixKey(q, n)) ?? 0) + 1);
    }
  }
  const groups = new Map<string, { n: number; members: Q[] }>();
  for (const q of eligible) {
    let n = q.plan!.plan.filter!.length;
    while (n > 0 && (count.get(prefixKey(q, n)) ?? 0) < 2) n--;
    if (n === 0) continue;
    const group = groups.get(prefixKey(q, n)) ?? { n, members: [] };
    group.members.push(q);
    groups.set(prefixKey(q, n), group);
  }
  const out = { definitions: [] as string[], params: [] as SqlValue[], branches: new Map() };
  for (const { n, members } of groups.values()) {
    if (members.length < 2) continue;
    const first = members[0]!.plan!;
    try {
      const rows = overFilteredRows(
        `__pantau_rows_${out.definitions.length}`,
        first.schema,
        first.plan.filter!.slice(0, n),
        members.map((q) => ({ ...q.plan!.plan, filter: q.plan!.plan.filter!.slice(n) })),
        [...new Set(members.flatMap((q) => q.plan!.reads))],
      );
      out.definitions.push(rows.definition);
      out.params.push(...rows.params);
      members.forEach((q, i) =>
        out.branches.set(q, { ...rows.plans[i]!, outputs: q.outputs ?? [] }),
      );
    } catch {
      // Rendered alone a moment ago, so this cannot fail; if it does, each reads the table.
    }
  }
  return out;
}
