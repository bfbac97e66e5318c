/**
 * The donut's query: one row per category with its measure (default `count(*)`), in category
 * order, so the data table and `data` list categories the same way every time.
 */

import { aggregatePlan, type FilterClause, type QueryPlan, type TableSchema } from '@pantau/core';
import { oneOf, required } from '../base/attribute-checks.ts';

/**
 * The names `sort` takes: `desc` or Plot's `-y` (largest slice first), `none` or Plot's `x`
 * (category order, e.g. stages). A ring has no use for smallest first.
 */
const DONUT_SORTS = ['desc', '-y', 'none', 'x'] as const;

/** Whether slices go largest first (the default); a wrong name is an error listing the others. */
export function donutSortsByValue(sort: string): boolean {
  const given = oneOf('sort', sort, DONUT_SORTS);
  return given !== 'none' && given !== 'x';
}

/** More categories than this cannot be told apart in a ring, even with "Lainnya". */
const MAX_CATEGORIES = 1000;

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
