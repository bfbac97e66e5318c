/**
 * A heatmap's colours: the sequential ramp over the values, a cell's fill (its grade's colour on
 * graded data, pale when not computable, none when not reported), and the text colour that
 * contrasts more on a fill.
 */

import { SEQUENTIAL_STOPS } from '../palette.ts';
import type { ValueCategory } from '../types.ts';

export const NOT_COMPUTABLE_FILL = '#f9fafb';
const UNGRADED_FILL = '#e5e7eb';
const DARK_TEXT = '#111827';
const LIGHT_TEXT = '#ffffff';

/** The ramp: palette stops spread evenly over the domain, clamped so an override never overflows. */
export function sequentialColor(domain: readonly [number, number]): (value: number) => string {
  const [lo, hi] = domain;
  const n = SEQUENTIAL_STOPS.length;
  const stops = SEQUENTIAL_STOPS.map((_, i) =>
    lo === hi ? lo + i / (n - 1) - 0.5 : lo + ((hi - lo) * i) / (n - 1),
  );
  const colors = SEQUENTIAL_STOPS.map(hexChannels);
  return (value) => {
    const x = Math.max(stops[0]!, Math.min(stops[n - 1]!, value));
    // The segment holding x (d3-scale's bisectRight over the inner stops), then RGB in between.
    let i = 0;
    while (i < n - 2 && x >= stops[i + 1]!) i++;
    const span = stops[i + 1]! - stops[i]!;
    const t = span ? (x - stops[i]!) / span : 0.5;
    const [a, b] = [colors[i]!, colors[i + 1]!];
    const channel = (k: number): number =>
      Math.max(0, Math.min(255, Math.round(a[k]! + (b[k]! - a[k]!) * t) || 0));
    return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
  };
}

/** #rrggbb as [r, g, b]: the palette's stops are all written so. */
function hexChannels(hex: string): number[] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * Each cell's fill (row-major): null when not reported; each distinct value's ramp colour is
 * worked out once.
 */
export function cellFills(
  values: readonly (number | null)[],
  categories: readonly (ValueCategory | null | undefined)[] | undefined,
  categorical: boolean,
  color: (value: number) => string,
): (string | null)[] {
  const rampColors = new Map<number, string>();
  return values.map((v, i): string | null => {
    if (v === null) return null;
    // Not computable: a plain pale cell (no hatch: that is "belum input"), named in the legend.
    if (Number.isNaN(v)) return NOT_COMPUTABLE_FILL;
    // Graded data: a value without a grade gets a neutral fill, not a ramp colour that means nothing.
    if (categorical) return categories?.[i]?.color ?? UNGRADED_FILL;
    let fill = rampColors.get(v);
    if (fill === undefined) {
      fill = color(v);
      rampColors.set(v, fill);
    }
    return fill;
  });
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
