/**
 * Legends drawn in SVG: a swatch, a symbol (so no item is told apart by colour alone) and the
 * label, wrapping onto more lines when the width runs out; and, for heatmaps, a colour ramp with
 * its range and a separate hatched "belum input" swatch that reads unlike any value on the ramp.
 * Labels go in through textContent (via fittedText), never markup.
 */

import { fittedText, labelText } from './axes.ts';
import { fitLabels } from './shared/label-fit.ts';
import { hatchPath } from './hatch.ts';
import { INK } from './palette.ts';
import { round, svgEl } from './svg.ts';
import { LABEL_FONT_SIZE, textWidth } from './text.ts';
import type { Box, LegendItem } from './types.ts';

/** Side of the swatch, gap to its label, gap between items and between lines, px. */
export const SWATCH_SIZE = 12;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;
const LINE_GAP = 6;

export type LegendSymbol = NonNullable<LegendItem['symbol']>;

/** Marker shapes a series can carry (in order), so series differ by shape as well as colour. */
export const SERIES_SYMBOLS: readonly LegendSymbol[] = Object.freeze([
  'circle',
  'square',
  'triangle',
  'diamond',
]);

export function seriesSymbol(i: number): LegendSymbol {
  return SERIES_SYMBOLS[
    ((i % SERIES_SYMBOLS.length) + SERIES_SYMBOLS.length) % SERIES_SYMBOLS.length
  ]!;
}

/**
 * Path data of a filled marker centred on (cx, cy) with "radius" r, for the shapes that are
 * markers (circle, square, triangle, diamond); areas of the shapes are close so none looks heavier.
 */
