/** Every benchmarked chart, in the order of the results table. Add a kind when its renderer lands. */

import type { RenderCase } from '../case.ts';
import { barsGrouped, barsRanking, barsStacked } from './bars.ts';
import { heatmapMonthly, heatmapWeekly } from './heatmap.ts';
import { area, line, lineSeries } from './line.ts';
import { donut, gauge } from './shares.ts';
import { kpi, radar } from './profile.ts';
import { table } from './table.ts';

export const CASES: readonly RenderCase[] = [
  barsRanking,
  barsGrouped,
  barsStacked,
  line,
  lineSeries,
  area,
  heatmapMonthly,
  heatmapWeekly,
  donut,
  gauge,
  kpi,
  radar,
  table,
];
