/**
 * One page of the table drawn from its answer: headings and cell formats per planned column, IKM
 * cells noted, the pager, and each row as a mark that stands for its groups (or first column).
 * Loaded with the table's module (table-module.ts), not at page load.
 */

import { renderTable, type ChartContext, type ChartOutput, type TableColumn } from '@pantau/charts';
import type { QueryResult } from '@pantau/core';
import { noteIkmCells } from '../base/sample-note.ts';
import { cellFormatter, columnHeading, isNumericColumn } from './table-cells.ts';
import { TOTAL_ROWS, namedOrCode, type TablePlan, type TableSortSpec } from './table-query.ts';

/** The page shown: its order and number, rows per page, and the `format` attribute. */
export interface TablePage {
  sort: TableSortSpec;
  page: number;
  pageSize: number;
  format: string;
}

export function drawTable(
  result: QueryResult,
  context: ChartContext,
  plan: TablePlan,
  shown: TablePage,
): ChartOutput {
  const columns: TableColumn[] = plan.columns.map((c) => ({
    key: c.key,
    label: columnHeading(c, context.lang),
    numeric: isNumericColumn(c),
    format: cellFormatter(c, context.lang, shown.format),
  }));
  const total = result.columns[TOTAL_ROWS]?.[0];
  const cells = namedOrCode(result.columns, plan);
  const noted = noteIkmCells(plan.columns, columns, cells, context.lang);
  const output = renderTable(
    { columns: noted.data },
    {
      columns: noted.columns,
      sort: shown.sort,
      page: shown.page,
      pageSize: shown.pageSize,
      totalRows: typeof total === 'number' ? total : result.numRows,
    },
    context,
  );
  // A row stands for its groups (or its first column): the source's own column names.
  const keys =
    plan.groupBy.length > 0
      ? plan.columns.filter((c) => c.bare && c.column !== '') // not a lookup's name: its code
      : plan.columns.slice(0, 1);
  for (const mark of output.marks) {
    const selection: Record<string, unknown> = {};
    for (const c of keys)
      selection[c.column || c.key] = result.columns[c.key]?.[mark.index] ?? null;
    mark.selection = selection;
  }
  return output;
}
