/**
 * Words on and at the bars: the value at a bar's end with its grade badge, a stacked part's
 * value inside it, and a stack's total at its end.
 */

import { isPlaced } from '../absent.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ValueCategory, ValueFormatter } from '../types.ts';
import { boxAttrs, type Frame } from './frame.ts';
import { BADGE_FONT_SIZE, BADGE_HEIGHT, GAP, VALUE_FONT_SIZE, type BarPiece } from './layout.ts';

/** A halo in the surface colour keeps the text legible where it crosses a grid or target line. */
const HALO = { stroke: INK.surface, 'stroke-width': 3, 'paint-order': 'stroke' };

/**
 * The value at a bar's end, and its grade badge (letter on the grade colour): outside the bar,
 * after its end (left of it for negatives; above it when vertical).
 */
export function endLabel(
  d: Document,
  frame: Frame,
  box: Box,
  piece: BarPiece,
  text: string,
  category: ValueCategory | null,
  total = false,
): SVGElement[] {
  const negative = (piece.value ?? 0) < 0;
  const attrs = total
    ? { ...HALO, 'font-weight': 'bold', class: 'pantau-bar-total' }
    : { ...HALO, class: 'pantau-bar-value' };
  const out: SVGElement[] = [];
  if (frame.horizontal) {
    const y = box.y + box.height / 2;
    const x = negative ? box.x - GAP : box.x + box.width + GAP;
    const anchor = negative ? 'end' : 'start';
    out.push(svgEl(d, 'text', { ...attrs, x, y, dy: '0.32em', 'text-anchor': anchor }, text));
    if (category) {
      const length = textWidth(text, VALUE_FONT_SIZE, total);
      const w = textWidth(category.code, BADGE_FONT_SIZE, true) + 8;
      const bx = negative ? x - length - GAP - w : x + length + GAP;
      out.push(
        badge(d, category, { x: bx, y: y - BADGE_HEIGHT / 2, width: w, height: BADGE_HEIGHT }),
      );
    }
    return out;
  }
  const x = box.x + box.width / 2;
  const y = negative ? box.y + box.height + GAP : box.y - GAP;
  const dy = negative ? '0.71em' : '0';
  out.push(svgEl(d, 'text', { ...attrs, x, y, dy, 'text-anchor': 'middle' }, text));
  if (category) {
    const w = textWidth(category.code, BADGE_FONT_SIZE, true) + 8;
    const by = negative ? y + VALUE_FONT_SIZE + 2 : y - VALUE_FONT_SIZE - 2 - BADGE_HEIGHT;
    out.push(badge(d, category, { x: x - w / 2, y: by, width: w, height: BADGE_HEIGHT }));
  }
  return out;
}

/**
 * A grade letter on its colour, so the grade reads without telling colours apart. The letter is
 * in the surface colour: white on the light theme's dark grade colours, dark on the dark theme's
 * light ones.
 */
function badge(d: Document, category: ValueCategory, box: Box): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-grade-badge' });
  g.append(
    svgEl(d, 'rect', { ...boxAttrs(box), rx: 3, fill: category.color }),
    svgEl(
      d,
      'text',
      {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        dy: '0.35em',
        'text-anchor': 'middle',
        'font-size': BADGE_FONT_SIZE,
        'font-weight': 'bold',
        fill: INK.surface,
      },
      category.code,
    ),
  );
  return g;
}

/** A stacked part's value inside it, when it fits; in the surface colour on the series colour. */
export function insideLabel(
  d: Document,
  frame: Frame,
  box: Box,
  text: string,
): SVGTextElement | null {
  const length = textWidth(text, VALUE_FONT_SIZE);
  // The text runs horizontally: it needs its length across a horizontal bar's extent, or across
  // a vertical bar's width, and a line of height the other way.
  const fits = frame.horizontal
    ? box.width >= length + 6 && box.height >= VALUE_FONT_SIZE
    : box.width >= length + 4 && box.height >= VALUE_FONT_SIZE + 4;
  if (!fits) return null;
  return svgEl(
    d,
    'text',
    {
      class: 'pantau-bar-value pantau-bar-value-inside',
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      dy: '0.32em',
      'text-anchor': 'middle',
      fill: INK.surface,
    },
    text,
  );
}

/** Each stack's total in bold past the end of its positive parts. */
export function totalLabels(
  d: Document,
  frame: Frame,
  pieces: readonly BarPiece[],
  totals: readonly (number | null)[],
  formatValue: ValueFormatter,
): SVGElement[] {
  const out: SVGElement[] = [];
  totals.forEach((total, i) => {
    if (!isPlaced(total)) return;
    const start = frame.band(String(i)) ?? 0;
    const positive = pieces
      .filter((p) => p.label === i && isPlaced(p.value))
      .reduce((m, p) => Math.max(m, p.to), 0);
    const zero = frame.value(0);
    const end = frame.horizontal
      ? { x: zero, y: start, width: frame.value(positive) - zero, height: frame.band.bandwidth() }
      : {
          x: start,
          y: frame.value(positive),
          width: frame.band.bandwidth(),
          height: zero - frame.value(positive),
        };
    // Drawn as the end of a positive bar, so the total sits after it.
    const piece = { label: i, series: 0, value: 1, from: 0, to: 1 };
    out.push(...endLabel(d, frame, end, piece, formatValue(total), null, true));
  });
  return out;
}
