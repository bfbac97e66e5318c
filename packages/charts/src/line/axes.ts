/**
 * A line chart's axes: values on the left with grid lines across the plot; time (periods) or
 * plain numbers along the bottom.
 */

import { scaleLinear } from '../shared/scale-core.ts';
import { continuousAxis } from '../axes.ts';
import { tickCount } from '../scales.ts';
import { svgEl } from '../svg.ts';
import { timeAxis, timeTicks } from '../time-axis.ts';
import type { ChartContext } from '../types.ts';
import { xKey, type LineAxis } from './data.ts';
import type { Frame } from './frame.ts';
import { xLabel } from './labels.ts';

/** The value axis at the plot's left edge, its grid lines across the plot. */
export function yAxis(d: Document, frame: Frame): SVGGElement {
  return continuousAxis(d, frame.y, {
    orient: 'left',
    offset: frame.plot.x,
    format: frame.formatTick,
    tickValues: frame.yTicks,
    gridLength: frame.plot.width,
  });
}

export function xAxis(
  d: Document,
  axis: LineAxis,
  frame: Frame,
  context: ChartContext,
): SVGGElement {
  const { plot } = frame;
  const bottom = plot.y + plot.height;
  const options = { offset: bottom, left: plot.x, right: plot.x + plot.width };
  const n = axis.xs.length;
  if (n === 0) return svgEl(d, 'g', { class: 'pantau-axis' });
  const first = axis.xs[0]!;
  const last = axis.xs[n - 1]!;
  if (first instanceof Date && last instanceof Date) {
    const ticks = timeTicks(first, last, axis.interval ?? 'day', context.lang, plot.width);
    return timeAxis(d, ticks, (date) => frame.x(date.getTime()), options);
  }
  // Numbers: plain ticks; whole numbers only when x counts years or steps.
  const scale = scaleLinear()
    .domain([xKey(first), xKey(last)])
    .range([plot.x, plot.x + plot.width]);
  const integers = axis.xs.every((x) => Number.isInteger(x));
  const values = scale
    .ticks(tickCount(plot.width, 60))
    .filter((v) => !integers || Number.isInteger(v));
  return continuousAxis(d, scale, {
    orient: 'bottom',
    offset: bottom,
    tickValues: values,
    line: true,
    format: (v) => xLabel(v, axis, context),
  });
}
