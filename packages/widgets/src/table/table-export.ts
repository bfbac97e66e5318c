/**
 * The table's CSV: every row in the order shown, headed by the headings shown, measures rounded
 * as displayed, in the page's language (`;` and decimal commas for `id`). Loaded with the
 * table's module, not at page load.
 */

import { formatDecimals, type Lang, type Row } from '@pantau/core';
import { formatSpec } from '../base/formats.ts';
import { rowsToCsv } from '../base/export.ts';
import { columnHeading } from './table-cells.ts';
import type { PlannedColumn } from './table-query.ts';

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
