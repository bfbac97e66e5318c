/**
 * What a KPI tile queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { renderKpi } from '@pantau/charts';
export { toKpiInput } from './kpi-data.ts';
export { changeFormatter } from '../base/change-format.ts';
export { RESPONDENTS, sampleNote, withRespondents } from '../base/sample-note.ts';
export { kpiCompare, kpiPeriods, kpiQuery } from './kpi-query.ts';
export { attributeError, bandsAttribute, finiteOrNull } from '../base/attribute-checks.ts';
export { noRecords, recordsMeasure } from '../base/record-count.ts';
export { parseInterval } from '../line-chart/period-query.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
