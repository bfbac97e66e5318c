/**
 * The heatmap's query, a pure function of its attributes and the table: one row per unit (y) and
 * period or category (x), the measure under its own expression as the column name, ordered by
 * unit then period. Periods may be truncated in SQL (`interval`), through the same checked
 * builder as the line chart.
 */

import { periodPlan, type FilterClause, type QueryPlan, type TableSchema } from '@pantau/core';
import { requiredAttribute } from '../line-chart/line-chart-query.ts';
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
  const x = requiredAttribute('x', spec.x, 'pantau-heatmap');
  const y = requiredAttribute('y', spec.y, 'pantau-heatmap');
  const value = requiredAttribute('value', spec.value, 'pantau-heatmap');
  const interval = parseInterval(spec.interval);
  return periodPlan({
    table: table.table,
    groups: [{ column: y }, { column: x, interval }],
    measures: { [value]: value },
    filter,
  });
}
