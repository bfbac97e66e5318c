/**
 * What a bar chart queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

// Data-table headings name the measure as a reader would (issue 15, item 5).
export { measureLabel } from '@pantau/core';

export { chooseOrientation, preferredBarsHeight, renderBars } from '@pantau/charts';
export { toBarInput } from './bar-chart-data.ts';
export { describeBars } from './bar-names.ts';
export { barChartQuery, barLimit, barSortOrder } from './bar-chart-query.ts';
export { barNotes, withRespondents } from '../base/sample-note.ts';
export { bandsAttribute, finiteOrNull, oneOf, TARGET_EXAMPLE } from '../base/attribute-checks.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
