/**
 * @pantau/widgets: the Lit custom elements. Importing this module defines nothing (no side
 * effects); import `@pantau/widgets/define` (every element) or one element's define file.
 */

export {
  PantauChartElement,
  type SelectDetail,
  type ReadyDetail,
  type ErrorDetail,
  type WidgetStatus,
} from './base/chart-element.ts';
export { QueryController, type QuerySettings } from './base/query-controller.ts';
export { dashboardContext, type DashboardContext } from './base/context.ts';
export { SourceRegistry, SOURCE_WAIT_MS } from './base/source-registry.ts';
export { pageSources } from './base/page-defaults.ts';
export { gradeScaleOf, categoryOf, gradeBands } from './base/grades.ts';
export { formatSpec, valueFormatter, labelFormatter } from './base/formats.ts';
export { rowsToCsv } from './base/export.ts';
export { PantauDashboard, type FilterChangeDetail } from './dashboard/dashboard.ts';
export { PantauSource, type SourceStatus } from './source/source.ts';
export { PantauKpi } from './kpi/kpi.ts';
export { PantauDonut } from './donut/donut.ts';
export { PantauGauge } from './gauge/gauge.ts';
export { PantauRadar } from './radar/radar.ts';
export { PantauBarChart } from './bar-chart/bar-chart.ts';
export { PantauTable } from './table/table.ts';
export { PantauLineChart } from './line-chart/line-chart.ts';
export { PantauHeatmap } from './heatmap/heatmap.ts';
export { PantauFilter, type FilterElementChangeDetail } from './filter/filter.ts';
export type { SnapshotFile, SnapshotAnswer } from './snapshot/snapshot-file.ts';
