/**
 * What a radar queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { radarDomain, renderRadar } from '@pantau/charts';
export { fromAxisRows, fromMeasureColumns } from './radar-data.ts';
export { axisMeasures, defaultDomain, radarQuery } from './radar-query.ts';
export { attributeError, finiteOrNull } from '../base/attribute-checks.ts';
export { noRecords, recordsMeasure } from '../base/record-count.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
