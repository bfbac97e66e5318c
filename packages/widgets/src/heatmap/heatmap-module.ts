/**
 * What a heatmap queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { renderHeatmap } from '@pantau/charts';
export { toHeatmapInput } from './heatmap-data.ts';
export { heatmapQuery } from './heatmap-query.ts';
export { parseInterval } from '../line-chart/period-query.ts';
export { periodsToRange, rangeToPeriods } from './period-choice.ts';
export { bandsAttribute } from '../base/attribute-checks.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
