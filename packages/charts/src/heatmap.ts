/**
 * Heatmap: units down, periods (or categories) across, one cell per pair. Values take a
 * sequential colour (or their grade's colour), with the value written in the cell when it fits,
 * in dark or white text, whichever contrasts more. A cell with nothing reported has no fill and
 * is hatched: it can never be mistaken for a low value or zero. Above about 2,000 cells the cells
 * go on a canvas; axes and legend stay SVG, and marks, table and summary are the same.
 */

import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';
import { bandAxis, fittedText, TICK_PADDING } from './axes.ts';
import {
  CANVAS_THRESHOLD,
  canvasSurface,
  hatchCanvas,
  paintCanvas,
  type ColorResolver,
} from './canvas.ts';
import { hatchPath } from './hatch.ts';
import { cellValue, type HeatmapData } from './heatmap-data.ts';
import { cellText, columnLabel, heatmapSummary, heatmapTable, rowLabel } from './heatmap-text.ts';
import { drawLegend, drawRampLegend } from './legend.ts';
import { inferInterval } from './line-data.ts';
import { INK, SEQUENTIAL_STOPS } from './palette.ts';
import { categoryText } from './summary.ts';
import { doc, svgEl, svgRoot } from './svg.ts';
import { LABEL_FONT_SIZE, textWidth, widestText } from './text.ts';
import {
  periodIndex,
  timeAxis,
  timeAxisHeight,
  timeTicks,
  type TimeInterval,
} from './time-axis.ts';
import type {
  Box,
  ChartContext,
  ChartMark,
  ChartOutput,
  LegendItem,
  ValueCategory,
} from './types.ts';
import { word } from './words.ts';

export type { HeatmapColumn, HeatmapData } from './heatmap-data.ts';

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

const MARGIN = 8;
const MIN_LABELLED_ROW = 10;
const MAX_ROW_LABEL = 160;
const DARK_TEXT = '#111827';
const UNGRADED_FILL = '#e5e7eb';
const LIGHT_TEXT = '#ffffff';

