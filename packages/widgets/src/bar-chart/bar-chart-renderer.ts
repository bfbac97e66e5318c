/** What a bar chart draws with, loaded on its first draw (see ../base/lazy-renderer.ts). */
export { chooseOrientation, preferredBarsHeight, renderBars } from '@pantau/charts';
export { toBarInput } from './bar-chart-data.ts';
