/**
 * The pure part of the donut: its data and options, and the slices with their angles. Slices
 * under 3% (or beyond the 8 largest) are grouped into one "Lainnya" slice, but only when at least
 * two would be grouped (one small slice stays itself). No DOM; tested in Node.
 */

import { INK, seriesColor } from '../palette.ts';

export interface DonutData {
  category: readonly string[];
  /** One value per category; null = not reported. */
  value: readonly (number | null)[];
  /** Colour per category (e.g. grade colours); missing entries get series colours. */
  color?: readonly (string | null | undefined)[];
}

export interface DonutOptions {
  /** Slices under this share are grouped into "Lainnya"; default 0.03. 0 turns grouping off. */
  otherBelow?: number;
  /** At most this many slices, "Lainnya" included; default 8. */
  maxSlices?: number;
  /** Largest first, clockwise from 12 o'clock (default), or false to keep the input order. */
  sort?: boolean;
  /** Centre label; default "Total". */
  totalLabel?: string;
  /** Header of the category column in the data table. */
  categoryLabel?: string;
  /** Header of the value column in the data table. */
  valueLabel?: string;
  /** Field name for a slice's `selection` (`{ [categoryField]: category }`). */
  categoryField?: string;
}

export interface DonutSlice {
  label: string;
  value: number;
  share: number;
  /** Radians, 0 at 12 o'clock, clockwise (d3-shape's convention). */
  startAngle: number;
  endAngle: number;
  color: string;
  /** Input rows drawn by this slice (several for "Lainnya"). */
  indices: number[];
  other: boolean;
}

export interface DonutLayout {
  slices: DonutSlice[];
  /** Sum of the drawn (positive) values. */
  total: number;
  missing: number[];
  /** Rows whose value is not computable (NaN: a ratio over zero): no slice, named in a note. */
  notComputable: number[];
  zero: number[];
  negative: number[];
}

const DEFAULT_OTHER_BELOW = 0.03;
const DEFAULT_MAX_SLICES = 8;
const OTHER_COLOR = INK.axis;

/** Rows sorted by what their value is: positive ones become slices, the rest are named apart. */
type Sorted = Omit<DonutLayout, 'slices' | 'total'> & { positive: number[] };

function sortRows(data: DonutData): Sorted {
  const n = Math.min(data.category.length, data.value.length);
  const rows: Sorted = { missing: [], notComputable: [], zero: [], negative: [], positive: [] };
  for (let i = 0; i < n; i++) {
    const v = data.value[i];
    if (v === null || v === undefined) rows.missing.push(i);
    else if (!Number.isFinite(v)) rows.notComputable.push(i);
    else if (v === 0) rows.zero.push(i);
    else if (v < 0) rows.negative.push(i);
    else rows.positive.push(i);
  }
  return rows;
}

/** Slices and their angles: the pure part of the donut, tested in Node. */
export function donutLayout(data: DonutData, options: DonutOptions = {}): DonutLayout {
  const { positive: given, ...absent } = sortRows(data);
  const total = given.reduce((sum, i) => sum + data.value[i]!, 0);
  // Stable: equal values keep their input order.
  const positive =
    (options.sort ?? true) ? [...given].sort((a, b) => data.value[b]! - data.value[a]!) : given;

  const otherBelow = options.otherBelow ?? DEFAULT_OTHER_BELOW;
  const maxSlices = Math.max(2, options.maxSlices ?? DEFAULT_MAX_SLICES);
  const byValue = [...positive].sort((a, b) => data.value[b]! - data.value[a]!);
  const keep = new Set(byValue.slice(0, maxSlices - 1));
  if (byValue.length === maxSlices) keep.add(byValue[maxSlices - 1]!);
  const grouped = positive.filter((i) => !keep.has(i) || data.value[i]! / total < otherBelow);
  const own = grouped.length >= 2 ? positive.filter((i) => !grouped.includes(i)) : positive;

  const colorOf = (i: number) => data.color?.[i] ?? seriesColor(i);
  const parts: Omit<DonutSlice, 'startAngle' | 'endAngle'>[] = own.map((i) => ({
    label: data.category[i] ?? '',
    value: data.value[i]!,
    share: data.value[i]! / total,
    color: colorOf(i),
    indices: [i],
    other: false,
  }));
  if (grouped.length >= 2) {
    const value = grouped.reduce((sum, i) => sum + data.value[i]!, 0);
    parts.push({
      label: '',
      value,
      share: value / total,
      color: OTHER_COLOR,
      indices: grouped,
      other: true,
    });
  }

  let angle = 0;
  const slices = parts.map((part) => {
    const startAngle = angle;
    angle += part.share * 2 * Math.PI;
    return { ...part, startAngle, endAngle: angle };
  });
  return { slices, total, ...absent };
}
