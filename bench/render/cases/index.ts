import type { RenderCase } from '../case.ts';
import { barsGrouped, barsRanking, barsStacked } from './bars.ts';
import { heatmapMonthly, heatmapWeekly } from './heatmap.ts';
import { area, line, lineSeries } from './line.ts';
import { donut, gauge } from './shares.ts';
import { kpi, radar } from './profile.ts';

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
];
