/**
 * The heatmap's query, a pure function of its attributes and the table: one row per unit (y) and
 * period or category (x), the measure under its own expression as the column name, ordered by
 * unit then period. Periods may be truncated in SQL (`interval`), through the same checked
 * builder as the line chart.
 */

import { periodPlan, type FilterClause, type QueryPlan, type TableSchema } from '@pantau/core';
import { required } from '../base/attribute-checks.ts';
import { parseInterval } from '../line-chart/period-query.ts';

export interface HeatmapSpec {
  /** Column across: periods (a date column) or categories. */
  x: string;
  /** Column down: units. */
  y: string;
  /** Measure per cell. */
  value: string;
  /** The `interval` attribute as written ('' = the dates as stored). */
  interval: string;
}

export function heatmapQuery(
  spec: HeatmapSpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const x = required('pantau-heatmap', 'x', spec.x);
  const y = required('pantau-heatmap', 'y', spec.y);
  const value = required('pantau-heatmap', 'value', spec.value);
  const interval = parseInterval(spec.interval);
  return periodPlan({
    table: table.table,
    groups: [{ column: y }, { column: x, interval }],
    measures: { [value]: value },
    filter,
  });
}
