/**
 * "belum input" where the bar would start, in muted italic, beside a small hatched square: reads
 * as missing with or without colour, and never as a short bar. A not-computable value (NaN) gets
 * its own words, "tak terhitung (dibagi nol)", beside an empty square: the hatch means "not
 * reported" in every legend.
 */

import { isNotComputable } from '../absent.ts';
import { hatchPath } from '../hatch.ts';
import { INK } from '../palette.ts';
import { round, svgEl, type Attrs } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ValueFormatter } from '../types.ts';
import { boxAttrs, type Frame } from './frame.ts';
import { GAP, VALUE_FONT_SIZE } from './layout.ts';

/** The note drawn, and the box its mark focuses. */
export interface DrawnMissing {
  node: SVGGElement;
  box: Box;
}

/** How the note is written: its words, size, and the square's side. */
interface MissingText {
  text: string;
  fontSize: number;
  swatch: number;
  zero: number;
}

/** `roomy`: a full-size note (a ranking or a stack); a grouped bar's note is smaller. */
export function drawMissing(
  d: Document,
  frame: Frame,
  box: Box,
  value: number | null,
  formatValue: ValueFormatter,
  roomy: boolean,
): DrawnMissing {
  const notComputable = isNotComputable(value);
  const g = svgEl(d, 'g', {
    class: notComputable ? 'pantau-bar-missing pantau-bar-not-computable' : 'pantau-bar-missing',
  });
  // The square, hatched only for "belum input".
  const swatchOf = (sq: Box) => [
    svgEl(d, 'rect', { ...boxAttrs(sq), fill: 'none', stroke: INK.missing }),
    ...(notComputable
      ? []
      : [svgEl(d, 'path', { d: hatchPath(sq, 3), stroke: INK.missing, fill: 'none' })]),
  ];
  const note: MissingText = {
    text: formatValue(value),
    fontSize: roomy ? VALUE_FONT_SIZE : 10,
    zero: frame.value(0),
    swatch: Math.max(4, Math.min(10, (frame.horizontal ? box.height : box.width) - 2)),
  };
  return frame.horizontal
    ? missingAcross(d, g, box, note, swatchOf)
    : missingUpwards(d, g, box, note, swatchOf);
}

/** In a ranking: the square at zero, the words after it. */
function missingAcross(
  d: Document,
  g: SVGGElement,
  box: Box,
  note: MissingText,
  swatchOf: (sq: Box) => SVGElement[],
): DrawnMissing {
  const { text, fontSize, zero, swatch } = note;
  const mid = box.y + box.height / 2;
  const sq = { x: zero + 2, y: mid - swatch / 2, width: swatch, height: swatch };
  g.append(...swatchOf(sq));
  if (box.height >= 8) g.append(noteWords(d, note, { x: sq.x + swatch + GAP, y: mid }));
  const textLength = textWidth(text, fontSize);
  return {
    node: g,
    box: { x: zero, y: box.y, width: swatch + GAP + textLength + 2, height: box.height },
  };
}

/** Under columns: the square on the baseline, the words written upwards, as a bar would grow. */
function missingUpwards(
  d: Document,
  g: SVGGElement,
  box: Box,
  note: MissingText,
  swatchOf: (sq: Box) => SVGElement[],
): DrawnMissing {
  const { text, fontSize, zero, swatch } = note;
  const mid = box.x + box.width / 2;
  const sq = { x: mid - swatch / 2, y: zero - swatch - 2, width: swatch, height: swatch };
  g.append(...swatchOf(sq));
  if (box.width >= 8) {
    const y = sq.y - GAP;
    const upwards = { transform: `rotate(-90 ${round(mid)} ${round(y)})` };
    g.append(noteWords(d, note, { x: mid, y }, upwards));
  }
  const length = swatch + GAP + textWidth(text, fontSize) + 2;
  return {
    node: g,
    box: { x: box.x, y: zero - length, width: box.width, height: length },
  };
}

/** The note's words, small, italic and muted as every absent value is written; `at` first. */
function noteWords(
  d: Document,
  note: MissingText,
  at: { x: number; y: number },
  extra: Attrs = {},
): SVGTextElement {
  const attrs = { dy: '0.32em', 'font-size': note.fontSize, 'font-style': 'italic' };
  return svgEl(d, 'text', { ...at, ...attrs, fill: INK.muted, ...extra }, note.text);
}
