/**
 * Which columns a publisher's cube keeps, which existing cube a new one is cheapest made from,
 * and which cube answers a widget's question. Loads with the first cube (via cube-sql.ts), like
 * the rest of the cube work: the page's first bundle carries none of it.
 */

import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import { resolveColumn } from '../sql/identifiers.ts';
import {
  sameColumn,
  canTruncate,
  cubeQuery,
  cubeShape,
  type Cube,
  type CubeColumn,
  type CubeShape,
} from './cube-sql.ts';
import type { PublisherColumn } from './pre-aggregate-options.ts';
import type { QueryRequest } from './query-client.ts';

/**
 * The cube's selection columns: the publisher's `columns` and the columns the plan's clauses
 * are on, or null when the publisher's columns are not in this table. `hints` are every
 * publisher's columns on the dashboard: a clause on a brushed time column is kept cut to the
 * brush's period rather than as every distinct instant.
 */
export function selectionColumns(
  plan: AggregatePlan,
  columns: readonly PublisherColumn[],
  hints: readonly PublisherColumn[],
): CubeColumn[] | null {
  const table = plan.table;
  const resolve = (name: string): string | null => {
    try {
      return resolveColumn(table, name);
    } catch {
      return null;
    }
  };
  const out: CubeColumn[] = [];
  const add = (c: CubeColumn) => {
    if (!out.some((o) => sameColumn(o, c))) out.push(c);
  };
  for (const p of columns) {
    const name = resolve(p.column);
    if (name === null) continue;
    const interval = p.interval && canTruncate(table, name) ? p.interval : null;
    add({ column: name, interval });
  }
  if (out.length === 0) return null;
  for (const clause of plan.filter) {
    const name = resolve(clause.column);
    if (name === null) return null;
    const hint = hints.find((h) => resolve(h.column) === name && h.interval);
    const interval = hint?.interval && canTruncate(table, name) ? hint.interval : null;
    // Kept cut only if that answers the clause now; otherwise as it is.
    const cut: CubeColumn = { column: name, interval };
    const probe: Cube = {
      name: '__probe',
      shape: cubeShape({ ...plan, filter: [] })!,
      columns: [cut],
    };
    const fits = interval !== null && cubeQuery(probe, { ...plan, filter: [clause] }) !== null;
    add(fits ? cut : { column: name, interval: null });
  }
  return out;
}

/**
 * The cube that answers `plan`, with its query, or null when none can. A cube held in the page
 * first (no trip to the worker), then the smallest: a narrower copy made on pointer entry is read
 * by DuckDB until its own fetch into the page is done.
 */
export function bestCube<C extends Cube & { generation: number; rows: number }>(
  cubes: readonly C[],
  shape: CubeShape,
  generation: number,
  plan: AggregatePlan,
  inPage: (cube: C) => boolean,
): { entry: C; query: QueryRequest } | null {
  let best: { entry: C; query: QueryRequest } | null = null;
  const rank = (e: C): number => (inPage(e) ? 0 : Number.MAX_SAFE_INTEGER / 2) + e.rows;
  for (const entry of cubes) {
    if (entry.shape.signature !== shape.signature || entry.generation !== generation) continue;
    if (best !== null && rank(best.entry) <= rank(entry)) continue;
    const query = cubeQuery(entry, plan);
    if (query !== null) best = { entry, query };
  }
  return best;
}

/**
 * The smallest cube of this shape and generation that keeps every column needed: a new cube is
 * made from it in milliseconds rather than scanned from the table. Undefined when none does.
 */
export function smallestSource<C extends Cube & { generation: number; rows: number }>(
  cubes: readonly C[],
  shape: CubeShape,
  columns: readonly CubeColumn[],
  generation: number,
): C | undefined {
  return cubes
    .filter(
      (e) =>
        e.shape.signature === shape.signature &&
        e.generation === generation &&
        columns.every((c) => e.columns.some((f) => sameColumn(f, c))),
    )
    .sort((a, b) => a.rows - b.rows)[0];
}
