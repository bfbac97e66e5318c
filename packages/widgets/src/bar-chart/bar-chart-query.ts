/**
 * The bar chart's query, a pure function of its attributes and the table: one row per bar (or per
 * bar and series), the measure under its own expression as the column name (so `data` and the CSV
 * read `{ unit: 'Dinkes', ikm: 88.1 }`), ordered and limited in SQL so only what is drawn crosses
 * from the engine.
 */

import {
  aggregatePlan,
  isNumericType,
  isTemporalType,
  resolveColumn,
  type FilterClause,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { attributeError, oneOf, required } from '../base/attribute-checks.ts';
import { lookupReference, planLookup, type LookupSources } from '../base/lookup-columns.ts';

/** `-x`: categories in reverse order (newest year first). */
export type BarSortOrder = 'desc' | 'asc' | 'x' | '-x' | 'none';
/** The names `sort` takes: Pantau's, and Observable Plot's for the same orders (`-y` = `desc`). */
const BAR_SORT_NAMES = ['desc', 'asc', '-y', 'y', 'x', '-x', 'none'] as const;
const PLOT_SORT_NAMES: Readonly<Record<string, BarSortOrder>> = { '-y': 'desc', y: 'asc' };

export interface BarChartSpec {
  x: string;
  y: string;
  /** Column whose values become series; '' for one series. */
  color: string;
  /** The `sort` attribute as written ('' = the default for x). */
  sort: string;
  /** The `limit` attribute; null or undefined = no limit. */
  limit: number | null | undefined;
  /**
   * Column that labels the bars when x holds codes, or a lookup's column (`unit.name`, joined on
   * x); '' or absent: x labels itself.
   */
  label?: string;
  /** The dashboard's lookup sources, for a `label` that names one. */
  lookups?: LookupSources;
}

/**
 * The order in force: the attribute, else a ranking (largest first) for categories and the
 * natural order for dates and numbers (months, years), where a ranking would scramble time.
 */
export function barSortOrder(
  spec: Pick<BarChartSpec, 'x' | 'sort'>,
  table: TableSchema,
): BarSortOrder {
  const given = oneOf('sort', spec.sort, BAR_SORT_NAMES);
  if (given !== '') return PLOT_SORT_NAMES[given] ?? (given as BarSortOrder);
  const x = resolveColumn(table, spec.x.trim());
  const type = table.columns.find((c) => c.name === x)?.type ?? '';
  return isTemporalType(type) || isNumericType(type) ? 'x' : 'desc';
}

/** The `limit` attribute as a count of bars, or null for all. */
export function barLimit(limit: number | null | undefined): number | null {
  if (limit === null || limit === undefined) return null;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw attributeError(
      `Atribut limit harus bilangan bulat 1 sampai 10.000, bukan ${String(limit)}.`,
      `The limit attribute must be a whole number from 1 to 10,000, not ${String(limit)}.`,
      { attribute: 'limit', value: limit },
    );
  }
  return limit;
}

/**
 * One series: x, measure; ordered (ties by x, so equal values keep a stable order) and limited.
 * Several series: x, series, measure ordered by x then series; the element ranks labels by their
 * totals and applies the limit to labels (a row limit would cut series off a bar). With a label
 * column it follows x: x, label, (series,) measure.
 */
export function barChartQuery(
  spec: BarChartSpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const x = required('pantau-bar-chart', 'x', spec.x);
  const y = required('pantau-bar-chart', 'y', spec.y);
  const color = spec.color.trim();
  const sort = barSortOrder(spec, table);
  const limit = barLimit(spec.limit);
  // A label column names each x (one name per code): grouped with it, never instead of it. A
  // lookup's column is joined after the answer instead, right after x (core's lookups).
  const label = spec.label?.trim() ?? '';
  const reference = label === '' ? null : lookupReference(label, table);
  const keys = label === '' || reference !== null ? [x] : [x, label];
  const plan = barPlan(table, filter, { x, y, color, sort, limit, keys });
  if (reference === null) return plan;
  const name = [x, y, color].includes(reference.column) ? label : reference.column;
  return { ...plan, lookups: [planLookup(reference, x, name, spec.lookups)] };
}

function barPlan(
  table: TableSchema,
  filter: readonly FilterClause[],
  shape: {
    x: string;
    y: string;
    color: string;
    sort: BarSortOrder;
    limit: number | null;
    keys: string[];
  },
): QueryPlan {
  const { x, y, color, sort, limit, keys } = shape;
  // Written only when reversed, so the plans (and their cache keys) of other orders stay as they were.
  const byX = sort === '-x' ? { key: x, desc: true } : { key: x };
  if (color !== '') {
    return aggregatePlan({
      table: table.table,
      groups: [...keys, color],
      measures: { [y]: y },
      filter,
      order: [byX, { key: color }],
    });
  }
  const orderBy =
    sort === 'desc'
      ? [{ key: y, desc: true }, { key: x }]
      : sort === 'asc'
        ? [{ key: y }, { key: x }]
        : sort === 'x' || sort === '-x'
          ? [byX]
          : [];
  return aggregatePlan({
    table: table.table,
    groups: keys,
    measures: { [y]: y },
    filter,
    order: orderBy,
    ...(limit !== null ? { limit } : {}),
  });
}
