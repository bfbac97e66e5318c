/**
 * The paged, sortable table: an HTML `<table>` (a caption, column headers whose sort buttons say
 * their state through `aria-sort`, a row header per row) and a pager. Pure like the charts: it
 * draws one page it is given and never sorts or slices (the query does, with ORDER BY and
 * LIMIT/OFFSET); the buttons only carry `data-pantau-sort` / `data-pantau-page` for the element to
 * act on. Text reaches the DOM through textContent only.
 */

import { formatCount } from './summary.ts';
import type { ChartContext, ChartMark, ChartOutput, DataTable } from './types.ts';
import { word } from './words.ts';

export interface TableColumn {
  /** Key of the column in `data.columns`. */
  key: string;
  /** Header text. */
  label: string;
  /** Right-aligned, tabular digits; formatted with `context.formatValue` unless `format` is given. */
  numeric?: boolean;
  /** Formats one cell; default `formatValue` for numeric columns, `formatLabel` otherwise. */
  format?: (value: unknown) => string;
  /** Offer a sort button in the header. Default true. */
  sortable?: boolean;
}

/** One page of rows, columnar (as query results arrive). */
export interface TableData {
  columns: Readonly<Record<string, readonly unknown[]>>;
}

export interface TableSort {
  key: string;
  desc?: boolean;
}

export interface TableOptions {
  columns: readonly TableColumn[];
  /** The order the rows arrive in (the query sorted them); shown with `aria-sort`. */
  sort?: TableSort | null;
  /** Page shown, from 0. */
  page?: number;
  /** Rows per page. Default: the rows given. */
  pageSize?: number;
  /** Rows over all pages (from a count query); default: the rows given. */
  totalRows?: number;
  /** Columns whose values a row stands for when selected: `{ [key]: value }` per mark. */
  selectKeys?: readonly string[];
}

/** Heights the element's styles hold rows to, so marks' boxes match the drawing before layout. */
export const TABLE_HEADER_HEIGHT = 36;
export const TABLE_ROW_HEIGHT = 32;

const TEXT = {
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  pages: { id: 'Halaman tabel', en: 'Table pages' },
  rows: { id: 'baris', en: 'rows' },
  ascending: { id: 'menaik', en: 'ascending' },
  descending: { id: 'menurun', en: 'descending' },
  sortedBy: { id: 'diurutkan menurut', en: 'sorted by' },
  showing: { id: 'Menampilkan baris', en: 'Showing rows' },
  sortHint: { id: 'urutkan', en: 'sort' },
} as const;

function text(name: keyof typeof TEXT, lang: ChartContext['lang']): string {
  return TEXT[name][lang];
}

/** Number of pages for `total` rows (at least one, so "page 1 of 1" holds for no rows). */
export function pageCount(total: number, pageSize: number): number {
  if (!(pageSize > 0)) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The next sort after clicking `key`'s header: ascending first, then it flips. */
export function nextSort(current: TableSort | null | undefined, key: string): TableSort {
  if (current?.key === key) return { key, desc: current.desc !== true };
  return { key, desc: false };
}

function rowCount(data: TableData, columns: readonly TableColumn[]): number {
  let n = 0;
  for (const c of columns) n = Math.max(n, data.columns[c.key]?.length ?? 0);
  return n;
}

/** The text of every cell, exactly as drawn. */
export function tableCells(
  data: TableData,
  columns: readonly TableColumn[],
  context: Pick<ChartContext, 'formatValue' | 'formatLabel' | 'lang'>,
): string[][] {
  const n = rowCount(data, columns);
  const formatters = columns.map((c) => c.format ?? defaultFormat(c, context));
  return Array.from({ length: n }, (_, r) =>
    columns.map((c, i) => formatters[i]!(data.columns[c.key]?.[r] ?? null)),
  );
}

function defaultFormat(
  column: TableColumn,
  context: Pick<ChartContext, 'formatValue' | 'formatLabel' | 'lang'>,
): (value: unknown) => string {
  if (column.numeric === true) {
    // A bigint (an exact total beyond 2^53) is a figure, not "not reported"; NaN (a zero
    // divisor) stays NaN, which formatValue writes as "tak terhitung (dibagi nol)".
    const figure = (v: unknown) =>
      typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : null;
    return (v) => context.formatValue(figure(v));
  }
  const label = context.formatLabel;
  return (v) => {
    if (v === null || v === undefined) return word('notReported', context.lang);
    return label ? label(v) : String(v);
  };
}

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
  const missing = word('notReported', lang);
  const notComputable = word('notComputable', lang);

  const wrapper = d.createElement('div');
  wrapper.className = 'pantau-table';
  const table = d.createElement('table');
  const caption = d.createElement('caption');
  caption.textContent = context.title ?? '';
  table.append(caption);

  const head = d.createElement('thead');
  const headRow = d.createElement('tr');
  columns.forEach((column) => {
    const th = d.createElement('th');
    th.scope = 'col';
    if (column.numeric === true) th.className = 'num';
    const sorted = options.sort?.key === column.key;
    if (sorted)
      th.setAttribute('aria-sort', options.sort?.desc === true ? 'descending' : 'ascending');
    if (column.sortable === false) {
      th.textContent = column.label;
    } else {
      const button = d.createElement('button');
      button.type = 'button';
      button.dataset['pantauSort'] = column.key;
      button.append(column.label);
      // The arrow is decoration; aria-sort on the header carries the state.
      const arrow = d.createElement('span');
      arrow.className = 'sort-indicator';
      arrow.setAttribute('aria-hidden', 'true');
      // A no-break space keeps the arrow on its heading's last line.
      arrow.textContent = sorted
        ? options.sort?.desc === true
          ? '\u00a0▼'
          : '\u00a0▲'
        : '\u00a0↕';
      button.append(arrow);
      th.append(button);
    }
    headRow.append(th);
  });
  head.append(headRow);
  table.append(head);

  const body = d.createElement('tbody');
  const marks: ChartMark[] = [];
  cells.forEach((row, r) => {
    const tr = d.createElement('tr');
    row.forEach((cell, i) => {
      const el = d.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) el.setAttribute('scope', 'row');
      const classes = [];
      if (columns[i]?.numeric === true) classes.push('num');
      if (cell === missing || cell === notComputable) classes.push('missing');
      if (classes.length > 0) el.className = classes.join(' ');
      el.textContent = cell;
      tr.append(el);
    });
    body.append(tr);
    const mark: ChartMark = {
      index: r,
      label: rowLabel(row, columns),
      box: {
        x: 0,
        y: TABLE_HEADER_HEIGHT + r * TABLE_ROW_HEIGHT,
        width: context.size.width,
        height: TABLE_ROW_HEIGHT,
      },
    };
    const selection = selectionOf(data, options.selectKeys, r);
    if (selection !== undefined) mark.selection = selection;
    marks.push(mark);
  });
  table.append(body);
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
    marks,
    table: output,
    summary: tableSummary(first, last, total, options, lang),
    // Not a drawing: the widget offers no SVG or PNG of it.
    surface: 'html',
  };
}

