/**
 * What a table queries and draws with, loaded when it connects (../base/lazy-renderer.ts):
 * its query builders with core's SQL and metrics, its @pantau/charts renderer and input
 * mapping.
 */

import { registerPublicServiceMetrics } from '@pantau/core';

export { nextSort, renderTable } from '@pantau/charts';
export {
  TOTAL_ROWS,
  pageSizeOf,
  parseColumns,
  planTable,
  resolveSort,
  tableQuery,
} from './table-query.ts';
export { cellFormatter, isNumericColumn } from './table-cells.ts';

// Here, not at page load: the metrics (IKM, PEKPPP, IID, ...) are compiled only by the query
// builders above, and registering them is idempotent.
registerPublicServiceMetrics();
