/**
 * Which selection columns a server cube keeps, learnt from the plans themselves (the page does not
 * tell a server which widgets publish: it asks once a pointer is on one, and a server never sees
 * the pointer). A clause in a plan is a selection someone made; the columns clauses are on, for a
 * table, are that table's publishers. A range on a date or timestamp whose bounds fall on whole
 * months (a brush over months) is kept cut to months; on whole days, to days.
 */

import {
  quoteIdentifier,
  resolveColumn,
  type AggregatePlan,
  type FilterClause,
  type SqlValue,
} from '@pantau/core';
import {
  canTruncate,
  cubeBuildSql,
  cubeQuery,
  cubeShape,
  type CubeColumn,
} from '@pantau/core/node';
import type { CubeShape } from '@pantau/core/node';

/** Cuts tried for a range, coarsest first: a month cube is 30 times smaller than a day one. */
const CUTS = ['month', 'day'] as const;

export const sameColumn = (a: CubeColumn, b: CubeColumn): boolean =>
  a.column === b.column && a.interval === b.interval;

/** The cube column that answers `clause` exactly, or null when its column is not in the table. */
export function columnFor(plan: AggregatePlan, clause: FilterClause): CubeColumn | null {
  let column: string;
  try {
    column = resolveColumn(plan.table, clause.column);
  } catch {
    return null;
  }
  if (canTruncate(plan.table, column)) {
    const shape = cubeShape({ ...plan, filter: [] });
    for (const interval of CUTS) {
      const probe = { name: '__probe', shape: shape!, columns: [{ column, interval }] };
      if (shape !== null && cubeQuery(probe, { ...plan, filter: [clause] }) !== null) {
        return { column, interval };
      }
    }
  }
  return { column, interval: null };
}

/** The plan's own clauses' columns (null when one is not in the table). */
export function planColumns(plan: AggregatePlan): CubeColumn[] | null {
  const out: CubeColumn[] = [];
  for (const clause of plan.filter) {
    const c = columnFor(plan, clause);
    if (c === null) return null;
    if (!out.some((o) => sameColumn(o, c))) out.push(c);
  }
  return out;
}

/**
 * `CREATE TABLE <name> AS SELECT ... FROM <table> [WHERE <scope>] GROUP BY ...`: the page's cube
 * SQL with the row-level scope applied before anything is grouped, so a cube holds only the rows
 * its scope value may see. The scope goes right after the FROM, which cubeBuildSql writes last
 * before a GROUP BY of positions only: anything else there means the SQL is not what this
 * expects, and no cube is built.
 */
export function scopedCubeSql(
  name: string,
  shape: CubeShape,
  columns: readonly CubeColumn[],
  scope: { sql: string; params: readonly SqlValue[] },
): { sql: string; params: SqlValue[] } {
  const sql = cubeBuildSql(name, shape, columns);
  if (scope.sql === '') return { sql, params: [] };
  const from = ` FROM ${quoteIdentifier(shape.plan.table.table)}`;
  const at = sql.lastIndexOf(from) + from.length;
  const rest = sql.slice(at);
  if (at < from.length || !/^( GROUP BY \d+(, \d+)*)?$/.test(rest)) {
    throw new Error('unexpected cube SQL: no scoped cube built');
  }
  return { sql: `${sql.slice(0, at)} WHERE ${scope.sql}${rest}`, params: [...scope.params] };
}
