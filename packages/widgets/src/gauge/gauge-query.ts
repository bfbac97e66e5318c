/**
 * The gauge's query: one value for the whole (filtered) table, named by its own expression (so
 * `data` reads `{ ikm: 88.56, records: 22096 }`), with the count of rows behind it.
 */

import { aggregatePlan, type FilterClause, type QueryPlan, type TableSchema } from '@pantau/core';
import { required } from '../base/attribute-checks.ts';
import { recordsMeasure } from '../base/record-count.ts';

export function gaugeQuery(
  value: string,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const measure = required('pantau-gauge', 'value', value);
  const records = recordsMeasure([measure]);
  return aggregatePlan({
    table: table.table,
    measures: { [measure]: measure, [records.alias]: records.measure },
    filter,
  });
}
