/** What a table draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { nextSort, renderTable } from '@pantau/charts';
