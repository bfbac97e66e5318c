/** KPI tile and its sparkline. The public part of the kpi folder. */

export { categoryBadgeText, categoryNote } from '../summary.ts';
export {
  kpiChange,
  kpiTarget,
  type ChangeDirection,
  type KpiChange,
  type KpiTarget,
} from './change.ts';
export type { KpiData, KpiOptions } from './options.ts';
export type { KpiPeriods } from './period.ts';
export { renderKpi } from './kpi.ts';
export { kpiSummary } from './summary.ts';
export {
  drawSparkline,
  renderSparkline,
  sparklinePoints,
  sparklineSegments,
  sparklineSummary,
  type DrawnSparkline,
  type SparklineData,
  type SparklineOptions,
  type SparklinePoint,
} from './sparkline.ts';
