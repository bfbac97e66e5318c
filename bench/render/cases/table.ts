/**
 * The table: the element sorts and pages in SQL (ORDER BY, LIMIT/OFFSET) and counts the rows for
 * the pager in the same query (`count(*) OVER ()`, as <pantau-table> does), so the renderer draws
 * one page (25 rows) at any size. The query does grow with the rows: it sorts them all.
 */

import { renderTable } from '@pantau/charts';
import { groupQuery } from '@pantau/core';
import { first, type QueryCase } from '../case.ts';

const PAGE_SIZE = 25;
const TOTAL = 'pantau_total_rows';

const COLUMNS = [
  { key: 'unit', label: 'Unit' },
  { key: 'day', label: 'Tanggal' },
  { key: 'channel', label: 'Kanal' },
  { key: 'status', label: 'Status' },
  { key: 'days', label: 'Lama (hari)', numeric: true },
] as const;

export const table: QueryCase = {
  kind: 'table',
  variant: `page of ${PAGE_SIZE}`,
  rows: `transactions, sorted by duration in SQL; the first page of ${PAGE_SIZE} rows, with the total count`,
  size: { width: 640, height: 40 + 36 + PAGE_SIZE * 32 + 48 },
  format: 'number:1',
  noun: 'rows',
  source: 'query',
  queries: (table) => {
    const inner = groupQuery({
      table,
      measures: Object.fromEntries(COLUMNS.map((c) => [c.key, c.key])),
    });
    return [
      {
        sql:
          `SELECT *, count(*) OVER () AS "${TOTAL}" FROM (${inner.sql}) AS pantau_rows` +
          ` ORDER BY "days" DESC NULLS LAST LIMIT ${PAGE_SIZE} OFFSET 0`,
        params: inner.params,
      },
    ];
  },
  draw(results, context) {
    const page = first(results);
    const total = Number(page.columns[TOTAL]?.[0] ?? page.numRows);
    return renderTable(
      { columns: page.columns },
      {
        columns: COLUMNS,
        sort: { key: 'days', desc: true },
        page: 0,
        pageSize: PAGE_SIZE,
        totalRows: total,
        selectKeys: ['unit'],
      },
      context,
    );
  },
  marks: (results) => first(results).numRows,
};
