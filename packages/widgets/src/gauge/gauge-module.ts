/**
 * What a gauge queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { renderGauge } from '@pantau/charts';
export { gaugeQuery } from './gauge-query.ts';
export { gaugeScale } from './gauge-bands.ts';
export { attributeError, finiteOrNull } from '../base/attribute-checks.ts';
export { noRecords, recordsMeasure } from '../base/record-count.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
