/**
 * A heatmap whose columns are periods (`interval="month"`) stands each cell for a whole period,
 * but its x column holds dates or timestamps: "equal to 1 Jan 2024" would match only rows at that
 * instant. So the dates its cells choose are published as one range over whole periods, as the
 * line chart's brush publishes (Shift-choosing March after January takes January to March), and
 * read back as the periods in that range for the rings and the next choice. Pure functions.
 */

import { periodIndex, periodStart, type TimeInterval } from '@pantau/charts';
import { MAX_IN_VALUES, type FilterClause } from '@pantau/core';
import { rangeBounds } from '../line-chart/brush-range.ts';

function isDate(value: unknown): value is Date {
  return value instanceof Date && Number.isFinite(value.getTime());
}

function sameColumn(clause: FilterClause, column: string): boolean {
  return clause.column.toLowerCase() === column.toLowerCase();
}

/** Chosen period dates on `column` (eq / in) as one `between` clause over whole periods. */
export function periodsToRange(
  clauses: readonly FilterClause[],
  column: string,
  interval: TimeInterval,
): FilterClause[] {
  return clauses.map((clause) => {
    if (!sameColumn(clause, column)) return clause;
    const values = clause.predicate === 'eq' ? [clause.value] : clause.value;
    if (
      (clause.predicate !== 'eq' && clause.predicate !== 'in') ||
      !Array.isArray(values) ||
      values.length === 0 ||
      !values.every(isDate)
    ) {
      return clause;
    }
    const times = values.map((d) => d.getTime());
    const first = new Date(Math.min(...times));
    const last = new Date(Math.max(...times));
    return {
      column: clause.column,
      predicate: 'between',
      value: rangeBounds(first, last, interval),
    };
  });
}

/** The inverse: a `between` clause on `column` as the start dates of the periods it covers. */
export function rangeToPeriods(
  clauses: readonly FilterClause[],
  column: string,
  interval: TimeInterval,
): FilterClause[] {
  return clauses.map((clause) => {
    if (!sameColumn(clause, column) || clause.predicate !== 'between') return clause;
    const bounds = clause.value;
    if (!Array.isArray(bounds) || bounds.length !== 2 || !bounds.every(isDate)) return clause;
    const [from, to] = bounds as [Date, Date];
    const firstIndex = periodIndex(from, interval);
    const lastIndex = periodIndex(to, interval);
    // A range the page set over years of days is not a list of cells: left as it is (no rings).
    if (lastIndex < firstIndex || lastIndex - firstIndex >= MAX_IN_VALUES) return clause;
    const starts: Date[] = [];
    for (let i = firstIndex; i <= lastIndex; i++) starts.push(periodStart(i, interval));
    return starts.length === 1
      ? { column: clause.column, predicate: 'eq', value: starts[0] }
      : { column: clause.column, predicate: 'in', value: starts };
  });
}
