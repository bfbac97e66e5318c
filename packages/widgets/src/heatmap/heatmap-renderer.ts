/** What a heatmap draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { renderHeatmap } from '@pantau/charts';
export { toHeatmapInput } from './heatmap-data.ts';