export function symbolPath(symbol: LegendSymbol, cx: number, cy: number, r: number): string {
  const p = (x: number, y: number): string => `${round(x)},${round(y)}`;
  switch (symbol) {
    case 'square': {
      const s = r * 0.89;
      return `M${p(cx - s, cy - s)}H${round(cx + s)}V${round(cy + s)}H${round(cx - s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.25;
      return `M${p(cx, cy - s)}L${p(cx + s * 0.95, cy + s * 0.7)}L${p(cx - s * 0.95, cy + s * 0.7)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M${p(cx, cy - s)}L${p(cx + s, cy)}L${p(cx, cy + s)}L${p(cx - s, cy)}Z`;
    }
    default:
      // A circle as two arcs, so every marker is one <path> (and one canvas Path2D).
      return `M${p(cx - r, cy)}A${round(r)},${round(r)} 0 1,0 ${p(cx + r, cy)}A${round(r)},${round(r)} 0 1,0 ${p(cx - r, cy)}Z`;
  }
}

export interface SwatchOptions {
  /** Draw a short line through the symbol (a line chart's series). */
  line?: boolean;
  size?: number;
}

/** One swatch with its top-left corner at (x, y). */
export function drawSwatch(
  d: Document,
  item: Pick<LegendItem, 'color' | 'symbol'>,
  x: number,
  y: number,
  options: SwatchOptions = {},
): SVGGElement {
  const size = options.size ?? SWATCH_SIZE;
  const cx = x + size / 2;
  const cy = y + size / 2;
  const symbol = item.symbol ?? 'square';
  const g = svgEl(d, 'g', { class: `pantau-swatch pantau-swatch-${symbol}` });
  const lineAttrs = {
    x1: x,
    x2: x + size,
    y1: cy,
    y2: cy,
    stroke: item.color,
    'stroke-width': 2.5,
  };
  switch (symbol) {
    case 'line':
      g.append(svgEl(d, 'line', lineAttrs));
      break;
    case 'dashed':
      g.append(svgEl(d, 'line', { ...lineAttrs, 'stroke-dasharray': '4 2' }));
      break;
    case 'hatch': {
      const box = { x: x + 0.5, y: y + 0.5, width: size - 1, height: size - 1 };
      g.append(
        svgEl(d, 'rect', { ...box, fill: 'none', stroke: item.color }),
        svgEl(d, 'path', { d: hatchPath(box), stroke: item.color, fill: 'none' }),
      );
      break;
    }
    default:
      if (options.line === true) g.append(svgEl(d, 'line', lineAttrs));
      g.append(
        svgEl(d, 'path', {
          d: symbolPath(symbol, cx, cy, size * 0.36),
          fill: item.color,
          stroke: INK.surface,
          'stroke-width': options.line === true ? 1 : 0,
        }),
      );
  }
  return g;
}

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

export interface LegendPlacement {
  x: number;
  y: number;
  /** Room for the label; longer labels are cut with "…" (full text kept in a `<title>`). */
  labelWidth: number;
}

export interface LegendLayout {
  places: LegendPlacement[];
  /** Total height, px (0 for no items). */
  height: number;
  /** How many items are drawn (the rest are counted in `moreText`). */
  shown: number;
  /** Where the "+N" text goes and what it says, when items were left out. */
  moreText?: { x: number; y: number; text: string };
}

/**
 * Where each item goes, left to right, wrapping when the next one would pass `width`. Pure (text
 * widths are estimated, see text.ts), so layout is the same in Node and every browser. With
 * `maxHeight`, as many items as fit are kept, followed by the `more` text.
 */
export function legendLayout(
  labels: readonly string[],
  width: number,
  fontSize = LABEL_FONT_SIZE,
  maxHeight = Infinity,
  more: (hidden: number) => string = (hidden) => `+${hidden}`,
): LegendLayout {
  const full = flowLayout(labels, width, fontSize);
  if (full.height <= maxHeight || labels.length === 0) return { ...full, shown: labels.length };
  for (let shown = labels.length - 1; shown >= 0; shown--) {
    const text = more(labels.length - shown);
    const flow = flowLayout([...labels.slice(0, shown), text], width, fontSize, shown);
    if (flow.height <= maxHeight || shown === 0) {
      const last = flow.places[shown]!;
      return {
        places: flow.places.slice(0, shown),
        height: flow.height,
        shown,
        moreText: { x: last.x, y: last.y, text },
      };
    }
  }
  return { places: [], height: 0, shown: 0 };
}

/** Left-to-right flow; the item at `textOnly` (the "+N" text) takes no swatch. */
function flowLayout(
  labels: readonly string[],
  width: number,
  fontSize: number,
  textOnly = -1,
): { places: LegendPlacement[]; height: number } {
  const lineHeight = Math.max(SWATCH_SIZE, fontSize * 1.2) + LINE_GAP;
  const swatch = SWATCH_SIZE + SWATCH_GAP;
  const places: LegendPlacement[] = [];
  let x = 0;
  let y = 0;
  labels.forEach((label, i) => {
    const own = i === textOnly ? 0 : swatch;
    const labelWidth = Math.min(Math.max(0, width - own), Math.ceil(textWidth(label, fontSize)));
    const itemWidth = own + labelWidth;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    places.push({ x, y, labelWidth });
    x += itemWidth + ITEM_GAP;
  });
  return { places, height: labels.length === 0 ? 0 : y + lineHeight - LINE_GAP };
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

/**
 * A colour ramp from domain[0] to domain[1] with both ends labelled, followed by a hatched
 * "belum input" swatch; the swatch moves under the ramp when they do not fit side by side.
 */
export function drawRampLegend(d: Document, options: RampLegendOptions): LegendBlock {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const [lo, hi] = options.domain;
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
  const labelY = RAMP_HEIGHT + 3;
  ramp.append(
    svgEl(d, 'text', { x: 0, y: labelY, dy: '0.71em', fill: INK.muted }, options.format(lo)),
    svgEl(
      d,
      'text',
      { x: rampWidth, y: labelY, dy: '0.71em', 'text-anchor': 'end', fill: INK.muted },
      options.format(hi),
    ),
  );
  g.append(ramp);
  let height = labelY + fontSize * 1.2;
  if (options.noData !== undefined) {
    const x = sideBySide ? rampWidth + ITEM_GAP : 0;
    const y = sideBySide ? RAMP_HEIGHT / 2 - SWATCH_SIZE / 2 : height + LINE_GAP;
    const item = svgEl(d, 'g', { class: 'pantau-legend-item pantau-legend-no-data' });
    item.append(drawSwatch(d, { color: INK.missing, symbol: 'hatch' }, x, y));
    item.append(
      fittedText(
        d,
        { x: x + SWATCH_SIZE + SWATCH_GAP, y: y + SWATCH_SIZE / 2, dy: '0.32em' },
        options.noData,
        Math.max(20, options.width - x - SWATCH_SIZE - SWATCH_GAP),
        fontSize,
      ),
    );
    g.append(item);
    if (!sideBySide) height = y + SWATCH_SIZE;
  }
  // A ramp's values are not items to choose.
  return { node: g, height, boxes: [] };
}
