/**
 * The SQL of pre-aggregated tables ("data cubes", Mosaic's data cube indexes), as pure functions
 * so they are tested without a database. A cube holds, per combination of a client's group
 * values and the selection columns (the publisher's, and those other clauses are on), the
 * decomposable parts of the client's measures. An update is then a GROUP BY over the cube that
 * combines the parts with the measure's own formula: the same numbers from a few thousand rows.
 */

import type { Expr } from '../sql/expr/expr.ts';
import { renderExpr } from '../sql/expr/render.ts';
import { reaggregate, sufficientStatistics } from '../sql/expr/sufficient-statistics.ts';
import type { AggregatePlan, TruncUnit } from '../sql/aggregate-plan.ts';
import { compileFilter, type FilterClause } from '../sql/filter.ts';
import { filterValue } from '../sql/filter-value.ts';
import { quoteIdentifier, resolveColumn } from '../sql/identifiers.ts';
import { isDateType, isTimestampType, type ColumnInfo, type TableSchema } from '../sql/schema.ts';
import type { QueryRequest } from './query-client.ts';

/** A selection column kept in a cube: the column as it is, or cut to a period (a brush's). */
export interface CubeColumn {
  /** The base column, in the schema's spelling. */
  column: string;
  interval: TruncUnit | null;
}

/** What a cube is for: everything of a plan except its filter and what follows the GROUP BY. */
export interface CubeShape {
  /** Same signature, same groups and measures: a cube built for one client serves its twins. */
  signature: string;
  plan: AggregatePlan;
  /** Distinct parts over every measure (count(*) once even when two measures use it). */
  parts: Expr[];
  /** Per measure: its expression over the cube's part columns (`p_0`, `p_1`...). */
  combined: Expr[];
}

export interface Cube {
  name: string;
  shape: CubeShape;
  columns: CubeColumn[];
}

const PERIOD_UNIT: Readonly<Record<TruncUnit, string>> = Object.freeze({
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
});

/** The cube's column names: fixed patterns, so nothing of a page's naming reaches them. */
const groupName = (i: number): string => `g_${i}`;
export const filterName = (i: number): string => `f_${i}`;
export const partName = (i: number): string => `p_${i}`;

/** Whether two kept columns are the same: the column, cut to the same period (or not). */
export function sameColumn(a: CubeColumn, b: CubeColumn): boolean {
  return a.column === b.column && a.interval === b.interval;
}

/** ` GROUP BY 1, 2, ...` over a cube's first `keys` columns (nothing for none). */
export function groupByKeys(keys: number): string {
  return keys === 0 ? '' : ` GROUP BY ${Array.from({ length: keys }, (_, i) => i + 1).join(', ')}`;
}

/**
 * The plan's shape, or null when a measure cannot be split into sums, counts, minima and maxima
 * (a median or a distinct count needs every row: such a widget keeps querying the base table).
 */
export function cubeShape(plan: AggregatePlan): CubeShape | null {
  const parts: Expr[] = [];
  const keys: string[] = [];
  const combined: Expr[] = [];
  for (const measure of plan.measures) {
    const split = sufficientStatistics(measure.expr);
    if (split === null) return null;
    const index = split.parts.map((part) => {
      const key = JSON.stringify(part);
      const at = keys.indexOf(key);
      if (at >= 0) return at;
      keys.push(key);
      return parts.push(part) - 1;
    });
    combined.push(split.combine((i) => ({ type: 'column', name: partName(index[i]!) })));
  }
  const signature = JSON.stringify([
    plan.table.table.toLowerCase(),
    plan.groups.map((g) => g.sql),
    plan.measures.map((m) => m.sql),
  ]);
  return { signature, plan, parts, combined };
}

