/**
 * Where things go: the band and value scales and the plot box, for bars running across (a
 * ranking) or up (columns), with room kept for the legend, the target's label and the values.
 */

import type { BandScale, LinearScale } from '../shared/scale-core.ts';
import { tickFormatter, TICK_PADDING } from '../axes.ts';
import { bandScale, tickCount, valueScale } from '../scales.ts';
import { LABEL_FONT_SIZE, textWidth, widestText } from '../text.ts';
import type { Box, ChartContext, ValueCategory } from '../types.ts';
import {
  BADGE_FONT_SIZE,
  BADGE_HEIGHT,
  extentOf,
  GAP,
  innerScale,
  keysOf,
  MAX_STEP_HORIZONTAL,
  MAX_STEP_VERTICAL,
  MIN_LABELLED_STEP,
  ROTATED_LABEL_WIDTH,
  VALUE_FONT_SIZE,
  type BarPiece,
} from './layout.ts';
import { endText, type BarsPlan } from './plan.ts';

/** Everything the drawing needs to know about where things go. */
export interface Frame {
  horizontal: boolean;
  band: BandScale<string>;
  value: LinearScale;
  /** Sub-bands for grouped series, or null. */
  inner: BandScale<string> | null;
  plot: Box;
  /** Every n-th label is drawn (1 = all); fewer when bars get thinner than a line of text. */
  labelsEvery: number;
  valuesFit: boolean;
  /** Vertical bars whose labels do not fit under them: labels slant. */
  rotate: boolean;
}

/** Room taken by what is written at the bars' ends. */
interface EndRoom {
  /** Width of the widest grade badge and its gap, or 0. */
  badge: number;
  /** Width of the widest value (with its badge), or 0 when values are not shown. */
  value: number;
}

/** The frame of a chart whose legend (drawn first, at the top) is `legendHeight` px tall. */
export function barsFrame(plan: BarsPlan, legendHeight: number, context: ChartContext): Frame {
  const room = endRoom(plan, context);
  return plan.horizontal
    ? horizontalFrame(plan, legendHeight, room, context)
    : verticalFrame(plan, legendHeight, room, context);
}

function endRoom(plan: BarsPlan, context: ChartContext): EndRoom {
  const { formatValue } = context;
  const { categories, pieces, totals } = plan;
  // Text that sits at a bar's end, used to reserve room for it.
  const endTexts = pieces.map((p) =>
    plan.mode === 'stacked' ? '' : endText(plan, p, formatValue),
  );
  if (totals !== null) totals.forEach((t) => endTexts.push(formatValue(t)));
  const badge = categories?.some((c) => c) ? badgeWidth(categories) + GAP : 0;
  const value = plan.showValues ? widestText(endTexts, 160, VALUE_FONT_SIZE) + badge + GAP * 2 : 0;
  return { badge, value };
}

/** Width of the widest grade badge. */
export function badgeWidth(categories: readonly (ValueCategory | null)[] | undefined): number {
  let widest = 0;
  for (const c of categories ?? []) {
    if (c) widest = Math.max(widest, textWidth(c.code, BADGE_FONT_SIZE, true) + 8);
  }
  return widest;
}

function horizontalFrame(
  plan: BarsPlan,
  legendHeight: number,
  room: EndRoom,
  context: ChartContext,
): Frame {
  const { width, height } = context.size;
  const { labels, target } = plan;
  const top = 4 + legendHeight + (target !== null ? 16 : 0);
  const axisHeight = 22;
  const labelWidth = Math.min(widestText(labels) + 2, Math.max(48, width * 0.38));
  const left = labelWidth + TICK_PADDING + 2;
  const right = Math.max(left + 20, width - 8 - room.value);
  const available = Math.max(10, height - top - axisHeight);
  const bandLength = Math.min(available, labels.length * MAX_STEP_HORIZONTAL);
  const band = bandScale(keysOf(labels), [top, top + bandLength], 0.25);
  const value = valuesAlong(plan, [left, right], 70);
  return {
    horizontal: true,
    band,
    value,
    inner: innerScale(band, plan.series, plan.mode),
    plot: { x: left, y: top, width: right - left, height: bandLength },
    labelsEvery: Math.max(1, Math.ceil(MIN_LABELLED_STEP / Math.max(band.step(), 0.01))),
    valuesFit: band.step() >= MIN_LABELLED_STEP,
    rotate: false,
  };
}

