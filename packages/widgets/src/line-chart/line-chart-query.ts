/**
 * The line chart's query, a pure function of its attributes and the table: one row per period
 * (and series), the measure under its own expression as the column name (so `data` and the CSV
 * read `{ month: 2024-08-01, 'sum(received)': 1234 }`), ordered by time.
 */

import { WIDGET_SETUP, sayBoth } from '@pantau/messages';
import {
  PantauError,
  isNumericType,
  isTemporalType,
  periodPlan,
  resolveColumn,
  type FilterClause,
  type PlanGroup,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { required } from '../base/attribute-checks.ts';
import { parseInterval } from './period-query.ts';

export interface LineChartSpec {
  /** The time (or numeric) column along x. */
  x: string;
  /** The measure per period. */
  y: string;
  /** A column whose values become separate lines; '' for one line. */
  series: string;
  /** The `interval` attribute as written ('' = the dates as they are). */
  interval: string;
}

export function lineChartQuery(
  spec: LineChartSpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const x = resolveColumn(table, required('pantau-line-chart', 'x', spec.x));
  const y = required('pantau-line-chart', 'y', spec.y);
  const interval = parseInterval(spec.interval);
  const type = table.columns.find((c) => c.name === x)?.type ?? '';
  // A line runs along time or numbers; text on x would be a bar chart's job.
  if (!isTemporalType(type) && !isNumericType(type)) {
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text: sayBoth(WIDGET_SETUP, 'lineXColumnType', x, type),
      details: { attribute: 'x', column: x, type },
    });
  }
  const groups: PlanGroup[] = [{ column: x, interval }];
  const series = spec.series.trim();
  if (series !== '') groups.push({ column: series });
  return periodPlan({ table: table.table, groups, measures: { [y]: y }, filter });
}
