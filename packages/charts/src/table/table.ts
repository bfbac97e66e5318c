/**
 * The paged, sortable table: an HTML `<table>` (a caption, column headers whose sort buttons say
 * their state through `aria-sort`, a row header per row) and a pager. Pure like the charts: it
 * draws one page it is given and never sorts or slices (the query does, with ORDER BY and
 * LIMIT/OFFSET); the buttons only carry `data-pantau-sort` / `data-pantau-page` for the element to
 * act on. Text reaches the DOM through textContent only.
 */

import type { ChartContext, ChartOutput, DataTable } from '../types.ts';
import { pageCount, tableCells, type TableData, type TableOptions } from './data.ts';
import { tableBody } from './body.ts';
import { tableHead } from './head.ts';
import { pager } from './pager.ts';
import { tableSummary } from './summary.ts';

export {
  nextSort,
  pageCount,
  tableCells,
  type TableColumn,
  type TableData,
  type TableOptions,
  type TableSort,
} from './data.ts';
export { TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT } from './body.ts';

/** Renders one page; see TableOptions. */
export function renderTable(
  data: TableData,
  options: TableOptions,
  context: ChartContext,
): ChartOutput {
  const d = context.document ?? document;
  const { lang } = context;
  const { columns } = options;
  const cells = tableCells(data, columns, context);
  const n = cells.length;
  const pageSize = options.pageSize ?? Math.max(1, n);
  const total = options.totalRows ?? n;
  const page = Math.max(0, Math.trunc(options.page ?? 0));
  const pages = pageCount(total, pageSize);
  const first = n === 0 ? 0 : page * pageSize + 1;
  const last = page * pageSize + n;

  const wrapper = d.createElement('div');
  wrapper.className = 'pantau-table';
  const table = d.createElement('table');
  const caption = d.createElement('caption');
  caption.textContent = context.title ?? '';
  const body = tableBody(d, cells, data, columns, options.selectKeys, context);
  table.append(caption, tableHead(d, columns, options.sort), body.node);
  wrapper.append(table);
  if (pages > 1) wrapper.append(pager(d, lang, page, pages, first, last, total));

  const output: DataTable = {
    caption: context.title ?? '',
    headers: columns.map((c) => c.label),
    rows: cells,
    numeric: columns.map((c) => c.numeric === true),
  };
  return {
    node: wrapper,
    marks: body.marks,
    table: output,
    summary: tableSummary(first, last, total, options, lang),
    // Not a drawing: the widget offers no SVG or PNG of it.
    surface: 'html',
  };
}
