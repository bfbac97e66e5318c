/** A heatmap's keyboard marks, a cell each. */

import { LazyMark } from '../lazy-mark.ts';
import { valueWithCategory } from '../summary.ts';
import type { Box, ChartContext, ChartMark } from '../types.ts';
import type { HeatmapData } from './data.ts';
import { columnLabel } from './summary.ts';
import type { TimeInterval } from '../time-axis.ts';

/**
 * One mark per cell, row by row: Left/Right move along a unit, Up/Down between units. Labels
 * ("Dinkes, Februari 2024: 86,0") are written when first read (lazy-mark.ts).
 */
export function heatmapMarks(
  data: HeatmapData,
  values: readonly (number | null)[],
  boxes: readonly Box[],
  rowLabels: readonly string[],
  interval: TimeInterval,
  fields: { rowField?: string; colField?: string },
  context: ChartContext,
): ChartMark[] {
  const nCols = data.cols.length;
  const longCols: (string | undefined)[] = [];
  const label = (i: number): string => {
    const r = Math.floor(i / nCols);
    const c = i - r * nCols;
    const when = (longCols[c] ??= columnLabel(data.cols[c]!, interval, context, true));
    const category = data.categories?.[i] ?? null;
    return `${rowLabels[r]}, ${when}: ${valueWithCategory(values[i] ?? null, category, context.formatValue, true)}`;
  };
  const rowField = fields.rowField ?? 'row';
  const colField = fields.colField ?? 'col';
  return boxes.map((box, i) => {
    const r = Math.floor(i / nCols);
    const c = i - r * nCols;
    const selection = { [rowField]: data.rows[r], [colField]: data.cols[c] };
    return new LazyMark(i, box, r, c, selection, label, i);
  });
}
