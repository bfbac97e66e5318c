/**
 * Lines and areas over time: several series, a dashed target line, and gaps. A missing period
 * or a null value breaks the line (d3-shape's `defined`): it is never bridged and never drawn as
 * zero; the period gets a hatched "belum input" band, a point standing alone gets a dot. Above
 * about four points per pixel column the series are reduced with M4 (m4.ts), and above about
 * 2,000 drawn points the lines go on a canvas, with the same marks, table and summary.
 */

import { isPlaced } from './absent.ts';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area as d3area, line as d3line } from 'd3-shape';
import { continuousAxis, fittedText, tickFormatter, TICK_PADDING, TICK_SIZE } from './axes.ts';
import { CANVAS_THRESHOLD, canvasSurface, paintCanvas, type ColorResolver } from './canvas.ts';
import { memoFormat } from './format-memo.ts';
import { hatchPath } from './hatch.ts';
import { drawLegend, legendLayout, placeLegendItems, seriesSymbol, symbolPath } from './legend.ts';
import { buildAxis, emptyRows, xKey, type LineAxis, type LineData } from './line-data.ts';
import { LazyMark } from './lazy-mark.ts';
import { bandsSentence, lineBands } from './line-bands.ts';
import { lineSummary, lineTable, xLabel, xLabeller, type LineTableOptions } from './line-text.ts';
import { slotEdge, type LineXAxis } from './line-span.ts';
import { m4Union, needsReduction } from './m4.ts';
import { formatCount, joinSentences } from './summary.ts';
import { INK, seriesColor } from './palette.ts';
import { tickCount, valueScale } from './scales.ts';
import { doc, round, svgEl, svgRoot } from './svg.ts';
import { textWidth, widestText } from './text.ts';
import { timeAxis, timeAxisHeight, timeTicks, type TimeInterval } from './time-axis.ts';
import type {
  Box,
  CategoryBand,
  ChartContext,
  ChartMark,
  ChartOutput,
  LegendItem,
  ValueFormatter,
} from './types.ts';
import { word } from './words.ts';

export type { LineData, LineSeries, LineX } from './line-data.ts';
export type { LineXAxis } from './line-span.ts';

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

const MARGIN = 8;
const MARKER_RADIUS = 3.5;
const DOT_RADIUS = 3;
const MIN_MARKER_SPACING = 12;
const TARGET_FONT_SIZE = 11;
const BAND_FONT_SIZE = 10;

interface Frame {
  plot: Box;
  x: (x: number) => number;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  formatTick: (value: number) => string;
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
  const { lang } = context;
  const { width } = context.size;
  const axis = buildAxis(data, options.interval);
  const names = data.series.map((s) => s.name);
  const target = options.target ?? null;
  const empty = emptyRows(axis);
  const anyEmpty = empty.some(Boolean);

  // An unnamed single series needs no legend entry; the chart's title names it.
  const unnamed = data.series.length === 1 && data.series[0]!.name === '';
  let legendItems: LegendItem[] = unnamed
    ? []
    : data.series.map((s, i) => ({
        label: s.name,
        color: seriesColor(i),
        symbol: seriesSymbol(i),
      }));
  if (anyEmpty) {
    legendItems.push({ label: word('notReported', lang), color: INK.missing, symbol: 'hatch' });
  }
  const showLegend = options.legend ?? (data.series.length > 1 || anyEmpty);
  // Many series (a line per unit) must not push the plot off the chart: the legend keeps to
  // about a third of the height and counts the rest, which the data table lists.
  const legendOptions = {
    width: width - 2 * MARGIN,
    x: MARGIN,
    y: MARGIN,
    line: true,
    maxHeight: Math.max(18, context.size.height * 0.3),
    more: (hidden: number) =>
      lang === 'id'
        ? `+${formatCount(hidden, lang)} lainnya (lihat tabel data)`
        : `+${formatCount(hidden, lang)} more (see the data table)`,
  };
  const legendHeight = showLegend
    ? legendLayout(
        legendItems.map((item) => item.label),
        legendOptions.width,
        undefined,
        legendOptions.maxHeight,
        legendOptions.more,
      ).height + MARGIN
    : 0;

