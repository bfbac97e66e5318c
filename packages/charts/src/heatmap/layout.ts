/**
 * A heatmap's grid: the row labels' width decides the left edge, the column labels (a time axis,
 * or categories turned when too wide) the bottom one, and every cell gets the same box.
 */

import { scaleBand, type BandScale } from '../shared/scale-core.ts';
import { TICK_PADDING } from '../axes.ts';
import { LABEL_FONT_SIZE, widestText } from '../text.ts';
import { timeAxisHeight } from '../time-axis.ts';
import type { Box, ChartContext } from '../types.ts';

export const MARGIN = 8;
const MAX_ROW_LABEL = 160;

export interface HeatmapGrid {
  x: BandScale<number>;
  y: BandScale<number>;
  left: number;
  right: number;
  bottom: number;
  /** Room for the row labels, left of the grid. */
  labelWidth: number;
  /** Category labels written turned, because they are wider than a column. */
  rotate: boolean;
  /** Row-major, a box per cell. */
  boxes: Box[];
}

/** Labels as written along the axes: one per row, one per column. */
export interface GridLabels {
  rows: readonly string[];
  cols: readonly string[];
}

export function heatmapGrid(
  labels: GridLabels,
  byDate: boolean,
  top: number,
  size: ChartContext['size'],
): HeatmapGrid {
  const { width, height } = size;
  const nRows = labels.rows.length;
  const nCols = labels.cols.length;
  const labelWidth = Math.min(
    widestText(labels.rows) + 2,
    Math.max(48, width * 0.3),
    MAX_ROW_LABEL,
  );
  const left = MARGIN + labelWidth + TICK_PADDING;
  const right = Math.max(left + 10, width - MARGIN - 8);
  const rotate = !byDate && widestText(labels.cols) > (right - left) / Math.max(1, nCols) - 4;
  const axisHeight = byDate
    ? timeAxisHeight()
    : rotate
      ? Math.min(widestText(labels.cols), 100) * 0.66 + LABEL_FONT_SIZE + 8
      : LABEL_FONT_SIZE + TICK_PADDING + 6;
  const bottom = Math.max(top + 10, height - axisHeight - 2);
  const x = scaleBand<number>()
    .domain(labels.cols.map((_, c) => c))
    .range([left, right]);
  const y = scaleBand<number>()
    .domain(labels.rows.map((_, r) => r))
    .range([top, bottom]);
  return { x, y, left, right, bottom, labelWidth, rotate, boxes: cellBoxes(x, y, nRows, nCols) };
}

function cellBoxes(
  x: BandScale<number>,
  y: BandScale<number>,
  nRows: number,
  nCols: number,
): Box[] {
  const cellW = x.bandwidth();
  const cellH = y.bandwidth();
  // A 1 px gap shows cell edges while cells are big enough to spare it.
  const gap = Math.min(cellW, cellH) >= 6 ? 1 : 0;
  const xs = Array.from({ length: nCols }, (_, c) => (x(c) ?? 0) + gap / 2);
  const boxes = new Array<Box>(nRows * nCols);
  for (let i = 0; i < boxes.length; i++) {
    const r = Math.floor(i / nCols);
    boxes[i] = {
      x: xs[i - r * nCols]!,
      y: (y(r) ?? 0) + gap / 2,
      width: Math.max(0, cellW - gap),
      height: Math.max(0, cellH - gap),
    };
  }
  return boxes;
}
