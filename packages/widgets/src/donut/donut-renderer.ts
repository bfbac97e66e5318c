/**
 * What a donut queries and draws with, loaded when it connects (../base/lazy-renderer.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { renderDonut } from '@pantau/charts';
export { donutMeasure, donutQuery } from './donut-query.ts';
export { oneOf } from '../gauge/attributes.ts';

// Here, not at page load: the metrics (IKM, PEKPPP, IID, ...) are compiled only by the query
// builders above, and registering them is idempotent.
registerPublicServiceMetrics();
