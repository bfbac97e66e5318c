/**
 * Where a legend's items go: left to right, wrapping when the width runs out, cut to a height
 * with a "+N" text counting the rest. Pure: text widths are estimated (text.ts).
 */

import { LABEL_FONT_SIZE, textWidth } from '../text.ts';
import { SWATCH_GAP, SWATCH_SIZE } from './swatch.ts';

/** Gap between items and between lines, px. */
export const ITEM_GAP = 16;
export const LINE_GAP = 6;

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
