/** What a line chart draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { renderLine } from '@pantau/charts';
export { toLineInput } from './line-chart-data.ts';
