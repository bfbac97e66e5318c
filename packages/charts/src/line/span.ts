/**
 * Spans of periods along a line chart's x axis: which periods a pointer drag covers, and where a
 * span of periods is drawn. Pure geometry over what `renderLine` reports (`LineOutput.xAxis`), so
 * a widget can brush a time range without knowing the renderer's scales. Each period owns a slot
 * reaching half way to its neighbours, the same slots the "belum input" bands fill.
 */

import { xKey, type LineX } from './x.ts';
import type { TimeInterval } from '../periods.ts';
import type { Box } from '../types.ts';

/** Where the periods sit along x (see `renderLine`). */
export interface LineXAxis {
  /** The plot area. */
  plot: Box;
  /** Every x on the axis in order, periods put back for gaps included. */
  xs: readonly LineX[];
  /** The pixel of each x. */
  px: readonly number[];
  /** The period of one step, when known (given, or read from the dates). */
  interval: TimeInterval | null;
}

/** First and last axis row of a span, inclusive. */
export type LineSpan = readonly [first: number, last: number];

/** The left (side -1) or right (side 1) edge of row k's slot, kept inside the plot. */
export function slotEdge(px: readonly number[], k: number, side: -1 | 1, plot: Box): number {
  const here = px[k]!;
  const there = px[k + side];
  const before = px[k - side];
  const step =
    there !== undefined
      ? Math.abs(there - here)
      : before !== undefined
        ? Math.abs(before - here)
        : plot.width;
  return Math.min(plot.x + plot.width, Math.max(plot.x, here + (side * step) / 2));
}

/**
 * The rows a drag from x0 to x1 (pixels, either order) touches: every period whose slot it
 * enters, so a drag from one point to another holds both even when it stops a pixel short of a
 * centre. Null when it touches none (outside the plot, or no periods).
 */
export function spanAt(axis: LineXAxis, x0: number, x1: number): LineSpan | null {
  const { px, plot } = axis;
  const lo = Math.min(x0, x1);
  const hi = Math.max(x0, x1);
  let first = -1;
  let last = -1;
  px.forEach((_, k) => {
    if (slotEdge(px, k, -1, plot) >= hi || slotEdge(px, k, 1, plot) <= lo) return;
    if (first < 0) first = k;
    last = k;
  });
  return first < 0 ? null : [first, last];
}

/** The rows whose x lies in [from, to] (dates or numbers, compared by value), or null. */
export function spanOfValues(axis: LineXAxis, from: LineX, to: LineX): LineSpan | null {
  const lo = xKey(from);
  const hi = xKey(to);
  let first = -1;
  let last = -1;
  axis.xs.forEach((x, k) => {
    const key = xKey(x);
    if (key < lo || key > hi) return;
    if (first < 0) first = k;
    last = k;
  });
  return first < 0 ? null : [first, last];
}

/** The band a span fills: its slots, the plot's full height. */
export function spanBox(axis: LineXAxis, span: LineSpan): Box {
  const { plot, px } = axis;
  const left = slotEdge(px, span[0], -1, plot);
  const right = slotEdge(px, span[1], 1, plot);
  return { x: left, y: plot.y, width: Math.max(0, right - left), height: plot.height };
}
