/**
 * What a donut queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

// Data-table headings name the measure as a reader would (issue 15, item 5).
export { measureLabel } from '@pantau/core';

export { renderDonut } from '@pantau/charts';
export { donutMeasure, donutQuery, donutSortsByValue } from './donut-query.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
