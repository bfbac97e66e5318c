/**
 * The table's CSV: every row in the order shown, headed by the headings shown, measures rounded
 * as displayed, in the page's language (`;` and decimal commas for `id`). Loaded with the
 * table's module, not at page load.
 */

import {
  formatDecimals,
  type Coordinator,
  type FilterClause,
  type Lang,
  type Row,
  type TableSchema,
} from '@pantau/core';
import { formatSpec } from '../base/formats.ts';
import { download, fileNameOf, rowsToCsv } from '../base/export.ts';
import { columnHeading } from './table-cells.ts';
import {
  tableQuery,
  type PlannedColumn,
  type TablePlan,
  type TableSortSpec,
} from './table-query.ts';

/** What the table knows when its CSV is asked for. */
export interface TableDownload {
  coordinator: Coordinator;
  plan: TablePlan;
  table: TableSchema;
  filter: readonly FilterClause[];
  sort: TableSortSpec;
  lang: Lang;
  format: string;
  title: string;
}

/** Queries every row (all pages, in the order shown) and saves them as the table's CSV. */
export async function saveTableCsv(t: TableDownload): Promise<void> {
  const request = tableQuery(t.plan, t.table, t.filter, { sort: t.sort, page: null, pageSize: 1 });
  const result = await t.coordinator.query(request);
  const csv = tableCsv(t.plan.columns, result.rows(), t.lang, t.format);
  download(csv, fileNameOf(t.title, 'csv'), 'text/csv;charset=utf-8');
}

export function tableCsv(
  columns: readonly PlannedColumn[],
  rows: readonly Row[],
  lang: Lang,
  format: string,
): string {
  const decimals: Record<string, number> = {};
  for (const c of columns) {
    // Columns shown as they are (codes, raw figures) are written as they are.
    const digits = c.bare ? null : formatDecimals(formatSpec(format, c.expression));
    if (digits !== null) decimals[c.key] = digits;
  }
  return rowsToCsv(
    columns.map((c) => c.key),
    rows,
    { lang, headers: columns.map((c) => columnHeading(c, lang)), decimals },
  );
}