function verticalFrame(
  plan: BarsPlan,
  legendHeight: number,
  room: EndRoom,
  context: ChartContext,
): Frame {
  const { width, height } = context.size;
  const { labels, pieces, totals, target, series, mode } = plan;
  const valueRows = plan.showValues ? 16 + (room.badge > 0 ? BADGE_HEIGHT + 2 : 0) : 8;
  const top = 4 + legendHeight + valueRows;
  const tickValues = valueScale(extentOf(pieces, totals, target), [0, 1]).ticks(5);
  const formatTick = tickFormatter(tickValues, context.formatValue, context.lang);
  const tickRoom = widestText(tickValues.map(formatTick), 80, VALUE_FONT_SIZE) + 14;
  // The target's label sits right of the plot, where no column or value label can be.
  const targetRoom =
    target !== null ? textWidth(plan.targetText, VALUE_FONT_SIZE, true) + GAP * 2 : 0;
  const right = width - 8 - targetRoom;
  // Grouped columns get room for each series before the cap; a capped set sits centred.
  const maxStep = MAX_STEP_VERTICAL * (mode === 'grouped' ? Math.max(1, series.length * 0.75) : 1);
  const stepFor = (left: number) =>
    Math.min(maxStep, Math.max(10, right - left) / Math.max(1, labels.length));
  const rotate = widestText(labels) > stepFor(tickRoom) - 4;
  // A slanted first label reaches left of its column (cos 40° of its length): keep it inside.
  const slant = rotate ? Math.min(widestText(labels), ROTATED_LABEL_WIDTH) * 0.77 + 4 : 0;
  const left = Math.max(tickRoom, slant - stepFor(tickRoom) / 2);
  const availableWidth = Math.max(10, right - left);
  const step = stepFor(left);
  const labelBand = rotate
    ? Math.min(widestText(labels), ROTATED_LABEL_WIDTH) * 0.66 + LABEL_FONT_SIZE + 8
    : 22;
  const bottom = Math.max(top + 10, height - labelBand);
  const start = left + Math.max(0, (availableWidth - step * labels.length) / 2);
  const band = bandScale(keysOf(labels), [start, start + step * labels.length], 0.25);
  const value = valuesAlong(plan, [bottom, top], 40);
  return {
    horizontal: false,
    band,
    value,
    inner: innerScale(band, series, mode),
    plot: { x: left, y: top, width: availableWidth, height: bottom - top },
    labelsEvery: 1,
    valuesFit: band.bandwidth() >= MIN_LABELLED_STEP,
    rotate,
  };
}

/**
 * The values' scale over every piece, total and the target, along `range` (px, either way round),
 * with about one tick every `spacing` px.
 */
function valuesAlong(plan: BarsPlan, range: [number, number], spacing: number): LinearScale {
  const { pieces, totals, target } = plan;
  const ticks = tickCount(Math.abs(range[1] - range[0]), spacing);
  return valueScale(extentOf(pieces, totals, target), range, ticks);
}

/** A piece's rectangle (zero length for a missing value). */
export function pieceBox(frame: Frame, piece: BarPiece): Box {
  const key = String(piece.label);
  let start = frame.band(key) ?? 0;
  let size = frame.band.bandwidth();
  if (frame.inner !== null) {
    start += frame.inner(String(piece.series)) ?? 0;
    size = frame.inner.bandwidth();
  }
  const a = frame.value(piece.from);
  const b = frame.value(piece.to);
  return frame.horizontal
    ? { x: Math.min(a, b), y: start, width: Math.abs(b - a), height: size }
    : { x: start, y: Math.min(a, b), width: size, height: Math.abs(b - a) };
}

export function boxAttrs(box: Box): Record<string, number> {
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** A bar of zero or near-zero length still needs something to focus and point at. */
export function hitBox(box: Box, horizontal: boolean): Box {
  if (horizontal && box.width < 2) return { ...box, width: 2 };
  if (!horizontal && box.height < 2) return { ...box, y: box.y - 2 + box.height, height: 2 };
  return box;
}
