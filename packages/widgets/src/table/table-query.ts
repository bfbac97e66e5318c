/**
 * The table's query, pure: the `columns` attribute parsed into columns (names or measures, each
 * with an optional heading), one page of rows in the chosen order with LIMIT/OFFSET, and the
 * number of rows over all pages counted in the same query (`count(*) OVER ()`), so the pager and
 * the page always agree and the page needs one round trip.
 *
 * `columns="name:Nama inovasi, unit_code:Unit, ikm:IKM, count(*):Responden"`: items are separated
 * by commas, a heading follows the last colon. With an aggregate among them, the bare column names
 * become the groups (one row per unit); without, it is one row per table row. Empty: every column.
 */

import {
  compileMeasure,
  isNumericType,
  measure,
  pagePlan,
  parseMeasure,
  resolveColumn,
  type FilterClause,
  type PlanLookup,
  type PlanOrder,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { attributeError, countOrNull } from '../base/attribute-checks.ts';
import type { ColumnSpec } from './table-columns.ts';

export { parseColumns, type ColumnSpec } from './table-columns.ts';
import {
  lookupJoinColumn,
  lookupReference,
  planLookup,
  type LookupSources,
} from '../base/lookup-columns.ts';

/** Result column holding the row count over all pages (stripped from `data` and exports). */
export const TOTAL_ROWS = '__pantau_total_rows';

const MAX_PAGE_SIZE = 1000;

export interface PlannedColumn extends ColumnSpec {
  /** Name of the column in the query's answer. */
  key: string;
  /** A bare column shown as is (a group when the table aggregates). */
  bare: boolean;
  aggregate: boolean;
  /** The table column a bare column reads; '' for measures. */
  column: string;
  /** DuckDB type of a bare column; '' for measures. */
  type: string;
}

export interface TablePlan {
  columns: PlannedColumn[];
  groupBy: string[];
  measures: Record<string, string>;
  /** Result columns in SQL order (for ORDER BY positions); lookup columns are not among them. */
  outputs: string[];
  /** Lookup columns (`unit.name`), joined by core after the page's rows. */
  lookups: PlanLookup[];
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Resolves every column against the table and decides groups and measures. A lookup's column
 * (`unit.name`) is joined on the code column it names (lookup-columns.ts), which must be shown too.
 */
export function planTable(
  specs: readonly ColumnSpec[],
  table: TableSchema,
  sources?: LookupSources,
): TablePlan {
  const given =
    specs.length > 0
      ? specs
      : table.columns.map((c) => ({ expression: quoted(c.name), label: c.name, titled: true }));
  const references = new Map(given.map((spec) => [spec, lookupReference(spec.expression, table)]));
  const own = planOwn(
    given.filter((spec) => references.get(spec) === null),
    table,
  );
  const lookups: PlanLookup[] = [];
  // Joined on a code column shown beside it (a bare column, so one of the answer's own).
  const shown = own.columns.filter((c) => c.bare).map((c) => c.key);
  const ownColumns = own.columns.values();
  const columns = given.map((spec) => {
    const reference = references.get(spec) ?? null;
    if (reference === null) return ownColumns.next().value!;
    const on = lookupJoinColumn(reference, sources, shown);
    lookups.push(planLookup(reference, on, spec.label, sources));
    // Shown as a value of its own (text, a date, a number), never as the measure it is not;
    // no `column`, so a row chosen in the table selects by its code, not by its name.
    return { ...spec, key: spec.label, bare: true, aggregate: false, column: '', type: '' };
  });
  return { ...own, columns, lookups };
}

function planOwn(given: readonly ColumnSpec[], table: TableSchema): Omit<TablePlan, 'lookups'> {
  const analysed = given.map((spec) => {
    const tree = parseMeasure(spec.expression);
    const compiled = compileMeasure(spec.expression, table);
    const bare = tree.kind === 'name' && !compiled.isAggregate && compiled.columns.length === 1;
    const name = bare ? resolveColumn(table, (tree as { name: string }).name) : '';
    const type = bare ? (table.columns.find((c) => c.name === name)?.type ?? '') : '';
    return { spec, bare, name, aggregate: compiled.isAggregate, type };
  });
  const aggregating = analysed.some((a) => a.aggregate);
  const groupBy: string[] = [];
  const measures: Record<string, string> = {};
  const columns = analysed.map((a): PlannedColumn => {
    const { expression, label, titled } = a.spec;
    if (label === TOTAL_ROWS) {
      throw attributeError(
        `Judul kolom "${TOTAL_ROWS}" dipakai Pantau sendiri; pilih judul lain.`,
        `The heading "${TOTAL_ROWS}" is Pantau's own; choose another.`,
        { label },
      );
    }
    if (a.bare) {
      // Bare columns keep their own name in the answer (as groups, or as a plain projection),
      // so `data` and selections speak the source's column names; the heading is for display.
      if (aggregating) groupBy.push(a.name);
      else measures[a.name] = quoted(a.name);
      return {
        expression,
        label,
        titled,
        key: a.name,
        bare: true,
        aggregate: false,
        column: a.name,
        type: a.type,
      };
    }
    measures[label] = expression;
    return {
      expression,
      label,
      titled,
      key: label,
      bare: false,
      aggregate: a.aggregate,
      column: '',
      type: '',
    };
  });
  return { columns, groupBy, measures, outputs: [...groupBy, ...Object.keys(measures)] };
}

export interface TableSortSpec {
  key: string;
  desc: boolean;
}

/**
 * The `sort` attribute: a heading, expression or result column, optionally followed by `asc` or
 * `desc` (or led by `-` for descending). Default: the first column, ascending.
 */
export function resolveSort(attribute: string, plan: TablePlan): TableSortSpec {
  let text = attribute.trim();
  let desc = false;
  const direction = /\s+(asc|desc)$/i.exec(text);
  if (direction) {
    desc = direction[1]!.toLowerCase() === 'desc';
    text = text.slice(0, direction.index).trim();
  } else if (text.startsWith('-')) {
    desc = true;
    text = text.slice(1).trim();
  }
  if (text === '') return { key: plan.columns[0]?.key ?? '', desc };
  const wanted = text.toLowerCase();
  const column = plan.columns.find((c) =>
    [c.label, c.expression, c.key].some((name) => name.toLowerCase() === wanted),
  );
  if (column === undefined) {
    const list = plan.columns.map((c) => `"${c.label}"`).join(', ');
    throw attributeError(
      `Tidak bisa mengurutkan menurut "${text.slice(0, 60)}": pilih salah satu kolom ${list}.`,
      `Cannot sort by "${text.slice(0, 60)}": choose one of the columns ${list}.`,
      { attribute: 'sort', value: attribute },
    );
  }
  return { key: column.key, desc };
}

/** `page-size` as a count of rows per page (default 10). */
export function pageSizeOf(value: number | null | undefined): number {
  return countOrNull('page-size', value ?? null, 1, MAX_PAGE_SIZE) ?? 10;
}

/** The chosen column first, then every other column, so pages of tied rows never overlap. */
function orderOf(plan: TablePlan, sort: TableSortSpec): PlanOrder[] {
  const chosen = plan.outputs.includes(sort.key) ? [{ key: sort.key, desc: sort.desc }] : [];
  return [...chosen, ...plan.outputs.filter((o) => o !== sort.key).map((key) => ({ key }))];
}

export interface PageRequest {
  sort: TableSortSpec;
  /** Page from 0; null for every row (export). */
  page: number | null;
  pageSize: number;
}

/**
 * One page with the total row count beside every row; or, with `page: null`, every row in order
 * and no count (for the CSV export). A plan: core renders and checks it.
 */
export function tableQuery(
  plan: TablePlan,
  table: TableSchema,
  filter: readonly FilterClause[],
  request: PageRequest,
): QueryPlan {
  const page = pagePlan({
    table: table.table,
    groups: plan.groupBy,
    measures: Object.entries(plan.measures).map(([as, text]) => measure(text, as)),
    filter,
    order: orderOf(plan, request.sort),
    page: request.page,
    pageSize: pageSizeOf(request.pageSize),
    total: TOTAL_ROWS,
  });
  return plan.lookups.length === 0 ? page : { ...page, lookups: plan.lookups };
}

/**
 * The answer's columns as shown: a lookup's column where a code has no name holds the code
 * itself, so the cell reads `dinkes`, never blank and never "belum input" (that is for figures
 * a unit did not report).
 */
export function namedOrCode(
  columns: Readonly<Record<string, readonly unknown[]>>,
  plan: Pick<TablePlan, 'lookups'>,
): Record<string, readonly unknown[]> {
  const shown: Record<string, readonly unknown[]> = { ...columns };
  for (const { on, as } of plan.lookups) {
    const codes = columns[on] ?? [];
    shown[as] = (columns[as] ?? []).map((name, r) => name ?? codes[r] ?? null);
  }
  return shown;
}

/** Bare numeric columns that name things (ids, codes, years) read best without separators. */
export function isIdentifierLike(column: PlannedColumn): boolean {
  return (
    column.bare &&
    isNumericType(column.type) &&
    /(^|_)(id|kode|code|no|nomor|year|tahun|indicator|indikator)$/i.test(column.column)
  );
}
