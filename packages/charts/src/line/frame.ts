/**
 * A line chart's plot box and scales: value ticks decide the left margin, the time axis the
 * bottom one; x is a linear scale over the axis keys, written out for speed.
 */

import type { LinearScale } from '../shared/scale-core.ts';
import { isPlaced } from '../absent.ts';
import { tickFormatter, TICK_PADDING, TICK_SIZE } from '../axes.ts';
import { tickCount, valueScale } from '../scales.ts';
import { widestText } from '../text.ts';
import { timeAxisHeight } from '../time-axis.ts';
import type { Box, ChartContext } from '../types.ts';
import { xKey, type LineAxis } from './data.ts';

/** Space around the plot and the legend. */
export const MARGIN = 8;

export interface Frame {
  plot: Box;
  x: (x: number) => number;
  y: LinearScale;
  yTicks: number[];
  formatTick: (value: number) => string;
}

/** What decides the value axis: a fixed range, zero kept in, an area (which starts at zero). */
export interface FrameOptions {
  yDomain?: readonly [number, number];
  zero?: boolean;
  area?: boolean;
}

/** Scales and the plot box, the plot starting `top` px down (below the legend). */
export function layout(
  axis: LineAxis,
  options: FrameOptions,
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
  const [lo, hi] = xExtent(axis);
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

/** The first and last x key; a single x gets a period (or a unit) either side, to centre it. */
function xExtent(axis: LineAxis): [number, number] {
  // The axis is sorted by x: its ends are the extremes. (Spreading every key into Math.min threw
  // RangeError, stack exceeded, for a 30,000-point axis in Chromium.)
  const n = axis.xs.length;
  let lo = n > 0 ? xKey(axis.xs[0]!) : 0;
  let hi = n > 0 ? xKey(axis.xs[n - 1]!) : 1;
  if (lo === hi) {
    const half = axis.time ? 86_400_000 * 15 : 1;
    lo -= half;
    hi += half;
  }
  return [lo, hi];
}

function valueDomain(
  axis: LineAxis,
  options: FrameOptions,
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

/** The pixel x of every axis row (the frame's x applied once per row). */
export function rowPixels(axis: LineAxis, frame: Frame): number[] {
  const px = new Array<number>(axis.xs.length);
  for (let k = 0; k < px.length; k++) px[k] = frame.x(xKey(axis.xs[k]!));
  return px;
}

/** Where an area's fill starts: zero, or the domain's edge nearest to it. */
export function baselineOf(frame: Frame): number {
  return frame.y(Math.max(frame.y.domain()[0]!, Math.min(0, frame.y.domain()[1]!)));
}
