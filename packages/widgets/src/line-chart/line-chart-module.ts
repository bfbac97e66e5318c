/**
 * What a line chart queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping, and its time-range brush.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

// Data-table headings name the measure as a reader would (issue 15, item 5).
export { measureLabel } from '@pantau/core';

export { renderLine, spanOfValues } from '@pantau/charts';
export { toLineInput } from './line-chart-data.ts';
export { lineChartQuery } from './line-chart-query.ts';
export { parseInterval } from './period-query.ts';
export { LineBrush } from './line-brush.ts';
export { periodCount, rangeClause, rangeOf, rangeText } from './brush-range.ts';
export { bandsAttribute, finiteOrNull, TARGET_EXAMPLE } from '../base/attribute-checks.ts';
export { lineExtras } from './line-extras.ts';
export { appliedRange, describeLine, spanChoice, spanText } from './range-words.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
