/**
 * Root cubes (root-cube-sql.ts): before a pass's cubes of a table are built (the idle pass, or the
 * pass when the pointer enters a widget), one scan makes a root that keeps them all, and each is
 * then cut from it. Loads with the first cube.
 */

import type { Connector } from '../engine/connector.ts';
import type { EngineWriter } from '../engine/engine-access.ts';
import { countRows, cubeSql, dropCube, nextCubeName } from './cube-tables.ts';
import type { CubeColumn, CubeShape, RootCube } from './cube-sql.ts';

/** A cube the pass wants: its shape, columns and table (lower-cased) at `generation`. */
export interface Wanted {
  shape: CubeShape;
  columns: CubeColumn[];
  table: string;
  generation: number;
}

export interface RootOptions {
  writer: EngineWriter;
  connector: Connector;
  /** The base table's rows (the root is kept only when much smaller). */
  baseRows(table: string): Promise<number>;
  /** A root with more rows than this share of its table saves the cuts too little: dropped. */
  maxShare: number;
  between: (() => Promise<void>) | undefined;
  /** Told of each root made (its database time counts with the builds'). */
  made(root: RootCube, buildMs: number): void;
}

/**
 * One root per table with two or more wanted cubes, none for a table whose root came out too big
 * (dropped). A failed root is no error: its cubes are then scanned from the table, as without it.
 */
export async function makeRoots(
  wants: readonly Wanted[],
  options: RootOptions,
): Promise<RootCube[]> {
  const roots: RootCube[] = [];
  const tables = new Map<string, Wanted[]>();
  for (const want of wants) tables.set(want.table, [...(tables.get(want.table) ?? []), want]);
  for (const [table, list] of tables) {
    if (list.length < 2) continue;
    const shapes = [...new Map(list.map((w) => [w.shape.signature, w.shape])).values()];
    const { partExprs, ...layout } = cubeSql!.rootLayout(
      shapes,
      list.flatMap((w) => w.columns),
    );
    const name = nextCubeName();
    const started = performance.now();
    try {
      const sql = cubeSql!.rootCubeSql(name, shapes[0]!.plan.table, { ...layout, partExprs });
      await options.writer.exec(sql, options.between);
      const rows = await countRows(options.connector, name);
      if (rows > (await options.baseRows(table)) * options.maxShare) {
        await dropCube(options.writer, name);
        continue;
      }
      const root = { name, table, generation: list[0]!.generation, rows, ...layout };
      options.made(root, performance.now() - started);
      roots.push(root);
    } catch {
      await dropCube(options.writer, name);
    }
  }
  return roots;
}
