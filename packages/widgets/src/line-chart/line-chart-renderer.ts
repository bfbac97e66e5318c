/**
 * What a line chart queries and draws with, loaded when it connects (../base/lazy-renderer.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping, and its time-range brush.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { renderLine, spanOfValues } from '@pantau/charts';
export { toLineInput } from './line-chart-data.ts';
export { lineChartQuery } from './line-chart-query.ts';
export { parseInterval } from './period-query.ts';
export { LineBrush } from './line-brush.ts';
export { periodCount, rangeClause, rangeOf, rangeText } from './brush-range.ts';

// Here, not at page load: the metrics (IKM, PEKPPP, IID, ...) are compiled only by the query
// builders above, and registering them is idempotent.
registerPublicServiceMetrics();
