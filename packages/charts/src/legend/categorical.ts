/**
 * A legend of items (series, grades, "belum input"): a swatch and the label per item, wrapped to
 * the width, labels fitted together and written through textContent (via labelText).
 */

import { labelText } from '../axes.ts';
import { INK } from '../palette.ts';
import { fitLabels } from '../shared/label-fit.ts';
import { round, svgEl } from '../svg.ts';
import { LABEL_FONT_SIZE } from '../text.ts';
import type { Box, LegendItem } from '../types.ts';
import { legendLayout } from './layout.ts';
import { drawSwatch, SWATCH_GAP, SWATCH_SIZE } from './swatch.ts';

export interface LegendOptions {
  /** Room the legend may take, px; items wrap onto new lines past it. */
  width: number;
  x?: number;
  y?: number;
  fontSize?: number;
  /** Draw a short line through each marker symbol (line charts). */
  line?: boolean;
  /**
   * Most height the legend may take, px. Items that do not fit are left out and `more` names
   * how many ("+60 more series"), so eighty series cannot squeeze the plot to nothing.
   */
  maxHeight?: number;
  /** Text for the items left out; default "+N". */
  more?: (hidden: number) => string;
}

export interface LegendBlock {
  node: SVGGElement;
  height: number;
  /**
   * Where each drawn item sits (swatch and label), in the coordinates the legend was placed in,
   * one per item drawn: items left out for room have none.
   */
  boxes: Box[];
}

/** The items with the boxes they were drawn at (see LegendItem.box); the rest unchanged. */
export function placeLegendItems(
  items: readonly LegendItem[],
  boxes: readonly Box[],
): LegendItem[] {
  return items.map((item, i) => {
    const box = boxes[i];
    return box === undefined ? item : { ...item, box };
  });
}

/** A legend of `items`, wrapped to `options.width` (and cut to `options.maxHeight`). */
export function drawLegend(
  d: Document,
  items: readonly LegendItem[],
  options: LegendOptions,
): LegendBlock {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const layout = legendLayout(
    items.map((item) => item.label),
    options.width,
    fontSize,
    options.maxHeight,
    options.more,
  );
  const g = svgEl(d, 'g', {
    class: 'pantau-legend',
    transform: `translate(${round(options.x ?? 0)},${round(options.y ?? 0)})`,
    'font-size': fontSize,
    fill: INK.text,
  });
  const boxes: Box[] = [];
  // Fitted together: series that share a start ("Kecamatan Banjarmasin …") keep their ends.
  const shown = items.slice(0, layout.shown);
  const fits = fitLabels(
    shown.map((item) => item.label),
    layout.places.slice(0, layout.shown).map((p) => p.labelWidth + 1),
    { fontSize },
  );
  shown.forEach((item, i) => {
    const place = layout.places[i]!;
    boxes.push({
      x: (options.x ?? 0) + place.x,
      y: (options.y ?? 0) + place.y,
      width: SWATCH_SIZE + SWATCH_GAP + place.labelWidth,
      height: SWATCH_SIZE,
    });
    const entry = svgEl(d, 'g', { class: 'pantau-legend-item' });
    entry.append(drawSwatch(d, item, place.x, place.y, { line: options.line === true }));
    entry.append(
      labelText(
        d,
        { x: place.x + SWATCH_SIZE + SWATCH_GAP, y: place.y + SWATCH_SIZE / 2, dy: '0.32em' },
        item.label,
        fits[i]!,
      ),
    );
    g.append(entry);
  });
  if (layout.moreText !== undefined) {
    const { x, y, text } = layout.moreText;
    g.append(
      svgEl(
        d,
        'text',
        { class: 'pantau-legend-more', x, y: y + SWATCH_SIZE / 2, dy: '0.32em', fill: INK.muted },
        text,
      ),
    );
  }
  return { node: g, height: layout.height, boxes };
}
