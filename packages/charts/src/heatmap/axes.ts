/** A heatmap's axes: unit names down the left, periods or categories along the bottom. */

import { scaleBand, type BandScale } from '../shared/scale-core.ts';
import { bandAxis, labelText, TICK_PADDING } from '../axes.ts';
import { INK } from '../palette.ts';
import { fitLabels } from '../shared/label-fit.ts';
import { svgEl } from '../svg.ts';
import { LABEL_FONT_SIZE } from '../text.ts';
import { periodIndex, timeAxis, timeTicks, type TimeInterval } from '../time-axis.ts';
import type { ChartContext } from '../types.ts';
import type { HeatmapData } from './data.ts';
import type { HeatmapGrid } from './layout.ts';

const MIN_LABELLED_ROW = 10;

/** Unit names down the left; thinned to every n-th when rows are shorter than a line of text. */
export function rowAxis(
  d: Document,
  labels: readonly string[],
  y: BandScale<number>,
  left: number,
  maxWidth: number,
): SVGGElement {
  const every = Math.max(1, Math.ceil(MIN_LABELLED_ROW / Math.max(0.01, y.bandwidth())));
  const g = svgEl(d, 'g', {
    class: 'pantau-axis pantau-axis-band pantau-axis-left',
    fill: INK.text,
    'font-size': Math.min(LABEL_FONT_SIZE, Math.max(9, y.bandwidth() - 2)),
  });
  // Only the rows drawn compete for a short form; units sharing a start keep their own ends.
  // Measured at the full label size, as before: a smaller font only leaves more room.
  const shown = labels.map((label, r) => (r % every === 0 ? label : ''));
  const fits = fitLabels(shown, maxWidth);
  labels.forEach((label, r) => {
    if (r % every !== 0) return;
    const at = (y(r) ?? 0) + y.bandwidth() / 2;
    g.append(
      labelText(
        d,
        { x: left - TICK_PADDING, y: at, dy: '0.32em', 'text-anchor': 'end' },
        label,
        fits[r]!,
      ),
    );
  });
  return g;
}

/** Periods under the grid on a time axis (ticks at column centres), or category labels. */
export function columnAxis(
  d: Document,
  data: HeatmapData,
  interval: TimeInterval,
  grid: Pick<HeatmapGrid, 'x' | 'bottom' | 'left' | 'right' | 'rotate'>,
  labels: readonly string[],
  context: ChartContext,
): SVGGElement {
  const { x, bottom, left, right, rotate } = grid;
  const cols = data.cols;
  const first = cols[0];
  const last = cols[cols.length - 1];
  if (first instanceof Date && last instanceof Date) {
    const column = new Map<number, number>();
    cols.forEach((col, c) => column.set(periodIndex(col as Date, interval), c));
    // Ticks are period starts, so each lands on its own column's centre.
    const ticks = timeTicks(first, last, interval, context.lang, right - left).filter((t) =>
      column.has(periodIndex(t.date, interval)),
    );
    const centre = (date: Date): number => {
      const c = column.get(periodIndex(date, interval)) ?? 0;
      return (x(c) ?? 0) + x.bandwidth() / 2;
    };
    return timeAxis(d, ticks, centre, { offset: bottom, left, right });
  }
  const band = scaleBand<string>()
    .domain(cols.map((_, c) => String(c)))
    .range([left, right]);
  return bandAxis(d, band, {
    orient: 'bottom',
    offset: bottom,
    label: (key) => labels[Number(key)] ?? '',
    rotate,
    line: false,
  });
}
