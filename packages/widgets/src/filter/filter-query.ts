/**
 * What a `<pantau-filter>` asks of its table, as plans: the distinct values a menu offers (with
 * counts), the low and high ends a range offers, or how many rows a search matches. Each is asked
 * under the OTHER filters of the dashboard, so a menu offers what is still there (Mosaic's linked
 * menus). Here the attributes are checked; core's plan builders say what to ask.
 */

import { FILTER_SETUP, sayBoth } from '@pantau/messages';
import {
  PantauError,
  extentPlan,
  isDateType,
  isNumericType,
  isTextType,
  isTimestampType,
  matchPlan,
  optionsPlan,
  resolveColumn,
  type ColumnInfo,
  type FilterClause,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { lookupReference, planLookup, type LookupSources } from '../base/lookup-columns.ts';

const FILTER_TYPES = ['select', 'multi-select', 'range', 'date-range', 'search'] as const;

export type FilterType = (typeof FILTER_TYPES)[number];

/** Most values a menu lists; past it, a note says so and typing searches the whole column. */
export const MAX_OPTIONS = 500;

export interface FilterQuerySpec {
  type: string;
  column: string;
  /** Menus: the text typed into the menu's search, sent when the column has too many values. */
  search?: string;
  /** Search: the term in force, whose matches are counted. */
  term?: string;
  limit?: number;
  /** Menus: a lookup's column naming each value (`unit.name`); '' or absent: the value itself. */
  optionLabel?: string;
  /** The dashboard's lookup sources, for `optionLabel`. */
  lookups?: LookupSources;
}

/** The filter's type, or a bilingual error naming the ones there are. */
export function filterType(type: string): FilterType {
  const given = type.trim().toLowerCase() || 'select';
  if ((FILTER_TYPES as readonly string[]).includes(given)) return given as FilterType;
  const list = FILTER_TYPES.join(', ');
  throw new PantauError({
    code: 'BAD_EXPRESSION',
    text: sayBoth(FILTER_SETUP, 'unknownFilterTypeUse', type.slice(0, 40), list),
    details: { type, available: [...FILTER_TYPES] },
  });
}

/** The column the filter reads, checked against the table and against what the type needs. */
export function filterColumn(table: TableSchema, column: string, type: FilterType): ColumnInfo {
  if (column.trim() === '') {
    throw new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: sayBoth(FILTER_SETUP, 'filterNoColumnYet', table.table),
      details: { table: table.table },
    });
  }
  const name = resolveColumn(table, column.trim());
  const info = table.columns.find((c) => c.name === name)!;
  if (type === 'range' && !isNumericType(info.type)) {
    throw wrongType(info, sayBoth(FILTER_SETUP, 'typeRangeNeedsNumeric'));
  }
  if (type === 'date-range' && !isDateType(info.type) && !isTimestampType(info.type)) {
    throw wrongType(info, sayBoth(FILTER_SETUP, 'typeDateRangeNeeds'));
  }
  return info;
}

/** The plan for the filter's type over `table`, under the other filters `filter`. */
export function filterQuery(
  spec: FilterQuerySpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const type = filterType(spec.type);
  const column = filterColumn(table, spec.column, type);
  const base = { table: table.table, column: column.name, filter };
  switch (type) {
    case 'select':
    case 'multi-select': {
      const plan = optionsPlan({
        ...base,
        text: isTextType(column.type),
        search: spec.search ?? '',
        limit: checkLimit(spec.limit ?? MAX_OPTIONS),
      });
      const label = spec.optionLabel?.trim() ?? '';
      // The menu still offers and publishes the values (codes); the lookup only names them.
      return label === '' ? plan : { ...plan, lookups: [optionLookup(label, table, spec.lookups)] };
    }
    case 'range':
    case 'date-range':
      return extentPlan(base);
    case 'search':
      return matchPlan({ ...base, term: spec.term ?? '' });
  }
}

function optionLookup(label: string, table: TableSchema, sources: LookupSources | undefined) {
  const reference = lookupReference(label, table);
  if (reference === null) {
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text: sayBoth(FILTER_SETUP, 'optionLabelNameLookup', label.slice(0, 60)),
      details: { attribute: 'option-label', value: label },
    });
  }
  return planLookup(reference, 'value', 'label', sources);
}

/** A plain positive integer, checked here so the message names the menu's limit. */
function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new PantauError({
      code: 'BAD_EXPRESSION',
      text: sayBoth(FILTER_SETUP, 'optionLimitWholeNumber', String(limit)),
      details: { limit },
    });
  }
  return limit;
}

function wrongType(column: ColumnInfo, need: { id: string; en: string }): PantauError {
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: sayBoth(FILTER_SETUP, 'columnType', column.name, column.type, need),
    details: { column: column.name, type: column.type },
  });
}
