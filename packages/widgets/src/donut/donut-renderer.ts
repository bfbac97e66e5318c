/** What a donut draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { renderDonut } from '@pantau/charts';