  const frame = layout(axis, options, context, MARGIN + legendHeight, target);
  const { plot } = frame;
  const px = new Array<number>(axis.xs.length);
  for (let k = 0; k < px.length; k++) px[k] = frame.x(xKey(axis.xs[k]!));

  // Reduce when a pixel column would hold more than ~4 points of a series.
  const reduced = needsReduction(axis.xs.length, plot.width);
  const rows = reduced ? m4Union(px, axis.values, plot.x) : axis.xs.map((_, k) => k);
  const drawn = rows.length * Math.max(1, data.series.length);
  const useCanvas = drawn > (options.canvasThreshold ?? CANVAS_THRESHOLD);
  const markers =
    !useCanvas &&
    (options.markers === true ||
      (options.markers !== false && plot.width / Math.max(1, rows.length) >= MIN_MARKER_SPACING));

  const surface = useCanvas ? canvasSurface(context, 'pantau-line') : null;
  const root =
    surface?.overlay ?? svgRoot(context, `pantau-line${options.area ? ' pantau-area' : ''}`);

  root.append(
    continuousAxis(d, frame.y, {
      orient: 'left',
      offset: plot.x,
      format: frame.formatTick,
      tickValues: frame.yTicks,
      gridLength: plot.width,
    }),
  );
  const bands = options.categoryBands ?? [];
  if (bands.length > 0) root.append(lineBands(d, bands, frame.y, plot));
  root.append(missingBands(d, axis, empty, px, plot, lang));

  const baseline = frame.y(Math.max(frame.y.domain()[0]!, Math.min(0, frame.y.domain()[1]!)));
  const defined = (k: number, s: number): boolean => isPlaced(axis.values[s]![k]);
  const xOf = (k: number): number => px[k]!;
  const yOf = (k: number, s: number): number => frame.y(axis.values[s]![k]!);

  if (surface === null) {
    const seriesGroup = svgEl(d, 'g', { class: 'pantau-line-series' });
    data.series.forEach((series, s) => {
      const color = seriesColor(s);
      const g = svgEl(d, 'g', { class: 'pantau-series', 'data-series': s });
      if (options.area === true) {
        const path = d3area<number>()
          .digits(2)
          .defined((k) => defined(k, s))
          .x(xOf)
          .y0(baseline)
          .y1((k) => yOf(k, s))(rows);
        if (path !== null) {
          g.append(
            svgEl(d, 'path', { class: 'pantau-area', d: path, fill: color, 'fill-opacity': 0.16 }),
          );
        }
      }
      const path = d3line<number>()
        .digits(2)
        .defined((k) => defined(k, s))
        .x(xOf)
        .y((k) => yOf(k, s))(rows);
      if (path !== null) {
        g.append(
          svgEl(d, 'path', {
            class: 'pantau-line-path',
            d: path,
            fill: 'none',
            stroke: color,
            'stroke-width': 2,
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
          }),
        );
      }
      rows.forEach((k, j) => {
        if (!defined(k, s)) return;
        const alone = isolated(rows, j, s, axis);
        if (!markers && !alone) return;
        g.append(
          svgEl(d, 'path', {
            class: alone ? 'pantau-dot' : 'pantau-marker',
            d: symbolPath(
              markers ? seriesSymbol(s) : 'circle',
              xOf(k),
              yOf(k, s),
              markers ? MARKER_RADIUS : DOT_RADIUS,
            ),
            fill: color,
            stroke: INK.surface,
            'stroke-width': 1,
          }),
        );
      });
      seriesGroup.append(g);
    });
    root.append(seriesGroup);
  } else {
    paintCanvas(surface, d, (ctx, resolve) =>
      drawCanvasSeries(ctx, axis, rows, px, frame, baseline, options.area === true, resolve),
    );
  }

