/**
 * Build work yields to the reader (issue 17 item 5). A cube build is a step (one CREATE per
 * cube); a step starts only when no interactive query is waiting anywhere on the page (asking.ts),
 * so a click issued during a build is sent ahead of every step not yet started and waits at most
 * for the one step already in DuckDB's worker. Loads with the first cube (via cube-sql.ts).
 */

import type { AggregatePlan } from '../sql/aggregate-plan.ts';
import type { AskingLane } from './asking.ts';
import { cubeShape, sameColumn, type Cube, type CubeColumn, type CubeShape } from './cube-sql.ts';
import { selectionColumns } from './cube-choice.ts';
import type { PublisherColumn } from './pre-aggregate-options.ts';
import type { Wanted } from './root-builds.ts';

/**
 * Resolves when no interactive query is waiting. After one finishes, the step also lets a task
 * pass (the answer's rendering may ask again at once, a brush's next move), then looks again.
 */
export async function quiet(): Promise<void> {
  // Read from the page, not imported: a module shared with the page's own code would become a
  // chunk of its own, loaded at load (a few hundred bytes more there).
  const holder = globalThis as { [key: symbol]: AskingLane | undefined };
  const lane = (holder[Symbol.for('pantau.asking.v1')] ??= { n: 0, wake: [] });
  while (lane.n > 0) {
    await new Promise<void>((resolve) => lane.wake.push(resolve));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Whether a cube of this shape and generation already keeps `wanted` and is narrow enough: the
 * same columns, or so small that a narrower copy is not worth a step.
 */
export function covered(
  cubes: readonly (Cube & { generation: number; rows: number })[],
  shape: CubeShape,
  wanted: readonly CubeColumn[],
  generation: number,
  smallCubeRows: number,
): boolean {
  return cubes.some(
    (e) =>
      e.shape.signature === shape.signature &&
      e.generation === generation &&
      wanted.every((w) => e.columns.some((c) => sameColumn(c, w))) &&
      (e.columns.length === wanted.length || e.rows <= smallCubeRows),
  );
}

/**
 * Whether a queued build is still worth its step when its turn comes: some widget still asks
 * questions of its shape (none left, or each changed its question: nothing would read the cube),
 * and no cube built meanwhile already keeps its columns.
 */
export function stillWanted(
  cubes: readonly (Cube & { generation: number; rows: number })[],
  plans: Iterable<AggregatePlan>,
  shape: CubeShape,
  columns: readonly CubeColumn[],
  generation: number,
  smallCubeRows: number,
): boolean {
  if (covered(cubes, shape, columns, generation, smallCubeRows)) return false;
  for (const plan of plans) if (cubeShape(plan)?.signature === shape.signature) return true;
  return false;
}

/**
 * The cube `plan` needs to answer clauses on `columns` (its shape and kept columns, with `hints`
 * for how a brushed column is cut), or null when it has no cube form or one held already serves:
 * a cube keeping these columns that is already small (a wide cube that keeps them still gets a
 * smaller one made from it, cheap, since every update scans what it reads).
 */
export function wantedCube(
  plan: AggregatePlan,
  columns: readonly PublisherColumn[],
  hints: readonly PublisherColumn[],
  held: readonly (Cube & { generation: number; rows: number })[],
  generationOf: (table: string) => number,
  smallCubeRows: number,
): Wanted | null {
  const shape = cubeShape(plan);
  const wanted = shape === null ? null : selectionColumns(plan, columns, hints);
  if (shape === null || wanted === null) return null;
  const table = plan.table.table.toLowerCase();
  const generation = generationOf(table);
  if (covered(held, shape, wanted, generation, smallCubeRows)) return null;
  return { shape, columns: wanted, table, generation };
}
