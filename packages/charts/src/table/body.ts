/**
 * A table's rows: a row header per row, numbers right-aligned, "belum input" cells marked, and a
 * keyboard mark per row standing for its `selectKeys` values.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import type { ChartContext, ChartMark } from '../types.ts';
import type { TableColumn, TableData } from './data.ts';

/** Heights the element's styles hold rows to, so marks' boxes match the drawing before layout. */
export const TABLE_HEADER_HEIGHT = 36;
export const TABLE_ROW_HEIGHT = 32;

/** The body's rows (cell texts from tableCells) and a mark per row. */
export function tableBody(
  d: Document,
  cells: readonly (readonly string[])[],
  data: TableData,
  columns: readonly TableColumn[],
  selectKeys: readonly string[] | undefined,
  context: ChartContext,
): { node: HTMLTableSectionElement; marks: ChartMark[] } {
  const missing = say(CHART_WORDS, context.lang, 'notReported');
  const notComputable = say(CHART_WORDS, context.lang, 'notComputable');
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
    const selection = selectionOf(data, selectKeys, r);
    if (selection !== undefined) mark.selection = selection;
    marks.push(mark);
  });
  return { node: body, marks };
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
