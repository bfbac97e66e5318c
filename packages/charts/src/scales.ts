/**
 * Scales shared by the renderers: a band scale for categories and a linear value scale whose
 * domain always holds zero (bars start at zero; a cut axis exaggerates gaps between units), any
 * target line, and copes with no reported values at all.
 */

import { scaleBand, scaleLinear, type BandScale, type LinearScale } from './shared/scale-core.ts';

/** Categories on `range`; keys are strings so two units with the same name stay two bands. */
export function bandScale(
  keys: readonly string[],
  range: readonly [number, number],
  padding = 0.2,
): BandScale<string> {
  return scaleBand<string>()
    .domain(keys)
    .range([range[0], range[1]])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
}

/** [min, max] of the finite numbers given, always including 0; [0, 1] when there are none. */
export function valueExtent(values: Iterable<number | null | undefined>): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // All zero (or nothing reported): a unit domain keeps the scale invertible and the axis sane.
  if (lo === hi) return [0, 1];
  return [lo, hi];
}

/** A linear scale over `extent`, rounded outwards to nice ticks. */
export function valueScale(
  extent: readonly [number, number],
  range: readonly [number, number],
  ticks = 5,
): LinearScale {
  return scaleLinear().domain([extent[0], extent[1]]).range([range[0], range[1]]).nice(ticks);
}

/** How many ticks fit `length` px when each needs about `spacing` px. */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.floor(length / spacing));
}
