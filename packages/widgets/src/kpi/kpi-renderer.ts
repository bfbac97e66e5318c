/** What a KPI tile draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { renderKpi } from '@pantau/charts';
export { pointsFormatter, toKpiInput } from './kpi-data.ts';
