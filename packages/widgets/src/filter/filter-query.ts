/**
 * What a `<pantau-filter>` asks of its table, as plans: the distinct values a menu offers (with
 * counts), the low and high ends a range offers, or how many rows a search matches. Each is asked
 * under the OTHER filters of the dashboard, so a menu offers what is still there (Mosaic's linked
 * menus). Here the attributes are checked; core's plan builders say what to ask.
 */

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
    text: {
      id: `Jenis filter "${type.slice(0, 40)}" tidak dikenal. Gunakan salah satu: ${list}.`,
      en: `Unknown filter type "${type.slice(0, 40)}". Use one of: ${list}.`,
    },
    details: { type, available: [...FILTER_TYPES] },
  });
}

/** The column the filter reads, checked against the table and against what the type needs. */
export function filterColumn(table: TableSchema, column: string, type: FilterType): ColumnInfo {
  if (column.trim() === '') {
    throw new PantauError({
      code: 'UNKNOWN_COLUMN',
      text: {
        id: `Filter ini belum punya kolom: beri atribut column="nama-kolom" dari tabel ${table.table}.`,
        en: `This filter has no column yet: set column="column-name" from table ${table.table}.`,
      },
      details: { table: table.table },
    });
  }
  const name = resolveColumn(table, column.trim());
  const info = table.columns.find((c) => c.name === name)!;
  if (type === 'range' && !isNumericType(info.type)) {
    throw wrongType(info, {
      id: 'type="range" memerlukan kolom angka. Untuk tanggal gunakan type="date-range"; untuk teks, select atau multi-select.',
      en: 'type="range" needs a numeric column. For dates use type="date-range"; for text, select or multi-select.',
    });
  }
  if (type === 'date-range' && !isDateType(info.type) && !isTimestampType(info.type)) {
    throw wrongType(info, {
      id: 'type="date-range" memerlukan kolom tanggal (DATE atau TIMESTAMP).',
      en: 'type="date-range" needs a date column (DATE or TIMESTAMP).',
    });
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
      text: {
        id: `option-label="${label.slice(0, 60)}" harus menyebut kolom tabel rujukan sebagai sumber.kolom, mis. option-label="unit.name" dengan <pantau-source name="unit" key="code">.`,
        en: `option-label="${label.slice(0, 60)}" must name a lookup table's column as source.column, e.g. option-label="unit.name" with <pantau-source name="unit" key="code">.`,
      },
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
      text: {
        id: `Batas pilihan harus bilangan bulat 1 sampai 10.000, bukan ${String(limit)}.`,
        en: `The option limit must be a whole number from 1 to 10,000, not ${String(limit)}.`,
      },
      details: { limit },
    });
  }
  return limit;
}

function wrongType(column: ColumnInfo, need: { id: string; en: string }): PantauError {
  return new PantauError({
    code: 'BAD_EXPRESSION',
    text: {
      id: `Kolom "${column.name}" bertipe ${column.type}. ${need.id}`,
      en: `Column "${column.name}" is of type ${column.type}. ${need.en}`,
    },
    details: { column: column.name, type: column.type },
  });
}