/** `CREATE TABLE <name> AS SELECT groups, selection columns, parts FROM base GROUP BY ...`. */
export function cubeBuildSql(
  name: string,
  shape: CubeShape,
  columns: readonly CubeColumn[],
): string {
  const { plan } = shape;
  const select = [
    ...plan.groups.map((g, i) => `${g.sql} AS ${quoteIdentifier(groupName(i))}`),
    ...columns.map(
      (c, i) => `${cubeColumnSql(c, plan.table)} AS ${quoteIdentifier(filterName(i))}`,
    ),
    ...shape.parts.map((p, i) => `${renderExpr(p)} AS ${quoteIdentifier(partName(i))}`),
  ];
  const from = quoteIdentifier(plan.table.table);
  const groupBy = groupByKeys(plan.groups.length + columns.length);
  return `CREATE TABLE ${quoteIdentifier(name)} AS SELECT ${select.join(', ')} FROM ${from}${groupBy}`;
}

/**
 * A smaller cube made from a bigger one that keeps every column it needs: the groups and the
 * wanted selection columns, the parts re-aggregated (sums and counts summed, minima and maxima
 * again). Milliseconds instead of a scan of the base table.
 */
export function cubeFromCubeSql(name: string, from: Cube, columns: readonly CubeColumn[]): string {
  const { plan, parts } = from.shape;
  const picked = columns.map((c) => {
    const at = from.columns.findIndex((f) => sameColumn(f, c));
    if (at < 0) throw new Error(`cube ${from.name} does not keep ${c.column}`);
    return at;
  });
  const select = [
    ...plan.groups.map((_, i) => quoteIdentifier(groupName(i))),
    ...picked.map(
      (at, i) => `${quoteIdentifier(filterName(at))} AS ${quoteIdentifier(filterName(i))}`,
    ),
    ...parts.map((part, i) => {
      const again = reaggregate(part, { type: 'column', name: partName(i) });
      return `${renderExpr(again)} AS ${quoteIdentifier(partName(i))}`;
    }),
  ];
  const groupBy = groupByKeys(plan.groups.length + columns.length);
  return `CREATE TABLE ${quoteIdentifier(name)} AS SELECT ${select.join(', ')} FROM ${quoteIdentifier(from.name)}${groupBy}`;
}

/** A period cut keeps the column's own type, so filter values bind and compare as on the base. */
export function cubeColumnSql(column: CubeColumn, table: TableSchema): string {
  const quoted = quoteIdentifier(column.column);
  if (column.interval === null) return quoted;
  const type = typeOf(table, column.column);
  const cast = isDateType(type) ? 'DATE' : 'TIMESTAMP';
  return `CAST(date_trunc('${PERIOD_UNIT[column.interval]}', ${quoted}) AS ${cast})`;
}

function typeOf(table: TableSchema, column: string): string {
  return table.columns.find((c) => c.name === column)?.type ?? '';
}

/** Whether a column can be kept cut to `interval` (plain dates and timestamps only). */
export function canTruncate(table: TableSchema, column: string): boolean {
  const type = typeOf(table, column);
  return isDateType(type) || (isTimestampType(type) && !/ZONE|TZ/i.test(type));
}

/**
 * The plan's clauses on the cube's selection columns (`f_0`...), or null when one is on a column
 * the cube does not keep or cuts to periods the clause's bounds do not fall on.
 */
export function cubeClauses(cube: Cube, plan: AggregatePlan): FilterClause[] | null {
  const { table } = plan;
  const renamed: FilterClause[] = [];
  for (const clause of plan.filter) {
    let column: string;
    try {
      column = resolveColumn(table, clause.column);
    } catch {
      return null;
    }
    const info: ColumnInfo = { name: column, type: typeOf(table, column) };
    const at = cube.columns.findIndex(
      (c) => c.column === column && answers(c.interval, clause, info),
    );
    if (at < 0) return null;
    renamed.push({ ...clause, column: filterName(at) });
  }
  return renamed;
}

/** The cube's selection columns (`f_0`...) with their base columns' types. */
export function cubeFilterSchema(cube: Cube, table: TableSchema): TableSchema {
  return {
    table: cube.name,
    columns: cube.columns.map((c, i) => ({ name: filterName(i), type: typeOf(table, c.column) })),
  };
}

