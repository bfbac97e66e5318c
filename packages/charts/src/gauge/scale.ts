/**
 * The pure part of the gauge: its data and options, where a value sits on the half-ring, the
 * bands as drawn and the value's category. No DOM; tested in Node.
 */

import type { CategoryBand, ValueCategory } from '../types.ts';

export interface GaugeData {
  /** The value; null = not reported. */
  value: number | null;
  /** Its category as the metric decides it (rounding rules live in core); else found in the bands. */
  category?: ValueCategory | null;
}

export interface GaugeOptions {
  /** The scale's bands with their colours (palette.ts `colorBands`). */
  bands: readonly CategoryBand[];
  /** The scale's ends; default the lowest band min and the highest band max. */
  domain?: readonly [number, number];
  /** What the value is, e.g. "IKM"; used in marks and the summary. */
  label?: string;
}

/** A band as drawn: from its min to the next band's min (so printed gaps like 64.99/65 close). */
export interface GaugeSegment {
  band: CategoryBand;
  from: number;
  to: number;
  /** Radians, 0 at 12 o'clock, clockwise; the half-ring runs from -π/2 to π/2. */
  startAngle: number;
  endAngle: number;
}

export const HALF = Math.PI / 2;

/** Where a value sits on the half-ring, clamped to its ends. */
export function gaugeAngle(value: number, domain: readonly [number, number]): number {
  const [lo, hi] = domain;
  const t = hi > lo ? (Math.min(hi, Math.max(lo, value)) - lo) / (hi - lo) : 0;
  return -HALF + t * Math.PI;
}

/** The scale's domain: as given, or spanning the bands. */
export function gaugeDomain(options: GaugeOptions): [number, number] {
  if (options.domain !== undefined) return [options.domain[0], options.domain[1]];
  if (options.bands.length === 0) return [0, 1];
  return [
    Math.min(...options.bands.map((b) => b.min)),
    Math.max(...options.bands.map((b) => b.max)),
  ];
}

/** The bands as drawn, lowest first, clipped to the domain; bands wholly outside it are dropped. */
export function gaugeSegments(options: GaugeOptions): GaugeSegment[] {
  const domain = gaugeDomain(options);
  const sorted = [...options.bands].sort((a, b) => a.min - b.min);
  const segments: GaugeSegment[] = [];
  sorted.forEach((band, i) => {
    const next = sorted[i + 1];
    const from = Math.max(domain[0], band.min);
    const to = Math.min(domain[1], next === undefined ? band.max : next.min);
    if (to <= from) return;
    segments.push({
      band,
      from,
      to,
      startAngle: gaugeAngle(from, domain),
      endAngle: gaugeAngle(to, domain),
    });
  });
  return segments;
}

/** The value's category: given by the caller, else the band holding it, else none. */
export function gaugeCategory(
  data: GaugeData,
  bands: readonly CategoryBand[],
): ValueCategory | null {
  if (data.category !== undefined) return data.category;
  const v = data.value;
  if (v === null || !Number.isFinite(v)) return null;
  const band =
    bands.find((b) => v >= b.min && v <= b.max) ??
    // Between two printed bands (64.995): the band below it.
    [...bands].sort((a, b) => b.min - a.min).find((b) => v >= b.min && v <= b.max + 0.01);
  return band === undefined ? null : { code: band.code, label: band.label, color: band.color };
}

/** A band's printed top, clipped to the drawn end (IKM D's printed range starts at 0). */
export function bandMax(s: GaugeSegment): number {
  return Math.min(s.band.max, s.to);
}
