/**
 * A line chart's keyboard marks: one per drawn point per series, series by series, so Left/Right
 * walk a line and Up/Down switch. Labels ("Loket A, 17 Agustus 2024: 88,0") are written when
 * first read (lazy-mark.ts).
 */

import { isPlaced } from '../absent.ts';
import { LazyMark } from '../lazy-mark.ts';
import type { ChartContext, ChartMark } from '../types.ts';
import { xLabeller } from './labels.ts';
import type { DrawnRows } from './rows.ts';

/** The columns a chosen point selects on. */
export interface MarkFields {
  /** Column the x values come from: marks select `{ [xField]: x }`. */
  xField?: string;
  /** Column the series come from: marks of several series also select `{ [seriesField]: name }`. */
  seriesField?: string;
}

export function lineMarks(
  drawn: DrawnRows,
  names: readonly string[],
  fields: MarkFields,
  context: ChartContext,
): ChartMark[] {
  const { axis, rows, px, frame } = drawn;
  const marks: ChartMark[] = [];
  const { plot } = frame;
  const several = names.length > 1;
  const n = axis.xs.length;
  const when = xLabeller(axis, context, true);
  // Key s * n + k: series s, axis row k.
  const label = (key: number): string => {
    const s = Math.floor(key / n);
    const k = key - s * n;
    const value = axis.values[s]![k] ?? null;
    const text = `${when(axis.xs[k]!)}: ${context.formatValue(value)}`;
    return several ? `${names[s]}, ${text}` : text;
  };
  const xField = fields.xField ?? 'x';
  const seriesField = fields.seriesField ?? 'series';
  axis.values.forEach((values, s) => {
    for (const k of rows) {
      const source = axis.source[k]!;
      // A period put back for a gap has no input row; it is in the table and the summary.
      if (source < 0) continue;
      const value = values[k] ?? null;
      const x = axis.xs[k]!;
      const cx = px[k]!;
      const box = !isPlaced(value)
        ? { x: cx - 3, y: plot.y, width: 6, height: plot.height }
        : { x: cx - 5, y: frame.y(value) - 5, width: 10, height: 10 };
      const selection: Record<string, unknown> = { [xField]: x };
      if (several) selection[seriesField] = names[s];
      marks.push(new LazyMark(source, box, s, k, selection, label, s * n + k));
    }
  });
  return marks;
}