  if (target !== null) root.append(drawTarget(d, frame, target, options, context));
  root.append(xAxis(d, axis, frame, context));
  if (showLegend) {
    const legend = drawLegend(d, legendItems, legendOptions);
    root.append(legend.node);
    legendItems = placeLegendItems(legendItems, legend.boxes);
  }

  const marks = lineMarks(axis, rows, px, frame, names, options, context);
  return {
    node: surface?.node ?? root,
    marks,
    table: lineTable(axis, names, rows, reduced, options, context),
    summary: joinSentences(
      lineSummary(axis, names, target, context, options.formatChange),
      bands.length > 0 ? bandsSentence(bands, context.formatValue, lang) : '',
    ),
    legend: legendItems,
    surface: surface === null ? 'svg' : 'canvas',
    xAxis: { plot, xs: axis.xs, px, interval: axis.interval },
  };
}

/** Scales and the plot box: value ticks decide the left margin, the time axis the bottom one. */
function layout(
  axis: LineAxis,
  options: LineOptions,
  context: ChartContext,
  top: number,
  target: number | null,
): Frame {
  const { width, height } = context.size;
  const bottom = Math.max(top + 20, height - timeAxisHeight() - 2);
  // Room above the plot for a target label sitting on a line at the very top.
  const plotTop = top + (target !== null ? 6 : 2);
  const y = valueScale(
    valueDomain(axis, options, target),
    [bottom, plotTop],
    tickCount(bottom - plotTop, 40),
  );
  if (options.yDomain !== undefined) y.domain([options.yDomain[0], options.yDomain[1]]);
  const yTicks = y.ticks(tickCount(bottom - plotTop, 40));
  const formatTick = tickFormatter(yTicks, (v) => context.formatValue(v), context.lang);
  const left = MARGIN + widestText(yTicks.map(formatTick), 90) + TICK_SIZE + TICK_PADDING;
  // Half a label on the right, so the last time tick is not cut.
  const right = Math.max(left + 20, width - MARGIN - 12);
  // The axis is sorted by x: its ends are the extremes. (Spreading every key into Math.min threw
  // RangeError, stack exceeded, for a 30,000-point axis in Chromium.)
  const n = axis.xs.length;
  let lo = n > 0 ? xKey(axis.xs[0]!) : 0;
  let hi = n > 0 ? xKey(axis.xs[n - 1]!) : 1;
  if (lo === hi) {
    // One x: centre it, a period (or a unit) either side.
    const half = axis.time ? 86_400_000 * 15 : 1;
    lo -= half;
    hi += half;
  }
  // d3's linear scale written out (normalise into the domain, interpolate the range; the same
  // arithmetic, so the same numbers): px applies it to every point, up to 100,000 calls.
  const span = hi - lo;
  return {
    plot: { x: left, y: plotTop, width: right - left, height: bottom - plotTop },
    x: (v) => {
      const t = (v - lo) / span;
      return left * (1 - t) + right * t;
    },
    y,
    yTicks,
    formatTick,
  };
}

