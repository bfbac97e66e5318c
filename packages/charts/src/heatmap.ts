/**
 * Heatmap: units down, periods (or categories) across, one cell per pair. Values take a
 * sequential colour (or their grade's colour), with the value written in the cell when it fits,
 * in dark or white text, whichever contrasts more. A cell with nothing reported has no fill and
 * is hatched: it can never be mistaken for a low value or zero. Above about 2,000 cells the cells
 * go on a canvas; axes and legend stay SVG, and marks, table and summary are the same.
 */

import { scaleBand, scaleLinear, type ScaleBand } from 'd3-scale';
import { bandAxis, labelText, TICK_PADDING } from './axes.ts';
import {
  CANVAS_THRESHOLD,
  canvasSurface,
  fillBoxes,
  hatchBoxes,
  paintCanvas,
  type ColorResolver,
} from './canvas.ts';
import { memoFormat } from './format-memo.ts';
import { hatchPath } from './hatch.ts';
import { cellValue, type HeatmapData } from './heatmap-data.ts';
import { cellText, columnLabel, heatmapSummary, heatmapTable, rowLabel } from './heatmap-text.ts';
import { LazyMark } from './lazy-mark.ts';
import { drawLegend, drawRampLegend } from './legend.ts';
import { inferInterval } from './line/data.ts';
import { INK, SEQUENTIAL_STOPS } from './palette.ts';
import { categoryText, valueWithCategory } from './summary.ts';
import { doc, round, svgEl, svgRoot } from './svg.ts';
import { fitLabels } from './shared/label-fit.ts';
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
const NOT_COMPUTABLE_FILL = '#f9fafb';
const LIGHT_TEXT = '#ffffff';

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
  const { width, height } = context.size;
  const nRows = data.rows.length;
  const nCols = data.cols.length;
  const dates = data.cols.filter((c): c is Date => c instanceof Date);
  const byDate = nCols > 0 && dates.length === nCols;
  const interval: TimeInterval = options.interval ?? inferInterval(dates) ?? 'month';
  const categorical = data.categories?.some((c) => c !== null && c !== undefined) === true;

  // Row-major, as data.values: null not reported, NaN not computable (a zero divisor).
  const values = new Array<number | null>(nRows * nCols);
  let lo = Infinity;
  let hi = -Infinity;
  let anyMissing = false;
  let anyNotComputable = false;
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const v = cellValue(data, r, c);
      values[r * nCols + c] = v;
      if (v === null) {
        anyMissing = true;
        continue;
      }
      if (Number.isNaN(v)) {
        anyNotComputable = true;
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
  const rampColors = new Map<number, string>();
  const fills = values.map((v, i): string | null => {
    if (v === null) return null;
    // Not computable: a plain pale cell (no hatch: that is "belum input"), named in the legend.
    if (Number.isNaN(v)) return NOT_COMPUTABLE_FILL;
    // Graded data: a value without a grade gets a neutral fill, not a ramp colour that means nothing.
    if (categorical) return data.categories?.[i]?.color ?? UNGRADED_FILL;
    let fill = rampColors.get(v);
    if (fill === undefined) {
      fill = color(v);
      rampColors.set(v, fill);
    }
    return fill;
  });
  // What each cell says: drawn in it when it fits, and its data-table cell, the same string.
  const texts = values.map((v, i) => cellText(v, data.categories?.[i], formatValue));

  const useCanvas = nRows * nCols > (options.canvasThreshold ?? CANVAS_THRESHOLD);
  const surface = useCanvas ? canvasSurface(context, 'pantau-heatmap') : null;
  const root = surface?.overlay ?? svgRoot(context, 'pantau-heatmap');

  // Legend first: its height moves the grid down.
  const legendItems = legendItemsOf(data, options, categorical, anyMissing, lang);
  if (anyNotComputable) {
    legendItems.push({
      label: word('notComputable', lang),
      color: NOT_COMPUTABLE_FILL,
      symbol: 'square',
    });
  }
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
  const xs = data.cols.map((_, c) => (x(c) ?? 0) + gap / 2);
  const boxes: Box[] = values.map((_, i) => {
    const r = Math.floor(i / nCols);
    return {
      x: xs[i - r * nCols]!,
      y: (y(r) ?? 0) + gap / 2,
      width: Math.max(0, cellW - gap),
      height: Math.max(0, cellH - gap),
    };
  });

  if (surface === null) {
    root.append(svgCells(d, boxes, fills, texts, options.showValues !== false));
  } else {
    paintCanvas(surface, d, (ctx, resolve) => drawCanvasCells(ctx, boxes, fills, resolve));
  }
  root.append(rowAxis(d, rowLabels, y, left, labelWidth));
  root.append(columnAxis(d, data, interval, x, bottom, left, right, colLabels, rotate, context));

  return {
    node: surface?.node ?? root,
    marks: heatmapMarks(data, values, boxes, rowLabels, interval, options, said),
    table: heatmapTable(rowLabels, colLabels, texts, options.rowHeader, context),
    summary: heatmapSummary(data, values, rowLabels, colLabels, said),
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

/**
 * The cells as one `<path>` per fill colour (a subpath per cell), the unreported ones as one
 * outline path and one hatching path, and the values as `<text>` where they fit. One element per
 * colour instead of one per cell: a 40 x 36 grid was 1,440 `<rect>`s to create, style and lay out,
 * most of a frame. Marks (not these nodes) are what the keyboard and screen readers reach.
 */
function svgCells(
  d: Document,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  texts: readonly string[],
  showValues: boolean,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-heatmap-cells' });
  const byFill = new Map<string, string[]>();
  const outlines: string[] = [];
  const hatching: string[] = [];
  boxes.forEach((box, i) => {
    const fill = fills[i];
    if (fill === null || fill === undefined) {
      // The outline sits half a pixel inside, as a 1 px stroke of the cell's own rectangle would.
      const w = box.width - 1;
      const h = box.height - 1;
      if (w > 0 && h > 0) outlines.push(rectPath(box.x + 0.5, box.y + 0.5, w, h));
      hatching.push(hatchPath(box));
      return;
    }
    let paths = byFill.get(fill);
    if (paths === undefined) {
      paths = [];
      byFill.set(fill, paths);
    }
    paths.push(rectPath(box.x, box.y, box.width, box.height));
  });
  for (const [fill, paths] of byFill) {
    g.append(svgEl(d, 'path', { class: 'pantau-cells', d: paths.join(''), fill }));
  }
  if (hatching.length > 0) {
    const missing = svgEl(d, 'g', { class: 'pantau-cell-missing' });
    if (outlines.length > 0) {
      missing.append(svgEl(d, 'path', { d: outlines.join(''), fill: 'none', stroke: INK.missing }));
    }
    missing.append(svgEl(d, 'path', { d: hatching.join(''), stroke: INK.missing, fill: 'none' }));
    g.append(missing);
  }
  if (showValues) g.append(cellValues(d, boxes, fills, texts));
  return g;
}

/** A rectangle as path data, coordinates rounded like svg.ts rounds a `<rect>`'s attributes. */
function rectPath(x: number, y: number, width: number, height: number): string {
  const w = round(width);
  return `M${round(x)},${round(y)}h${w}v${round(height)}h${-w}Z`;
}

/** Values written in the cells they fit, in dark or white, whichever contrasts more. */
function cellValues(
  d: Document,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  texts: readonly string[],
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-heatmap-values', 'text-anchor': 'middle' });
  // Every cell is the same size, so one font size and one room for text serve them all.
  const first = boxes[0];
  if (first === undefined) return g;
  const size = Math.min(11, first.height - 4);
  if (size < 8) return g;
  const fits = new Map<string, boolean>();
  const inkOn = new Map<string, string>();
  boxes.forEach((box, i) => {
    const fill = fills[i];
    const text = texts[i]!;
    if (fill === null || fill === undefined) return;
    let fit = fits.get(text);
    if (fit === undefined) {
      fit = textWidth(text, size) <= box.width - 4;
      fits.set(text, fit);
    }
    if (!fit) return;
    let ink = inkOn.get(fill);
    if (ink === undefined) {
      // A grade colour is a theme token: its fallback is the light theme's, so contrast worked out
      // from it is wrong in the dark theme. Grade tokens are made for the surface colour on top
      // (as the bars' grade letters use), in both themes.
      ink = fill.startsWith('var(--pantau-sys-grade-') ? INK.surface : textColorOn(fill);
      inkOn.set(fill, ink);
    }
    g.append(
      svgEl(
        d,
        'text',
        {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          dy: '0.32em',
          'font-size': size,
          fill: ink,
        },
        text,
      ),
    );
  });
  return g;
}

/** Cells on the canvas: one fill per colour, the unreported ones hatched in one stroke. */
function drawCanvasCells(
  ctx: CanvasRenderingContext2D,
  boxes: readonly Box[],
  fills: readonly (string | null)[],
  resolve: ColorResolver,
): void {
  const byFill = new Map<string, Box[]>();
  const missing: Box[] = [];
  boxes.forEach((box, i) => {
    const fill = fills[i];
    if (fill === null || fill === undefined) {
      missing.push(box);
      return;
    }
    let group = byFill.get(fill);
    if (group === undefined) {
      group = [];
      byFill.set(fill, group);
    }
    group.push(box);
  });
  for (const [fill, group] of byFill) fillBoxes(ctx, group, resolve(fill));
  hatchBoxes(ctx, missing, resolve(INK.missing));
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
  // Only the rows drawn compete for a short form; units sharing a start keep their own ends.
  // Measured at the full label size, as before: a smaller font only leaves more room.
  const shown = labels.map((label, r) => (r % every === 0 ? label : ''));
  const fits = fitLabels(shown, maxWidth);
  labels.forEach((label, r) => {
    if (r % every !== 0) return;
    const at = (y(r) ?? 0) + y.bandwidth() / 2;
    g.append(
      labelText(
        d,
        { x: left - TICK_PADDING, y: at, dy: '0.32em', 'text-anchor': 'end' },
        label,
        fits[r]!,
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

/**
 * One mark per cell, row by row: Left/Right move along a unit, Up/Down between units. Labels
 * ("Dinkes, Februari 2024: 86,0") are written when first read (lazy-mark.ts).
 */
function heatmapMarks(
  data: HeatmapData,
  values: readonly (number | null)[],
  boxes: readonly Box[],
  rowLabels: readonly string[],
  interval: TimeInterval,
  options: HeatmapOptions,
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
  const rowField = options.rowField ?? 'row';
  const colField = options.colField ?? 'col';
  return boxes.map((box, i) => {
    const r = Math.floor(i / nCols);
    const c = i - r * nCols;
    const selection = { [rowField]: data.rows[r], [colField]: data.cols[c] };
    return new LazyMark(i, box, r, c, selection, label, i);
  });
}
