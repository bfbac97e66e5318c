/**
 * The pure part of bars: sizes, which way they run, the pieces (one per value) and their extent
 * along the value axis. No DOM; tested in Node.
 */

import type { BandScale } from '../shared/scale-core.ts';
import { chartValue, isPlaced } from '../absent.ts';
import { bandScale, valueExtent } from '../scales.ts';
import { widestText } from '../text.ts';
import type { BarMode, BarOrientation, BarSeries, BarsData } from './options.ts';

/** Thickest a bar band gets (px): three units should not become three slabs. */
export const MAX_STEP_HORIZONTAL = 40;
export const MAX_STEP_VERTICAL = 96;
/** Smallest band step (px) that still gets its own label and value. */
export const MIN_LABELLED_STEP = 10;
export const VALUE_FONT_SIZE = 11;
export const BADGE_FONT_SIZE = 10;
export const BADGE_HEIGHT = 14;
export const GAP = 4;
/** Room for a slanted column label before it is cut (its full text stays in a <title>). */
export const ROTATED_LABEL_WIDTH = 130;

/** Room per bar band (px) in a ranking, for `preferredBarsHeight`. */
const BAR_STEP = 28;

/**
 * The height a horizontal chart of `count` labels reads well at (about 28 px a bar, more for
 * grouped series): the widget sizes its frame with it so a ranking is neither cramped nor slabs.
 */
export function preferredBarsHeight(
  count: number,
  options: { series?: number; mode?: BarMode; legend?: boolean; target?: boolean } = {},
): number {
  const grouped = options.mode === 'grouped' ? Math.max(1, options.series ?? 1) : 1;
  const step = grouped > 1 ? 14 * grouped + 10 : BAR_STEP;
  const legend = options.legend === true ? 28 : 0;
  const target = options.target === true ? 16 : 0;
  return Math.round(8 + legend + target + Math.max(1, count) * step + 26);
}

/** Vertical for a handful of short labels that fit under their bars; horizontal otherwise. */
export function chooseOrientation(labels: readonly string[], width: number): BarOrientation {
  if (labels.length === 0 || labels.length > 12) return 'horizontal';
  const step = (width * 0.85) / labels.length;
  return widestText(labels) <= step - 8 ? 'vertical' : 'horizontal';
}

/** The series of either data shape, and whether it came as one. */
export function seriesOf(data: BarsData): { series: readonly BarSeries[]; single: boolean } {
  if ('series' in data) return { series: data.series, single: false };
  return { series: [{ name: '', values: data.values }], single: true };
}

/** A finite number, null (not reported) or NaN (not computable). */
export function valueAt(series: BarSeries, i: number): number | null {
  return chartValue(series.values[i]);
}

/**
 * Sums of the reported parts per label; null when no part is reported, NaN when a part is not
 * computable (a total leaving it out would be a wrong total).
 */
export function stackTotals(
  labels: readonly string[],
  series: readonly BarSeries[],
): (number | null)[] {
  return labels.map((_, i) => {
    let total: number | null = null;
    for (const s of series) {
      const v = valueAt(s, i);
      if (v !== null) total = (total ?? 0) + v; // NaN stays NaN
    }
    return total;
  });
}

/** One drawn (or missing) value: where, in which series, and its extent on the value axis. */
export interface BarPiece {
  label: number;
  series: number;
  value: number | null;
  /** Start and end along the value axis (data units); equal for a missing value. */
  from: number;
  to: number;
}

/** The pieces in reading order: label by label, series by series. */
export function layoutPieces(
  labels: readonly string[],
  series: readonly BarSeries[],
  mode: BarMode,
): BarPiece[] {
  const pieces: BarPiece[] = [];
  labels.forEach((_, label) => {
    // Stacks grow away from zero on each side, so negative parts never hide positive ones.
    let up = 0;
    let down = 0;
    series.forEach((s, si) => {
      const value = valueAt(s, label);
      if (!isPlaced(value)) {
        pieces.push({ label, series: si, value, from: 0, to: 0 });
      } else if (mode === 'stacked') {
        const from = value >= 0 ? up : down;
        const to = from + value;
        if (value >= 0) up = to;
        else down = to;
        pieces.push({ label, series: si, value, from, to });
      } else {
        pieces.push({ label, series: si, value, from: 0, to: value });
      }
    });
  });
  return pieces;
}

/** Band keys are row indices: two units with the same name still get two bars. */
export function keysOf(labels: readonly string[]): string[] {
  return labels.map((_, i) => String(i));
}

/** Sub-bands for grouped series, or null. */
export function innerScale(
  band: BandScale<string>,
  series: readonly BarSeries[],
  mode: BarMode,
): BandScale<string> | null {
  if (mode !== 'grouped' || series.length < 2) return null;
  return bandScale(keysOf(series.map((s) => s.name)), [0, band.bandwidth()], 0.08).paddingOuter(0);
}

/** The value axis' extent: every piece's end (and start when stacked), and the target. */
export function extentOf(
  pieces: readonly BarPiece[],
  totals: readonly (number | null)[] | null,
  target: number | null,
): [number, number] {
  const ends: (number | null)[] = pieces.map((p) => (isPlaced(p.value) ? p.to : null));
  if (totals !== null) for (const p of pieces) ends.push(p.from);
  if (target !== null && Number.isFinite(target)) ends.push(target);
  return valueExtent(ends);
}