/** Renders a heatmap; see HeatmapOptions. */
export function renderHeatmap(
  data: HeatmapData,
  options: HeatmapOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const { lang, formatValue } = context;
  const { width, height } = context.size;
  const nRows = data.rows.length;
  const nCols = data.cols.length;
  const dates = data.cols.filter((c): c is Date => c instanceof Date);
  const byDate = nCols > 0 && dates.length === nCols;
  const interval: TimeInterval = options.interval ?? inferInterval(dates) ?? 'month';
  const categorical = data.categories?.some((c) => c !== null && c !== undefined) === true;

  let lo = Infinity;
  let hi = -Infinity;
  let anyMissing = false;
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const v = cellValue(data, r, c);
      if (v === null) {
        anyMissing = true;
        continue;
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const domain: [number, number] = options.domain
    ? [options.domain[0], options.domain[1]]
    : lo === Infinity
      ? [0, 1]
      : [lo, hi];
  const color = sequentialColor(domain);
  const fillOf = (r: number, c: number): string | null => {
    const v = cellValue(data, r, c);
    if (v === null) return null;
    if (!categorical) return color(v);
    // Graded data: a value without a grade gets a neutral fill, not a ramp colour that means nothing.
    return data.categories?.[r * nCols + c]?.color ?? UNGRADED_FILL;
  };

  const useCanvas = nRows * nCols > (options.canvasThreshold ?? CANVAS_THRESHOLD);
  const surface = useCanvas ? canvasSurface(context, 'pantau-heatmap') : null;
  const root = surface?.overlay ?? svgRoot(context, 'pantau-heatmap');

  // Legend first: its height moves the grid down.
  const legendItems = legendItemsOf(data, options, categorical, anyMissing, lang);
  let top = MARGIN;
  if (options.legend !== false && nRows * nCols > 0) {
    const legendWidth = width - 2 * MARGIN;
    const legend = categorical
      ? drawLegend(d, legendItems, { width: legendWidth, x: MARGIN, y: MARGIN })
      : drawRampLegend(d, {
          width: legendWidth,
          x: MARGIN,
          y: MARGIN,
          domain,
          color,
          format: (v) => formatValue(v),
          ...(anyMissing ? { noData: word('notReported', lang) } : {}),
        });
    root.append(legend.node);
    top += legend.height + MARGIN;
  }

  const rowLabels = data.rows.map((row) => rowLabel(row, context));
  const labelWidth = Math.min(widestText(rowLabels) + 2, Math.max(48, width * 0.3), MAX_ROW_LABEL);
  const left = MARGIN + labelWidth + TICK_PADDING;
  const right = Math.max(left + 10, width - MARGIN - 8);
  const colLabels = data.cols.map((col) => columnLabel(col, interval, context));
  const rotate = !byDate && widestText(colLabels) > (right - left) / Math.max(1, nCols) - 4;
  const axisHeight = byDate
    ? timeAxisHeight()
    : rotate
      ? Math.min(widestText(colLabels), 100) * 0.66 + LABEL_FONT_SIZE + 8
      : LABEL_FONT_SIZE + TICK_PADDING + 6;
  const bottom = Math.max(top + 10, height - axisHeight - 2);
  const x = scaleBand<number>()
    .domain(data.cols.map((_, c) => c))
    .range([left, right]);
  const y = scaleBand<number>()
    .domain(data.rows.map((_, r) => r))
    .range([top, bottom]);
  const cellW = x.bandwidth();
  const cellH = y.bandwidth();
  // A 1 px gap shows cell edges while cells are big enough to spare it.
  const gap = Math.min(cellW, cellH) >= 6 ? 1 : 0;
  const boxOf = (r: number, c: number): Box => ({
    x: (x(c) ?? 0) + gap / 2,
    y: (y(r) ?? 0) + gap / 2,
    width: Math.max(0, cellW - gap),
    height: Math.max(0, cellH - gap),
  });

  if (surface === null) {
    root.append(svgCells(d, data, boxOf, fillOf, options.showValues !== false, context));
  } else {
    paintCanvas(surface, d, (ctx, resolve) => drawCanvasCells(ctx, data, boxOf, fillOf, resolve));
  }
  root.append(rowAxis(d, rowLabels, y, left, labelWidth));
  root.append(columnAxis(d, data, interval, x, bottom, left, right, colLabels, rotate, context));

  return {
    node: surface?.node ?? root,
    marks: heatmapMarks(data, boxOf, interval, options, context),
    table: heatmapTable(data, interval, options.rowHeader, context),
    summary: heatmapSummary(data, interval, context),
    legend: legendItems,
    surface: surface === null ? 'svg' : 'canvas',
  };
}

/** The ramp: palette stops spread evenly over the domain, clamped so an override never overflows. */
export function sequentialColor(domain: readonly [number, number]): (value: number) => string {
  const [lo, hi] = domain;
  const n = SEQUENTIAL_STOPS.length;
  const stops = SEQUENTIAL_STOPS.map((_, i) =>
    lo === hi ? lo + i / (n - 1) - 0.5 : lo + ((hi - lo) * i) / (n - 1),
  );
  const scale = scaleLinear<string>()
    .domain(stops)
    .range([...SEQUENTIAL_STOPS])
    .clamp(true);
  return (value) => scale(value);
}

function legendItemsOf(
  data: HeatmapData,
  options: HeatmapOptions,
  categorical: boolean,
  anyMissing: boolean,
  lang: ChartContext['lang'],
): LegendItem[] {
  const items: LegendItem[] = [];
  if (categorical) {
    const seen = new Map<string, ValueCategory>();
    for (const category of options.categoryLegend ?? data.categories ?? []) {
      if (category && !seen.has(category.code)) seen.set(category.code, category);
    }
    for (const category of seen.values()) {
      items.push({ label: categoryText(category, true), color: category.color, symbol: 'square' });
    }
  }
  if (anyMissing)
    items.push({ label: word('notReported', lang), color: INK.missing, symbol: 'hatch' });
  return items;
}

/** Relative luminance (WCAG 2.2) of a colour given as #rgb, #rrggbb, rgb() or var(--x, fallback). */
export function luminance(color: string): number | null {
  const fallback = /var\([^,]+,\s*(.+)\)\s*$/.exec(color);
  const c = (fallback?.[1] ?? color).trim();
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((ch) => ch + ch).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(c);
    if (m) rgb = [m[1], m[2], m[3]].map(Number);
  }
  if (rgb === null) return null;
  const [r, g, b] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Dark or white text on `fill`, whichever has the higher contrast ratio. */
export function textColorOn(fill: string): string {
  const l = luminance(fill);
  if (l === null) return DARK_TEXT;
  const dark = luminance(DARK_TEXT)!;
  return (l + 0.05) / (dark + 0.05) >= 1.05 / (l + 0.05) ? DARK_TEXT : LIGHT_TEXT;
}

function svgCells(
  d: Document,
  data: HeatmapData,
  boxOf: (r: number, c: number) => Box,
  fillOf: (r: number, c: number) => string | null,
  showValues: boolean,
  context: ChartContext,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-heatmap-cells' });
  const texts = svgEl(d, 'g', { class: 'pantau-heatmap-values', 'text-anchor': 'middle' });
  data.rows.forEach((_, r) => {
    data.cols.forEach((_, c) => {
      const box = boxOf(r, c);
      const fill = fillOf(r, c);
      if (fill === null) {
        const missing = svgEl(d, 'g', { class: 'pantau-cell-missing' });
        missing.append(
          svgEl(d, 'rect', {
            x: box.x + 0.5,
            y: box.y + 0.5,
            width: Math.max(0, box.width - 1),
            height: Math.max(0, box.height - 1),
            fill: 'none',
            stroke: INK.missing,
          }),
          svgEl(d, 'path', { d: hatchPath(box), stroke: INK.missing, fill: 'none' }),
        );
        g.append(missing);
        return;
      }
      g.append(svgEl(d, 'rect', { class: 'pantau-cell', ...box, fill }));
      if (!showValues) return;
      const text = cellText(data, r, c, context);
      const size = Math.min(11, box.height - 4);
      if (size < 8 || textWidth(text, size) > box.width - 4) return;
      texts.append(
        svgEl(
          d,
          'text',
          {
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
            dy: '0.32em',
            'font-size': size,
            fill: textColorOn(fill),
          },
          text,
        ),
      );
    });
  });
  g.append(texts);
  return g;
}

function drawCanvasCells(
  ctx: CanvasRenderingContext2D,
  data: HeatmapData,
  boxOf: (r: number, c: number) => Box,
  fillOf: (r: number, c: number) => string | null,
  resolve: ColorResolver,
): void {
  const missing = resolve(INK.missing);
  data.rows.forEach((_, r) => {
    data.cols.forEach((_, c) => {
      const box = boxOf(r, c);
      const fill = fillOf(r, c);
      if (fill === null) {
        hatchCanvas(ctx, box, missing);
        return;
      }
      ctx.fillStyle = resolve(fill);
      ctx.fillRect(box.x, box.y, box.width, box.height);
    });
  });
}

/** Unit names down the left; thinned to every n-th when rows are shorter than a line of text. */
function rowAxis(
  d: Document,
  labels: readonly string[],
  y: ScaleBand<number>,
  left: number,
  maxWidth: number,
): SVGGElement {
  const every = Math.max(1, Math.ceil(MIN_LABELLED_ROW / Math.max(0.01, y.bandwidth())));
  const g = svgEl(d, 'g', {
    class: 'pantau-axis pantau-axis-band pantau-axis-left',
    fill: INK.text,
    'font-size': Math.min(LABEL_FONT_SIZE, Math.max(9, y.bandwidth() - 2)),
  });
  labels.forEach((label, r) => {
    if (r % every !== 0) return;
    const at = (y(r) ?? 0) + y.bandwidth() / 2;
    g.append(
      fittedText(
        d,
        { x: left - TICK_PADDING, y: at, dy: '0.32em', 'text-anchor': 'end' },
        label,
        maxWidth,
      ),
    );
  });
  return g;
}

/** Periods under the grid on a time axis (ticks at column centres), or category labels. */
function columnAxis(
  d: Document,
  data: HeatmapData,
  interval: TimeInterval,
  x: ScaleBand<number>,
  bottom: number,
  left: number,
  right: number,
  labels: readonly string[],
  rotate: boolean,
  context: ChartContext,
): SVGGElement {
  const cols = data.cols;
  const first = cols[0];
  const last = cols[cols.length - 1];
  if (first instanceof Date && last instanceof Date) {
    const column = new Map<number, number>();
    cols.forEach((col, c) => column.set(periodIndex(col as Date, interval), c));
    // Ticks are period starts, so each lands on its own column's centre.
    const ticks = timeTicks(first, last, interval, context.lang, right - left).filter((t) =>
      column.has(periodIndex(t.date, interval)),
    );
    const centre = (date: Date): number => {
      const c = column.get(periodIndex(date, interval)) ?? 0;
      return (x(c) ?? 0) + x.bandwidth() / 2;
    };
    return timeAxis(d, ticks, centre, { offset: bottom, left, right });
  }
  const band = scaleBand<string>()
    .domain(cols.map((_, c) => String(c)))
    .range([left, right]);
  return bandAxis(d, band, {
    orient: 'bottom',
    offset: bottom,
    label: (key) => labels[Number(key)] ?? '',
    rotate,
    line: false,
  });
}

/** One mark per cell, row by row: Left/Right move along a unit, Up/Down between units. */
function heatmapMarks(
  data: HeatmapData,
  boxOf: (r: number, c: number) => Box,
  interval: TimeInterval,
  options: HeatmapOptions,
  context: ChartContext,
): ChartMark[] {
  const marks: ChartMark[] = [];
  const nCols = data.cols.length;
  data.rows.forEach((row, r) => {
    const name = rowLabel(row, context);
    data.cols.forEach((col, c) => {
      const category = data.categories?.[r * nCols + c] ?? null;
      const value = cellValue(data, r, c);
      const grade = categoryText(category, true);
      const text =
        grade === '' ? context.formatValue(value) : `${context.formatValue(value)} (${grade})`;
      marks.push({
        index: r * nCols + c,
        label: `${name}, ${columnLabel(col, interval, context, true)}: ${text}`,
        box: boxOf(r, c),
        row: r,
        col: c,
        selection: { [options.rowField ?? 'row']: row, [options.colField ?? 'col']: col },
      });
    });
  });
  return marks;
}
