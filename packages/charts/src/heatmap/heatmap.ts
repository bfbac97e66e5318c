/**
 * Heatmap: units down, periods (or categories) across, one cell per pair. Values take a
 * sequential colour (or their grade's colour), with the value written in the cell when it fits,
 * in dark or white text, whichever contrasts more. A cell with nothing reported has no fill and
 * is hatched: it can never be mistaken for a low value or zero. Above about 2,000 cells the cells
 * go on a canvas; axes and legend stay SVG, and marks, table and summary are the same.
 *
 * A composition of parts, drawn in this order: legend, cells (cells.ts, or canvas-cells.ts), row
 * axis, column axis.
 */

import { CANVAS_THRESHOLD, canvasSurface, paintCanvas } from '../canvas.ts';
import { memoFormat } from '../format-memo.ts';
import { inferInterval } from '../line/data.ts';
import { doc, svgRoot } from '../svg.ts';
import type { TimeInterval } from '../time-axis.ts';
import type { ChartContext, ChartOutput, ValueCategory } from '../types.ts';
import { columnAxis, rowAxis } from './axes.ts';
import { drawCanvasCells } from './canvas-cells.ts';
import { svgCells } from './cells.ts';
import { cellFills, sequentialColor } from './colors.ts';
import { scanCells, type CellScan, type HeatmapData } from './data.ts';
import { heatmapGrid, MARGIN } from './layout.ts';
import { appendHeatmapLegend, heatmapLegendItems } from './legend.ts';
import { heatmapMarks } from './marks.ts';
import { cellText, columnLabel, heatmapSummary, heatmapTable, rowLabel } from './summary.ts';

export type { HeatmapColumn, HeatmapData } from './data.ts';
export { luminance, sequentialColor, textColorOn } from './colors.ts';

export interface HeatmapOptions {
  /** Period of a date column (default: guessed from the dates, else month). */
  interval?: TimeInterval;
  /** Value range of the colour ramp; default: the values drawn. */
  domain?: readonly [number, number];
  /** Write values in cells that are big enough. Default true. */
  showValues?: boolean;
  /** Draw the legend (ramp or grades, and "belum input") inside the SVG. Default true. */
  legend?: boolean;
  /** Grades to list in the legend, in order; default: the grades present, in order of appearance. */
  categoryLegend?: readonly ValueCategory[];
  /** Header of the row column in the data table (default "Unit"). */
  rowHeader?: string;
  /** Columns the rows and columns come from: marks select `{ [rowField]: row, [colField]: col }`. */
  rowField?: string;
  colField?: string;
  /** Cells above which the canvas is used (default 2,000). */
  canvasThreshold?: number;
}

/** Renders a heatmap; see HeatmapOptions. */
export function renderHeatmap(
  data: HeatmapData,
  options: HeatmapOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const { lang } = context;
  // Cells share values: each distinct one is formatted once in this render.
  const formatValue = memoFormat(context.formatValue);
  const said: ChartContext = { ...context, formatValue };
  const nCells = data.rows.length * data.cols.length;
  const dates = data.cols.filter((c): c is Date => c instanceof Date);
  const byDate = data.cols.length > 0 && dates.length === data.cols.length;
  const interval: TimeInterval = options.interval ?? inferInterval(dates) ?? 'month';
  const cells = scanCells(data);
  const { values } = cells;
  const { domain, color, fills, texts } = cellLooks(data, cells, options.domain, formatValue);

  const surface =
    nCells > (options.canvasThreshold ?? CANVAS_THRESHOLD)
      ? canvasSurface(context, 'pantau-heatmap')
      : null;
  const root = surface?.overlay ?? svgRoot(context, 'pantau-heatmap');
  // Legend first: its height moves the grid down.
  const legendItems = heatmapLegendItems(data, options.categoryLegend, cells, lang);
  let top = MARGIN;
  if (options.legend !== false && nCells > 0) {
    const place = { x: MARGIN, y: MARGIN, width: context.size.width - 2 * MARGIN, domain, color };
    const format = (v: number) => formatValue(v);
    top += appendHeatmapLegend(d, root, legendItems, cells, { ...place, format }, lang) + MARGIN;
  }

  const rowLabels = data.rows.map((row) => rowLabel(row, context));
  const colLabels = data.cols.map((col) => columnLabel(col, interval, context));
  const grid = heatmapGrid({ rows: rowLabels, cols: colLabels }, byDate, top, context.size);
  const { boxes } = grid;
  if (surface === null) {
    root.append(svgCells(d, boxes, fills, texts, options.showValues !== false));
  } else {
    paintCanvas(surface, d, (ctx, resolve) => drawCanvasCells(ctx, boxes, fills, resolve));
  }
  root.append(rowAxis(d, rowLabels, grid.y, grid.left, grid.labelWidth));
  root.append(columnAxis(d, data, interval, grid, colLabels, context));

  return {
    node: surface?.node ?? root,
    marks: heatmapMarks(data, values, boxes, rowLabels, interval, options, said),
    table: heatmapTable(rowLabels, colLabels, texts, options.rowHeader, context),
    summary: heatmapSummary(data, values, rowLabels, colLabels, said),
    legend: legendItems,
    surface: surface === null ? 'svg' : 'canvas',
  };
}

/** The ramp's domain and colours, each cell's fill and its text. */
function cellLooks(
  data: HeatmapData,
  cells: CellScan,
  fixed: readonly [number, number] | undefined,
  formatValue: ChartContext['formatValue'],
) {
  const domain: [number, number] = fixed ? [fixed[0], fixed[1]] : (cells.extent ?? [0, 1]);
  const color = sequentialColor(domain);
  const fills = cellFills(cells.values, data.categories, cells.categorical, color);
  // What each cell says: drawn in it when it fits, and its data-table cell, the same string.
  const texts = cells.values.map((v, i) => cellText(v, data.categories?.[i], formatValue));
  return { domain, color, fills, texts };
}
