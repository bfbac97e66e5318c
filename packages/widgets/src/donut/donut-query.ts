/**
 * The donut's query: one row per category with its measure (default `count(*)`), in category
 * order, so the data table and `data` list categories the same way every time.
 */

import { aggregatePlan, type FilterClause, type QueryPlan, type TableSchema } from '@pantau/core';
import { required } from '../gauge/attributes.ts';

/** More categories than this cannot be told apart in a ring, even with "Lainnya". */
export const MAX_CATEGORIES = 1000;

export function donutMeasure(value: string): string {
  return value.trim() === '' ? 'count(*)' : value.trim();
}

export function donutQuery(
  spec: { category: string; value: string },
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const category = required('pantau-donut', 'category', spec.category);
  const value = donutMeasure(spec.value);
  return aggregatePlan({
    table: table.table,
    groups: [category],
    measures: { [value]: value },
    filter,
    order: [{ key: category }],
    limit: MAX_CATEGORIES,
  });
}
