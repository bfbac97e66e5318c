/**
 * A heatmap's legend: a colour ramp with its range, and a separate hatched "belum input" swatch
 * that reads unlike any value on the ramp.
 */

import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import { LABEL_FONT_SIZE, textWidth } from '../text.ts';
import type { LegendBlock } from './categorical.ts';
import { ITEM_GAP, LINE_GAP } from './layout.ts';
import { drawSwatch, SWATCH_GAP, SWATCH_SIZE } from './swatch.ts';

export interface RampLegendOptions {
  width: number;
  x?: number;
  y?: number;
  /** The smallest and largest value drawn; the ramp runs between them. */
  domain: readonly [number, number];
  /** Colour of a value (the heatmap's own scale, so legend and cells cannot disagree). */
  color: (value: number) => string;
  /** Labels for the ends of the ramp (the context's value formatter). */
  format: (value: number) => string;
  /** Label of the hatched no-data swatch ("belum input"); no swatch when omitted. */
  noData?: string;
  fontSize?: number;
}

/** Steps the ramp is drawn with: smooth to the eye, few nodes. */
const RAMP_STEPS = 24;
const RAMP_HEIGHT = 10;
const RAMP_MAX_WIDTH = 200;
/** Where the ramp's end labels hang from. */
const RAMP_LABEL_Y = RAMP_HEIGHT + 3;

/**
 * A colour ramp from domain[0] to domain[1] with both ends labelled, followed by a hatched
 * "belum input" swatch; the swatch moves under the ramp when they do not fit side by side.
 */
export function drawRampLegend(d: Document, options: RampLegendOptions): LegendBlock {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const g = svgEl(d, 'g', {
    class: 'pantau-legend pantau-legend-ramp',
    transform: `translate(${round(options.x ?? 0)},${round(options.y ?? 0)})`,
    'font-size': fontSize,
    fill: INK.text,
  });
  const noDataWidth =
    options.noData === undefined
      ? 0
      : SWATCH_SIZE + SWATCH_GAP + textWidth(options.noData, fontSize);
  const sideBySide = options.width >= 80 + ITEM_GAP + noDataWidth;
  const rampWidth = Math.max(
    40,
    Math.min(RAMP_MAX_WIDTH, sideBySide ? options.width - ITEM_GAP - noDataWidth : options.width),
  );
  g.append(rampBar(d, options, rampWidth));
  let height = RAMP_LABEL_Y + fontSize * 1.2;
  if (options.noData !== undefined) {
    const x = sideBySide ? rampWidth + ITEM_GAP : 0;
    const y = sideBySide ? RAMP_HEIGHT / 2 - SWATCH_SIZE / 2 : height + LINE_GAP;
    g.append(noDataItem(d, options.noData, x, y, options.width, fontSize));
    if (!sideBySide) height = y + SWATCH_SIZE;
  }
  // A ramp's values are not items to choose.
  return { node: g, height, boxes: [] };
}

/** The ramp in steps, its outline, and its two ends labelled. */
function rampBar(d: Document, options: RampLegendOptions, rampWidth: number): SVGGElement {
  const [lo, hi] = options.domain;
  const ramp = svgEl(d, 'g', { class: 'pantau-legend-ramp-bar' });
  const step = rampWidth / RAMP_STEPS;
  for (let i = 0; i < RAMP_STEPS; i++) {
    const value = lo === hi ? lo : lo + ((hi - lo) * (i + 0.5)) / RAMP_STEPS;
    // Each step overlaps the next by a hair so no white seams show between them.
    ramp.append(
      svgEl(d, 'rect', {
        x: i * step,
        y: 0,
        width: step + (i < RAMP_STEPS - 1 ? 0.5 : 0),
        height: RAMP_HEIGHT,
        fill: options.color(value),
      }),
    );
  }
  ramp.append(
    svgEl(d, 'rect', {
      x: 0,
      y: 0,
      width: rampWidth,
      height: RAMP_HEIGHT,
      fill: 'none',
      stroke: INK.axis,
      'stroke-width': 0.5,
    }),
  );
  const labelY = RAMP_LABEL_Y;
  ramp.append(
    svgEl(d, 'text', { x: 0, y: labelY, dy: '0.71em', fill: INK.muted }, options.format(lo)),
    svgEl(
      d,
      'text',
      { x: rampWidth, y: labelY, dy: '0.71em', 'text-anchor': 'end', fill: INK.muted },
      options.format(hi),
    ),
  );
  return ramp;
}

/** The hatched "belum input" swatch and its label, at (x, y). */
function noDataItem(
  d: Document,
  label: string,
  x: number,
  y: number,
  width: number,
  fontSize: number,
): SVGGElement {
  const item = svgEl(d, 'g', { class: 'pantau-legend-item pantau-legend-no-data' });
  item.append(drawSwatch(d, { color: INK.missing, symbol: 'hatch' }, x, y));
  item.append(
    fittedText(
      d,
      { x: x + SWATCH_SIZE + SWATCH_GAP, y: y + SWATCH_SIZE / 2, dy: '0.32em' },
      label,
      Math.max(20, width - x - SWATCH_SIZE - SWATCH_GAP),
      fontSize,
    ),
  );
  return item;
}
