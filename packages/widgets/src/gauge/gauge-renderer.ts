/** What a gauge draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { renderGauge } from '@pantau/charts';