/** "Disdukcapil: IKM 91,20, Responden 120": the row header, then each column named. */
function rowLabel(row: readonly string[], columns: readonly TableColumn[]): string {
  const [head, ...rest] = row;
  const parts = rest.map((cell, i) => `${columns[i + 1]?.label ?? ''} ${cell}`.trim());
  return parts.length === 0 ? (head ?? '') : `${head ?? ''}: ${parts.join(', ')}`;
}

function selectionOf(
  data: TableData,
  keys: readonly string[] | undefined,
  r: number,
): Readonly<Record<string, unknown>> | undefined {
  if (keys === undefined || keys.length === 0) return undefined;
  const selection: Record<string, unknown> = {};
  for (const key of keys) selection[key] = data.columns[key]?.[r] ?? null;
  return selection;
}

function pager(
  d: Document,
  lang: ChartContext['lang'],
  page: number,
  pages: number,
  first: number,
  last: number,
  total: number,
): HTMLElement {
  const nav = d.createElement('nav');
  nav.className = 'pantau-pager';
  nav.setAttribute('aria-label', text('pages', lang));
  const button = (label: string, target: number, disabled: boolean, className: string) => {
    const b = d.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    b.dataset['pantauPage'] = String(target);
    b.disabled = disabled;
    return b;
  };
  const status = d.createElement('span');
  status.className = 'pantau-pager-status';
  status.textContent = `${word('page', lang)} ${formatCount(page + 1, lang)} ${word('of', lang)} ${formatCount(pages, lang)} · ${formatCount(first, lang)}–${formatCount(last, lang)} ${word('of', lang)} ${formatCount(total, lang)} ${text('rows', lang)}`;
  nav.append(
    button(`‹ ${text('previous', lang)}`, page - 1, page <= 0, 'pantau-pager-previous'),
    status,
    button(`${text('next', lang)} ›`, page + 1, page >= pages - 1, 'pantau-pager-next'),
  );
  return nav;
}

/** "Menampilkan baris 1–10 dari 48, diurutkan menurut IKM (menurun)." */
function tableSummary(
  first: number,
  last: number,
  total: number,
  options: TableOptions,
  lang: ChartContext['lang'],
): string {
  if (total === 0) return `${word('noData', lang)}.`;
  const range = `${text('showing', lang)} ${formatCount(first, lang)}–${formatCount(last, lang)} ${word('of', lang)} ${formatCount(total, lang)}`;
  const sort = options.sort ?? null;
  const column = sort === null ? undefined : options.columns.find((c) => c.key === sort.key);
  if (sort === null || column === undefined) return `${range}.`;
  const direction = text(sort.desc === true ? 'descending' : 'ascending', lang);
  return `${range}, ${text('sortedBy', lang)} ${column.label} (${direction}).`;
}
