/** What a radar draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { radarDomain, renderRadar } from '@pantau/charts';
export { fromAxisRows, fromMeasureColumns } from './radar-data.ts';
