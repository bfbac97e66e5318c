/**
 * A radar's data and its pure geometry: the series over the axes, the pieces of an outline broken
 * where an axis is not reported, the scale's domain and each axis's angle. DOM-free.
 */

import { scaleLinear } from '../shared/scale-core.ts';

export interface RadarSeries {
  name: string;
  /** One value per axis, in axis order; null = not reported. */
  values: readonly (number | null)[];
}

export interface RadarData {
  /** Short axis names drawn at the spokes ("U1"). */
  axes: readonly string[];
  /** Long names ("Persyaratan"), drawn under the short ones when there is room; in the table. */
  axisLabels?: readonly string[];
  series: readonly RadarSeries[];
}

export interface RadarOptions {
  /** Fixed scale, e.g. [1, 4] for IKM NRR; default 0 to the largest value, rounded up. */
  domain?: readonly [number, number];
  /** Ring values; default about four nice ticks of the domain. */
  rings?: readonly number[];
  /** Header of the axis column in the data table; default "Sumbu". */
  axisTitle?: string;
  /** Field names for a mark's `selection` (`{ [seriesField]: name, [axisField]: axis }`). */
  seriesField?: string;
  axisField?: string;
}

/** A run of consecutive reported axes (cyclic), drawn as one piece of the outline. */
export interface RadarRun {
  /** Axis indices in drawing order. */
  axes: number[];
  /** True when every axis is reported: the outline closes and is filled. */
  closed: boolean;
}

/**
 * The pieces of a series' outline: the whole closed polygon when nothing is missing, else the
 * runs between missing axes (a run may wrap from the last axis to the first).
 */
export function radarRuns(values: readonly (number | null)[]): RadarRun[] {
  const n = values.length;
  const reported = values.map((v) => v !== null && Number.isFinite(v));
  if (n === 0 || reported.every((r) => !r)) return [];
  if (reported.every((r) => r)) return [{ axes: values.map((_, i) => i), closed: true }];
  // Start just after a missing axis so no run is split by the wrap.
  const start = (reported.lastIndexOf(false) + 1) % n;
  const runs: RadarRun[] = [];
  let current: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (reported[i]) current.push(i);
    else if (current.length > 0) {
      runs.push({ axes: current, closed: false });
      current = [];
    }
  }
  if (current.length > 0) runs.push({ axes: current, closed: false });
  return runs;
}

/** The scale's domain: as given, else 0 to the largest value (nice), [0, 1] with nothing reported. */
export function radarDomain(data: RadarData, options: RadarOptions): [number, number] {
  if (options.domain !== undefined) return [options.domain[0], options.domain[1]];
  const values = data.series.flatMap((s) =>
    s.values.filter((v): v is number => v !== null && Number.isFinite(v)),
  );
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const nice = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice(4)
    .domain();
  return [nice[0] ?? 0, nice[1] ?? 1];
}

/** Angle of axis i of n: 0 at 12 o'clock, clockwise. */
export function radarAngle(i: number, n: number): number {
  return (2 * Math.PI * i) / Math.max(1, n);
}