/**
 * The plan's question asked of `cube`, or null when the cube cannot answer it exactly: a clause
 * on a column the cube does not keep, or a range on a period-cut column whose bounds are not
 * whole periods.
 */
export function cubeQuery(cube: Cube, plan: AggregatePlan): QueryRequest | null {
  const renamed = cubeClauses(cube, plan);
  if (renamed === null) return null;
  const cubeSchema = cubeFilterSchema(cube, plan.table);
  let where: { sql: string; params: QueryRequest['params'] };
  try {
    where = compileFilter(renamed, cubeSchema);
  } catch {
    return null;
  }
  const select = [
    ...plan.groups.map((g, i) => `${quoteIdentifier(groupName(i))} AS ${quoteIdentifier(g.alias)}`),
    ...plan.measures.map(
      (m, i) => `${renderExpr(cube.shape.combined[i]!)} AS ${quoteIdentifier(m.alias)}`,
    ),
  ];
  let sql = `SELECT ${select.join(', ')} FROM ${quoteIdentifier(cube.name)}`;
  if (where.sql !== '') sql += ` WHERE ${where.sql}`;
  if (plan.groups.length > 0) {
    sql += ` GROUP BY ${plan.groups.map((_, i) => i + 1).join(', ')}`;
  }
  return { sql: `${plan.before}${sql}${plan.tail}${plan.after}`, params: where.params ?? [] };
}

/**
 * Whether a clause on a column cut to `interval` selects the same rows as on the column itself:
 * null tests always do (a cut keeps NULL); a range does when its lower bound starts a period and
 * its upper bound ends one (the brush publishes [first instant, last millisecond] of whole
 * periods). Timestamps finer than a millisecond inside a period's last millisecond would differ:
 * Pantau's brush never bounds inside a period, and dates have no such fraction.
 */
function answers(interval: TruncUnit | null, clause: FilterClause, column: ColumnInfo): boolean {
  if (interval === null) return true;
  const { predicate, value } = clause;
  if (predicate === 'is_null' || predicate === 'not_null') return true;
  const date = isDateType(column.type);
  const starts = (v: unknown) => isPeriodEdge(v, column, interval, 0);
  const ends = (v: unknown) => isPeriodEdge(v, column, interval, date ? 86_400_000 : 1);
  switch (predicate) {
    case 'between':
      return Array.isArray(value) && value.length === 2 && starts(value[0]) && ends(value[1]);
    case 'gte':
    case 'lt':
      return starts(value);
    case 'lte':
    case 'gt':
      return ends(value);
    default:
      return false;
  }
}

/** Whether the bound value, `step` ms later, is the start of an `interval` period (UTC, as bound). */
function isPeriodEdge(
  value: unknown,
  column: ColumnInfo,
  interval: TruncUnit,
  step: number,
): boolean {
  let bound: unknown;
  try {
    bound = filterValue(value, column);
  } catch {
    return false;
  }
  if (typeof bound !== 'string') return false;
  const text = bound.length === 10 ? `${bound}T00:00:00Z` : bound;
  const ms = Date.parse(/Z|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
  if (!Number.isFinite(ms)) return false;
  const d = new Date(ms + step);
  if (d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds() !== 0) {
    return false;
  }
  switch (interval) {
    case 'day':
      return true;
    case 'week':
      return d.getUTCDay() === 1;
    case 'month':
      return d.getUTCDate() === 1;
    case 'year':
      return d.getUTCDate() === 1 && d.getUTCMonth() === 0;
  }
}

// Loads with the cube SQL: a page that never builds a cube never waits for one.
export { covered, quiet, stillWanted, wantedCube } from './build-steps.ts';
export { bestCube, selectionColumns, smallestSource } from './cube-choice.ts';
export {
  cubeFromRootSql,
  rootCubeSql,
  rootKeeps,
  rootLayout,
  type RootCube,
} from './root-cube-sql.ts';
export { makeRoots } from './root-builds.ts';
