/**
 * The gauge's query: one value for the whole (filtered) table, named by its own expression (so
 * `data` reads `{ ikm: 88.56, records: 22096 }`), with the count of rows behind it.
 */

import { groupQuery, type FilterClause, type QueryRequest, type TableSchema } from '@pantau/core';
import { recordsMeasure, required } from './attributes.ts';

export function gaugeQuery(
  value: string,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryRequest {
  const measure = required('pantau-gauge', 'value', value);
  const records = recordsMeasure([measure]);
  return groupQuery({
    table,
    measures: { [measure]: measure, [records.alias]: records.measure },
    filter: [...filter],
  });
}
