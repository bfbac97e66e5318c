/**
 * What a table queries and draws with, loaded when it connects (../base/lazy-module.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { nextSort, renderTable } from '@pantau/charts';
export {
  TOTAL_ROWS,
  namedOrCode,
  pageSizeOf,
  parseColumns,
  planTable,
  resolveSort,
  tableQuery,
} from './table-query.ts';
export { cellFormatter, columnHeading, isNumericColumn } from './table-cells.ts';
export { saveTableCsv, tableCsv } from './table-export.ts';
export { drawTable } from './table-drawing.ts';
export { noteIkmCells, withTableRespondents } from '../base/sample-note.ts';

/**
 * Run once when the module lands (../base/lazy-module.ts): the metrics (IKM, PEKPPP, IID, ...)
 * are registered here, not at page load, as only the query builders above compile them.
 */
export function setup(): void {
  registerPublicServiceMetrics();
}
