/**
 * Pre-aggregation's tables in DuckDB: the cube SQL (with sufficient statistics on the expression
 * tree), loaded with the first cube build, never with the page (a page whose tables stay under
 * `minRows` never builds one, and routing has nothing to look for until then); page-wide cube
 * names; making, counting and dropping the tables; the warning a failed build leaves.
 */

import { CORE_START_WORDS, sayBoth } from '@pantau/messages';
import type { Connector } from '../engine/connector.ts';
import type { EngineWriter } from '../engine/engine-access.ts';
import { PantauError } from '../errors/pantau-error.ts';
import { runQuery } from '../results/run-query.ts';
import { quoteIdentifier } from '../sql/identifiers.ts';
import type { Cube, CubeColumn, CubeShape, RootCube } from './cube-sql.ts';
import type * as CubeSqlModule from './cube-sql.ts';

export type CubeSql = typeof CubeSqlModule;

/** The cube SQL once loaded (an ES live binding: importers see it arrive), else null. */
export let cubeSql: CubeSql | null = null;
let cubeSqlLoad: Promise<CubeSql> | null = null;

/**
 * Whether the cube SQL is here, loading it first. A chunk that does not load (a file missing on
 * the server) is warned about: the base table answers.
 */
export function cubeSqlLoaded(): Promise<boolean> {
  return loadCubeSql().then(
    () => true,
    (error: unknown) => {
      warnBuildFailed('*', error);
      return false;
    },
  );
}

export function loadCubeSql(): Promise<CubeSql> {
  cubeSqlLoad ??= import('./cube-sql.ts').then(
    (module) => (cubeSql = module),
    (error: unknown) => {
      cubeSqlLoad = null;
      throw error;
    },
  );
  return cubeSqlLoad;
}

const CUBE_COUNTER = Symbol.for('pantau.cubeCounter.v1');

/** Cube names are unique on the page: every dashboard's coordinator shares one DuckDB. */
export function nextCubeName(): string {
  const holder = globalThis as { [CUBE_COUNTER]?: number };
  holder[CUBE_COUNTER] = (holder[CUBE_COUNTER] ?? 0) + 1;
  return `__pantau_cube_${holder[CUBE_COUNTER]}`;
}

/** Warns, in both languages, that a build failed: the widgets' answers stay the same, slower. */
export function warnBuildFailed(table: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const failure = new PantauError({
    code: 'QUERY_FAILED',
    text: sayBoth(CORE_START_WORDS, 'preAggregatingTableFailed', table, reason),
    cause: error,
  });
  console.warn(`${failure.text.id} / ${failure.text.en}`);
}

/** A table's rows, as a number (a count statement of its own). */
export async function countRows(connector: Connector, table: string): Promise<number> {
  const result = await runQuery(
    connector,
    `SELECT count(*)::DOUBLE AS n FROM ${quoteIdentifier(table)}`,
  );
  return Number(result.columns['n']?.[0] ?? 0);
}

/** A cube table made, with its rows and how long it took. */
export interface MadeCube {
  name: string;
  rows: number;
  buildMs: number;
}

/**
 * Makes one cube table: scanned from the base table, or cut from `source`, a bigger cube that
 * keeps every column needed or a pass's root cube (milliseconds instead of seconds). With `between`, the statement runs
 * in slices and awaits it before each next one (the reader's queries pass there). On failure
 * nothing is left behind and the error is thrown on.
 */
export async function makeCube(
  writer: EngineWriter,
  connector: Connector,
  shape: CubeShape,
  columns: CubeColumn[],
  source: Cube | RootCube | undefined,
  between?: () => Promise<void>,
): Promise<MadeCube> {
  const sql = cubeSql!;
  const name = nextCubeName();
  const started = performance.now();
  try {
    await writer.exec(
      source === undefined
        ? sql.cubeBuildSql(name, shape, columns)
        : 'groups' in source
          ? sql.cubeFromRootSql(name, source, shape, columns)
          : sql.cubeFromCubeSql(name, source, columns),
      between,
    );
    const rows = await countRows(connector, name);
    return { name, rows, buildMs: performance.now() - started };
  } catch (error) {
    await dropCube(writer, name);
    throw error;
  }
}

/** Drops a cube table; a database that is gone or closed has nothing left to drop. */
export function dropCube(writer: EngineWriter, name: string): Promise<void> {
  return writer.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`).then(
    () => undefined,
    () => undefined,
  );
}

/** Drops a pass's root cubes once their cuts are made (root-builds.ts). */
export async function dropRoots(writer: EngineWriter, roots: readonly RootCube[]): Promise<void> {
  await Promise.all(roots.map((root) => dropCube(writer, root.name)));
}
