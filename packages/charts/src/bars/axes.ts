/**
 * The bars' axes: values along the bars with grid lines, labels across them. Labels stay in
 * their column (left of a ranking, under columns) even when zero sits inside the plot.
 */

import { bandAxis, continuousAxis, tickFormatter, TICK_PADDING } from '../axes.ts';
import { INK } from '../palette.ts';
import { tickCount } from '../scales.ts';
import { round, svgEl } from '../svg.ts';
import type { ChartContext } from '../types.ts';
import type { Frame } from './frame.ts';
import { ROTATED_LABEL_WIDTH, VALUE_FONT_SIZE } from './layout.ts';

export function drawAxes(
  d: Document,
  root: SVGSVGElement,
  frame: Frame,
  labels: readonly string[],
  context: ChartContext,
): void {
  const { plot, value } = frame;
  const ticks = value.ticks(
    frame.horizontal ? tickCount(plot.width, 70) : tickCount(plot.height, 40),
  );
  const format = tickFormatter(ticks, context.formatValue, context.lang);
  const formatLabel = (key: string): string => {
    const i = Number(key);
    return i % frame.labelsEvery === 0 ? (labels[i] ?? '') : '';
  };
  root.append(valueAxis(d, frame, ticks, format));
  if (frame.horizontal) rankingLabels(d, root, frame, formatLabel);
  else columnLabels(d, root, frame, formatLabel);
}

/** The values with their grid lines: along the bottom of a ranking, up the left of columns. */
function valueAxis(
  d: Document,
  frame: Frame,
  ticks: number[],
  format: (v: number) => string,
): SVGGElement {
  const { plot, value, horizontal } = frame;
  return continuousAxis(d, value, {
    orient: horizontal ? 'bottom' : 'left',
    offset: horizontal ? plot.y + plot.height : plot.x,
    format,
    tickValues: ticks,
    gridLength: horizontal ? plot.height : plot.width,
    fontSize: VALUE_FONT_SIZE,
  });
}

/** A ranking's labels, in the left column. */
function rankingLabels(
  d: Document,
  root: SVGSVGElement,
  frame: Frame,
  formatLabel: (key: string) => string,
): void {
  const { plot, band, value } = frame;
  const axis = bandAxis(d, band, {
    orient: 'left',
    offset: value(0),
    label: formatLabel,
    maxLabelWidth: plot.x - TICK_PADDING - 2,
    line: true,
  });
  // The labels stay in the left column even when zero sits inside the plot (negative values).
  axis
    .querySelectorAll('text')
    .forEach((t) => t.setAttribute('x', String(round(plot.x - TICK_PADDING))));
  dropEmpty(axis);
  root.append(axis);
}

/** Columns' labels under the plot (slanted when they do not fit) and a zero baseline. */
function columnLabels(
  d: Document,
  root: SVGSVGElement,
  frame: Frame,
  formatLabel: (key: string) => string,
): void {
  const { plot, band, value } = frame;
  const axis = bandAxis(d, band, {
    orient: 'bottom',
    offset: value(0),
    label: formatLabel,
    rotate: frame.rotate,
    maxLabelWidth: frame.rotate ? ROTATED_LABEL_WIDTH : band.step() - 4,
    // The baseline runs under the whole plot (below), not only under the columns.
    line: false,
  });
  const bottom = plot.y + plot.height;
  axis.querySelectorAll('text').forEach((t) => {
    t.setAttribute('y', String(round(bottom + TICK_PADDING)));
    const transform = t.getAttribute('transform');
    if (transform !== null) {
      t.setAttribute(
        'transform',
        transform.replace(/ [\d.-]+\)$/, ` ${round(bottom + TICK_PADDING)})`),
      );
    }
  });
  dropEmpty(axis);
  root.append(
    axis,
    svgEl(d, 'line', {
      class: 'pantau-axis-line',
      x1: plot.x,
      x2: plot.x + plot.width,
      y1: value(0),
      y2: value(0),
      stroke: INK.axis,
    }),
  );
}

/** Thinned-out labels leave empty `<text>`s; drop them so the SVG stays lean. */
function dropEmpty(axis: SVGGElement): void {
  axis.querySelectorAll('text').forEach((t) => {
    if (t.textContent === '') t.remove();
  });
}