function valueDomain(
  axis: LineAxis,
  options: LineOptions,
  target: number | null,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of axis.values) {
    for (const v of values) {
      if (!isPlaced(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (target !== null && Number.isFinite(target)) {
    lo = Math.min(lo, target);
    hi = Math.max(hi, target);
  }
  if (options.zero ?? options.area === true) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) {
    // A flat line sits in the middle of a small range instead of on an edge.
    const pad = Math.abs(lo) * 0.1 || 1;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** A defined point with no defined neighbour in the drawn rows: a line of one point is a dot. */
function isolated(rows: readonly number[], j: number, s: number, axis: LineAxis): boolean {
  const values = axis.values[s]!;
  const before = j > 0 ? values[rows[j - 1]!] : null;
  const after = j < rows.length - 1 ? values[rows[j + 1]!] : null;
  return !isPlaced(before) && !isPlaced(after);
}

/** Hatched bands over periods where no series is reported, labelled when wide enough. */
function missingBands(
  d: Document,
  axis: LineAxis,
  empty: readonly boolean[],
  px: readonly number[],
  plot: Box,
  lang: ChartContext['lang'],
): SVGGElement {
  const g = svgEl(d, 'g', {
    class: 'pantau-missing',
    'font-size': BAND_FONT_SIZE,
    fill: INK.muted,
  });
  const n = axis.xs.length;
  const edge = (k: number, side: -1 | 1): number => slotEdge(px, k, side, plot);
  const label = word('notReported', lang);
  for (let k = 0; k < n; k++) {
    if (!empty[k]) continue;
    let end = k;
    while (end + 1 < n && empty[end + 1]) end++;
    const x0 = edge(k, -1);
    const x1 = edge(end, 1);
    k = end;
    if (x1 - x0 < 1) continue;
    const box = { x: x0, y: plot.y, width: x1 - x0, height: plot.height };
    g.append(
      svgEl(d, 'rect', { ...box, fill: INK.missing, 'fill-opacity': 0.08 }),
      svgEl(d, 'path', {
        d: hatchPath(box, 6),
        stroke: INK.missing,
        'stroke-opacity': 0.6,
        fill: 'none',
      }),
    );
    const textLength = textWidth(label, BAND_FONT_SIZE);
    const halo = { 'paint-order': 'stroke', stroke: INK.surface, 'stroke-width': 3 };
    if (x1 - x0 >= textLength + 6) {
      g.append(
        svgEl(
          d,
          'text',
          { x: (x0 + x1) / 2, y: plot.y + 12, 'text-anchor': 'middle', ...halo },
          label,
        ),
      );
    } else if (x1 - x0 >= BAND_FONT_SIZE + 2 && plot.height >= textLength + 12) {
      // Too narrow to write across: write it upwards along the band.
      const cx = (x0 + x1) / 2;
      const y = plot.y + 6;
      g.append(
        svgEl(
          d,
          'text',
          {
            x: cx,
            y,
            dy: '0.32em',
            'text-anchor': 'end',
            transform: `rotate(-90 ${round(cx)} ${round(y)})`,
            ...halo,
          },
          label,
        ),
      );
    }
  }
  return g;
}

function drawTarget(
  d: Document,
  frame: Frame,
  target: number,
  options: LineOptions,
  context: ChartContext,
): SVGGElement {
  const { plot } = frame;
  const at = frame.y(target);
  const text = `${options.targetLabel ?? word('target', context.lang)} ${context.formatValue(target)}`;
  const g = svgEl(d, 'g', { class: 'pantau-target' });
  g.append(
    svgEl(d, 'line', {
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: at,
      y2: at,
      stroke: INK.target,
      'stroke-width': 1.5,
      'stroke-dasharray': '5 3',
    }),
  );
  // Above the line, unless that would leave the plot.
  const above = at - 6 - TARGET_FONT_SIZE >= plot.y - 6;
  g.append(
    fittedText(
      d,
      {
        x: plot.x + plot.width,
        y: above ? at - 5 : at + 5,
        dy: above ? '0' : '0.71em',
        'text-anchor': 'end',
        'font-size': TARGET_FONT_SIZE,
        'font-weight': 'bold',
        fill: INK.target,
        stroke: INK.surface,
        'stroke-width': 3,
        'paint-order': 'stroke',
      },
      text,
      Math.max(40, plot.width),
      TARGET_FONT_SIZE,
    ),
  );
  return g;
}

function xAxis(d: Document, axis: LineAxis, frame: Frame, context: ChartContext): SVGGElement {
  const { plot } = frame;
  const bottom = plot.y + plot.height;
  const options = { offset: bottom, left: plot.x, right: plot.x + plot.width };
  const n = axis.xs.length;
  if (n === 0) return svgEl(d, 'g', { class: 'pantau-axis' });
  const first = axis.xs[0]!;
  const last = axis.xs[n - 1]!;
  if (first instanceof Date && last instanceof Date) {
    const ticks = timeTicks(first, last, axis.interval ?? 'day', context.lang, plot.width);
    return timeAxis(d, ticks, (date) => frame.x(date.getTime()), options);
  }
  // Numbers: plain ticks; whole numbers only when x counts years or steps.
  const scale = scaleLinear()
    .domain([xKey(first), xKey(last)])
    .range([plot.x, plot.x + plot.width]);
  const integers = axis.xs.every((x) => Number.isInteger(x));
  const values = scale
    .ticks(tickCount(plot.width, 60))
    .filter((v) => !integers || Number.isInteger(v));
  return continuousAxis(d, scale, {
    orient: 'bottom',
    offset: bottom,
    tickValues: values,
    line: true,
    format: (v) => xLabel(v, axis, context),
  });
}

/**
 * One mark per drawn point per series, series by series: Left/Right walk a line, Up/Down switch.
 * Labels ("Loket A, 17 Agustus 2024: 88,0") are written when first read (lazy-mark.ts).
 */
function lineMarks(
  axis: LineAxis,
  rows: readonly number[],
  px: readonly number[],
  frame: Frame,
  names: readonly string[],
  options: LineOptions,
  context: ChartContext,
): ChartMark[] {
  const marks: ChartMark[] = [];
  const { plot } = frame;
  const several = names.length > 1;
  const n = axis.xs.length;
  const when = xLabeller(axis, context, true);
  // Key s * n + k: series s, axis row k.
  const label = (key: number): string => {
    const s = Math.floor(key / n);
    const k = key - s * n;
    const value = axis.values[s]![k] ?? null;
    const text = `${when(axis.xs[k]!)}: ${context.formatValue(value)}`;
    return several ? `${names[s]}, ${text}` : text;
  };
  const xField = options.xField ?? 'x';
  const seriesField = options.seriesField ?? 'series';
  axis.values.forEach((values, s) => {
    for (const k of rows) {
      const source = axis.source[k]!;
      // A period put back for a gap has no input row; it is in the table and the summary.
      if (source < 0) continue;
      const value = values[k] ?? null;
      const x = axis.xs[k]!;
      const cx = px[k]!;
      const box = !isPlaced(value)
        ? { x: cx - 3, y: plot.y, width: 6, height: plot.height }
        : { x: cx - 5, y: frame.y(value) - 5, width: 10, height: 10 };
      const selection: Record<string, unknown> = { [xField]: x };
      if (several) selection[seriesField] = names[s];
      marks.push(new LazyMark(source, box, s, k, selection, label, s * n + k));
    }
  });
  return marks;
}

function drawCanvasSeries(
  ctx: CanvasRenderingContext2D,
  axis: LineAxis,
  rows: readonly number[],
  px: readonly number[],
  frame: Frame,
  baseline: number,
  area: boolean,
  resolve: ColorResolver,
): void {
  axis.values.forEach((values, s) => {
    const color = resolve(seriesColor(s));
    const defined = (k: number): boolean => isPlaced(values[k]);
    const y = (k: number): number => frame.y(values[k]!);
    if (area) {
      ctx.save();
      ctx.globalAlpha = 0.16;
      ctx.fillStyle = color;
      ctx.beginPath();
      d3area<number>()
        .defined(defined)
        .x((k) => px[k]!)
        .y0(baseline)
        .y1(y)
        .context(ctx)(rows);
      ctx.fill();
      ctx.restore();
    }
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    d3line<number>()
      .defined(defined)
      .x((k) => px[k]!)
      .y(y)
      .context(ctx)(rows);
    ctx.stroke();
    ctx.fillStyle = color;
    rows.forEach((k, j) => {
      if (!defined(k) || !isolated(rows, j, s, axis)) return;
      ctx.beginPath();
      ctx.arc(px[k]!, y(k), DOT_RADIUS, 0, Math.PI * 2);
      ctx.fill();
    });
    ctx.restore();
  });
}
