/**
 * Lines and areas over time: several series, a dashed target line, and gaps. A missing period
 * or a null value breaks the line (d3-shape's `defined`): it is never bridged and never drawn as
 * zero; the period gets a hatched "belum input" band, a point standing alone gets a dot. Above
 * about four points per pixel column the series are reduced with M4 (m4.ts), and above about
 * 2,000 drawn points the lines go on a canvas, with the same marks, table and summary.
 *
 * A composition of parts, drawn in this order: value axis, category bands, "belum input" bands,
 * series (series.ts, or canvas-series.ts), target, time axis, legend.
 */

import { CANVAS_THRESHOLD, canvasSurface, paintCanvas } from '../canvas.ts';
import { memoFormat } from '../format-memo.ts';
import { joinSentences } from '../summary.ts';
import { doc, svgRoot } from '../svg.ts';
import type { TimeInterval } from '../time-axis.ts';
import type { CategoryBand, ChartContext, ChartOutput, ValueFormatter } from '../types.ts';
import { xAxis, yAxis } from './axes.ts';
import { bandsSentence, lineBands } from './bands.ts';
import { drawCanvasSeries } from './canvas-series.ts';
import { buildAxis, emptyRows, type LineData } from './data.ts';
import { baselineOf, layout, MARGIN, rowPixels } from './frame.ts';
import { appendLineLegend, lineLegend } from './legend.ts';
import { m4Union, needsReduction } from './m4.ts';
import { lineMarks } from './marks.ts';
import { missingBands } from './missing.ts';
import type { DrawnRows } from './rows.ts';
import { drawSeries, showMarkers } from './series.ts';
import type { LineXAxis } from './span.ts';
import { lineSummary } from './summary.ts';
import { lineTable, type LineTableOptions } from './table.ts';
import { drawTarget } from './target.ts';

export type { LineData, LineSeries, LineX } from './data.ts';
export type { LineXAxis } from './span.ts';

/** A line chart's output, with where its periods sit along x (for brushing a time range). */
export interface LineOutput extends ChartOutput {
  xAxis: LineXAxis;
}

export interface LineOptions extends LineTableOptions {
  /** Fill under each line (translucent, from the baseline). */
  area?: boolean;
  /** Period of one x step, so missing periods are found and shown as gaps; guessed from dates. */
  interval?: TimeInterval;
  /** Fixed value range; default: the data (and target) rounded outwards to nice ticks. */
  yDomain?: readonly [number, number];
  /** Start the value axis at zero. Default: true for areas (their size is read), false for lines. */
  zero?: boolean;
  /** A marker on every point: true, false, or 'auto' (when points are at least 12 px apart). */
  markers?: boolean | 'auto';
  /** Draw the series legend inside the SVG (so exports keep it). Default: with several series. */
  legend?: boolean;
  /** Column the x values come from: marks select `{ [xField]: x }`. */
  xField?: string;
  /** Column the series come from: marks of several series also select `{ [seriesField]: name }`. */
  seriesField?: string;
  /** Drawn points above which the canvas is used (default 2,000). */
  canvasThreshold?: number;
  /** Official category bands (IKM A..D, ...) drawn behind the lines, labelled. */
  categoryBands?: readonly CategoryBand[];
  /** Formats the size of a change in the summary; default the value's own format. */
  formatChange?: ValueFormatter;
}

/** Renders a line (or area) chart; see LineOptions. */
export function renderLine(
  data: LineData,
  options: LineOptions,
  context: ChartContext,
): LineOutput {
  // The table, marks and summary format the same values: each distinct one once per render.
  context = { ...context, formatValue: memoFormat(context.formatValue) };
  const d = doc(context);
  const axis = buildAxis(data, options.interval);
  const names = data.series.map((s) => s.name);
  const target = options.target ?? null;
  const empty = emptyRows(axis);
  const legend = lineLegend(data, empty.some(Boolean), options.legend, context);
  const frame = layout(axis, options, context, MARGIN + legend.height, target);
  const { plot } = frame;
  const px = rowPixels(axis, frame);
  // Reduce when a pixel column would hold more than ~4 points of a series.
  const reduced = needsReduction(axis.xs.length, plot.width);
  const rows = reduced ? m4Union(px, axis.values, plot.x) : axis.xs.map((_, k) => k);
  const drawn: DrawnRows = { axis, rows, px, frame, baseline: baselineOf(frame) };
  const points = rows.length * Math.max(1, data.series.length);
  const surface =
    points > (options.canvasThreshold ?? CANVAS_THRESHOLD)
      ? canvasSurface(context, 'pantau-line')
      : null;
  const root =
    surface?.overlay ?? svgRoot(context, `pantau-line${options.area ? ' pantau-area' : ''}`);

  root.append(yAxis(d, frame));
  const bands = options.categoryBands ?? [];
  if (bands.length > 0) root.append(lineBands(d, bands, frame.y, plot));
  root.append(missingBands(d, axis, empty, px, plot, context.lang));
  if (surface === null) {
    const markers = showMarkers(options.markers, plot.width, rows.length);
    root.append(drawSeries(d, drawn, names, options.area === true, markers));
  } else {
    paintCanvas(surface, d, (ctx, resolve) =>
      drawCanvasSeries(ctx, drawn, options.area === true, resolve),
    );
  }
  if (target !== null) root.append(drawTarget(d, frame, target, options.targetLabel, context));
  root.append(xAxis(d, axis, frame, context));
  const legendItems = appendLineLegend(d, root, legend);

  return {
    node: surface?.node ?? root,
    marks: lineMarks(drawn, names, options, context),
    table: lineTable(axis, names, rows, reduced, options, context),
    summary: joinSentences(
      lineSummary(axis, names, target, context, options.formatChange),
      bands.length > 0 ? bandsSentence(bands, context.formatValue, context.lang) : '',
    ),
    legend: legendItems,
    surface: surface === null ? 'svg' : 'canvas',
    xAxis: { plot, xs: axis.xs, px, interval: axis.interval },
  };
}
