/**
 * Sparkline: a small line of a value over time, no axes. Missing periods (null) break the line
 * and get a dashed tick instead of a point, so "belum input" never reads as a dip to zero. Used by
 * the KPI tile; `renderSparkline` also works alone.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { isNotComputable, isPlaced } from '../absent.ts';
import { line } from 'd3-shape';
import { INK, seriesColor } from '../palette.ts';
import { doc, round, svgEl, svgRoot } from '../svg.ts';
import type { Box, ChartContext, ChartMark, ChartOutput } from '../types.ts';

export interface SparklineData {
  /** Periods, oldest first. */
  x: readonly (Date | string)[];
  /** One value per period; null = not reported. */
  values: readonly (number | null)[];
}

export interface SparklineOptions {
  /** Line colour; default the first series colour. */
  color?: string;
  /** Label for the value column of the data table; default "Nilai". */
  valueLabel?: string;
}

/** One period placed in the sparkline's box; `y` is null for a missing value. */
export interface SparklinePoint {
  index: number;
  x: number;
  y: number | null;
  value: number | null;
}

/** Radius of the dots at the last point and at isolated points. */
const DOT_RADIUS = 2.5;
/** Half size of a mark's focus box around a point. */
const HIT = 5;

/**
 * Places the periods in `box`: x evenly spaced (periods, not elapsed time: a tile has no axis to
 * explain uneven gaps), y over the reported values' own range so the shape is visible. A flat
 * series sits in the middle.
 */
export function sparklinePoints(values: readonly (number | null)[], box: Box): SparklinePoint[] {
  const reported = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(...reported);
  const hi = Math.max(...reported);
  const inset = DOT_RADIUS + 1;
  const top = box.y + inset;
  const height = Math.max(0, box.height - 2 * inset);
  const left = box.x + inset;
  const width = Math.max(0, box.width - 2 * inset);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((value, index) => {
    const x = values.length > 1 ? left + index * step : left + width / 2;
    // Not placed: null (not reported) or NaN (not computable), kept for the point's label.
    if (!isPlaced(value)) return { index, x, y: null, value: value ?? null };
    const y = hi > lo ? top + ((hi - value) / (hi - lo)) * height : top + height / 2;
    return { index, x, y, value };
  });
}

/** Runs of consecutive reported points: each becomes one piece of the line. */
export function sparklineSegments(points: readonly SparklinePoint[]): SparklinePoint[][] {
  const segments: SparklinePoint[][] = [];
  let current: SparklinePoint[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(p);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

export interface DrawnSparkline {
  node: SVGGElement;
  marks: ChartMark[];
  /** Data-table rows (period, value) of exactly what is drawn. */
  rows: string[][];
}

/** The sparkline as a `<g>` inside `box`, with one mark per period (missing ones included). */
export function drawSparkline(
  data: SparklineData,
  box: Box,
  context: ChartContext,
  options: SparklineOptions = {},
): DrawnSparkline {
  const d = doc(context);
  const color = options.color ?? seriesColor(0);
  const formatLabel = context.formatLabel ?? defaultLabel;
  const n = Math.min(data.x.length, data.values.length);
  const points = sparklinePoints(data.values.slice(0, n), box);
  const g = svgEl(d, 'g', { class: 'pantau-sparkline' });

  const path = line<SparklinePoint>()
    .x((p) => round(p.x))
    .y((p) => round(p.y ?? 0));
  for (const segment of sparklineSegments(points)) {
    if (segment.length > 1) {
      g.append(
        svgEl(d, 'path', {
          d: path(segment) ?? '',
          fill: 'none',
          stroke: color,
          'stroke-width': 2,
          'stroke-linejoin': 'round',
          'stroke-linecap': 'round',
        }),
      );
    }
  }

  const last = lastReported(points);
  const marks: ChartMark[] = [];
  const rows: string[][] = [];
  for (const p of points) {
    const period = formatLabel(data.x[p.index]);
    const value = context.formatValue(p.value);
    rows.push([period, value]);
    marks.push({
      index: p.index,
      label: `${period}: ${value}`,
      box:
        p.y === null
          ? { x: p.x - HIT, y: box.y, width: 2 * HIT, height: box.height }
          : { x: p.x - HIT, y: p.y - HIT, width: 2 * HIT, height: 2 * HIT },
    });
    if (p.y === null) {
      // Missing: a dashed tick across the height, in the "missing" colour, never a point at zero.
      g.append(
        svgEl(d, 'line', {
          class: 'pantau-missing',
          x1: p.x,
          x2: p.x,
          y1: box.y + 2,
          y2: box.y + box.height - 2,
          stroke: INK.missing,
          'stroke-width': 1,
          'stroke-dasharray': '2 2',
        }),
      );
    } else if (p === last || isIsolated(points, p.index)) {
      // An isolated point has no segment to show it; the last one is the headline value.
      g.append(svgEl(d, 'circle', { cx: p.x, cy: p.y, r: DOT_RADIUS, fill: color }));
    }
  }
  return { node: g, marks, rows };
}

/** A standalone sparkline chart (the KPI tile embeds `drawSparkline` instead). */
export function renderSparkline(
  data: SparklineData,
  options: SparklineOptions,
  context: ChartContext,
): ChartOutput {
  const root = svgRoot(context, 'pantau-sparkline-chart');
  const { width, height } = context.size;
  const drawn = drawSparkline(data, { x: 0, y: 0, width, height }, context, options);
  root.append(drawn.node);
  const lang = context.lang;
  return {
    node: root,
    marks: drawn.marks,
    table: {
      caption: context.title ?? '',
      headers: [
        say(CHART_WORDS, lang, 'period'),
        options.valueLabel ?? say(CHART_WORDS, lang, 'value'),
      ],
      rows: drawn.rows,
      numeric: [false, true],
    },
    summary: sparklineSummary(data, context, options.valueLabel),
    surface: 'svg',
  };
}

/** "Nilai: 86,10 (Jan 2024) sampai 88,56 (Des 2024). 1 periode belum input." */
export function sparklineSummary(
  data: SparklineData,
  context: ChartContext,
  what = say(CHART_WORDS, context.lang, 'value'),
): string {
  const lang = context.lang;
  const formatLabel = context.formatLabel ?? defaultLabel;
  const reported = data.values
    .map((value, i) => ({ value, i }))
    .filter((p): p is { value: number; i: number } => isPlaced(p.value));
  if (reported.length === 0) return say(CHART_WORDS, lang, 'noData') + '.';
  const first = reported[0]!;
  const last = reported[reported.length - 1]!;
  const at = (p: { value: number; i: number }) =>
    `${context.formatValue(p.value)} (${formatLabel(data.x[p.i])})`;
  const range =
    reported.length === 1
      ? `${what}: ${at(last)}.`
      : `${what}: ${at(first)} ${say(CHART_WORDS, lang, 'to')} ${at(last)}.`;
  const notComputable = data.values.filter(isNotComputable).length;
  const missing = data.values.length - reported.length - notComputable;
  const absent = (count: number, what: 'notComputable' | 'notReported') =>
    count > 0
      ? ` ${count} ${say(CHART_WORDS, lang, 'countPeriod', count)} ${say(CHART_WORDS, lang, what)}.`
      : '';
  return `${range}${absent(notComputable, 'notComputable')}${absent(missing, 'notReported')}`;
}

function lastReported(points: readonly SparklinePoint[]): SparklinePoint | undefined {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.y !== null) return points[i];
  return undefined;
}

function isIsolated(points: readonly SparklinePoint[], i: number): boolean {
  return (points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null;
}

function defaultLabel(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}
