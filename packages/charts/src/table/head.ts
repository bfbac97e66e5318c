/**
 * A table's column headers: a sort button per sortable column carrying `data-pantau-sort` for the
 * element to act on, the order the rows arrive in said through `aria-sort`.
 */

import type { TableColumn, TableSort } from './data.ts';

export function tableHead(
  d: Document,
  columns: readonly TableColumn[],
  sort: TableSort | null | undefined,
): HTMLTableSectionElement {
  const head = d.createElement('thead');
  const headRow = d.createElement('tr');
  columns.forEach((column) => headRow.append(columnHeader(d, column, sort)));
  head.append(headRow);
  return head;
}

function columnHeader(
  d: Document,
  column: TableColumn,
  sort: TableSort | null | undefined,
): HTMLTableCellElement {
  const th = d.createElement('th');
  th.scope = 'col';
  if (column.numeric === true) th.className = 'num';
  const sorted = sort?.key === column.key;
  if (sorted) th.setAttribute('aria-sort', sort?.desc === true ? 'descending' : 'ascending');
  if (column.sortable === false) {
    th.textContent = column.label;
    return th;
  }
  const button = d.createElement('button');
  button.type = 'button';
  button.dataset['pantauSort'] = column.key;
  button.append(column.label);
  // The arrow is decoration; aria-sort on the header carries the state.
  const arrow = d.createElement('span');
  arrow.className = 'sort-indicator';
  arrow.setAttribute('aria-hidden', 'true');
  // A no-break space keeps the arrow on its heading's last line.
  arrow.textContent = sorted ? (sort?.desc === true ? '\u00a0▼' : '\u00a0▲') : '\u00a0↕';
  button.append(arrow);
  th.append(button);
  return th;
}
