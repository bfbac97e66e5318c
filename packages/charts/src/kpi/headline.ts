/**
 * The headline: the value as big as the tile allows (muted words when not reported or not
 * computable), and its category badge beside it when it fits, else on a row of its own.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { isPlaced } from '../absent.ts';
import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { categoryBadgeText } from '../summary.ts';
import { svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ValueCategory } from '../types.ts';
import { clamp, PAD, type Tile } from './tile.ts';

const BADGE_SIZE = 12;
const BADGE_HEIGHT = 20;

/** The value as drawn: its text, size, baseline and the box its mark focuses. */
export interface Headline {
  text: string;
  size: number;
  baseline: number;
  box: Box;
}

/** The value, shrunk until it fits the width. */
export function drawValue(tile: Tile, value: number | null, height: number): Headline {
  const { d, root, inner, context } = tile;
  const valueText = context.formatValue(value);
  // Null ("belum input") or NaN ("tak terhitung (dibagi nol)"): muted words, not a figure.
  const missing = !isPlaced(value);
  let valueSize = clamp(height * 0.26, 20, 40);
  if (missing) valueSize = Math.max(16, valueSize * 0.6);
  while (valueSize > 12 && textWidth(valueText, valueSize, !missing) > inner) valueSize -= 1;
  const baseline = tile.y + valueSize * 0.85;
  root.append(
    svgEl(
      d,
      'text',
      {
        class: missing ? 'pantau-kpi-value pantau-missing' : 'pantau-kpi-value',
        x: PAD,
        y: baseline,
        fill: missing ? INK.muted : INK.text,
        'font-size': valueSize,
        'font-weight': missing ? null : 700,
        'font-style': missing ? 'italic' : null,
      },
      valueText,
    ),
  );
  const box: Box = {
    x: PAD,
    y: tile.y,
    width: Math.min(inner, textWidth(valueText, valueSize, !missing)),
    height: valueSize,
  };
  tile.rows.push([say(CHART_WORDS, context.lang, 'value'), valueText]);
  tile.y += valueSize + 8;
  return { text: valueText, size: valueSize, baseline, box };
}

/** Category badge: beside the value when it fits, else on its own row. */
export function drawCategory(tile: Tile, category: ValueCategory, value: Headline): void {
  const { inner } = tile;
  const text = categoryBadgeText(category);
  const badgeWidth = Math.min(inner, textWidth(text, BADGE_SIZE, true) + 16);
  const beside = value.box.width + 12 + badgeWidth <= inner;
  const bx = beside ? PAD + inner - badgeWidth : PAD;
  const by = beside ? value.baseline - (value.size * 0.85) / 2 - BADGE_HEIGHT / 2 : tile.y;
  tile.root.append(
    drawBadge(tile.d, text, category.color, {
      x: bx,
      y: by,
      width: badgeWidth,
      height: BADGE_HEIGHT,
    }),
  );
  tile.rows.push([say(CHART_WORDS, tile.context.lang, 'category'), text]);
  if (!beside) tile.y += BADGE_HEIGHT + 8;
}

function drawBadge(d: Document, text: string, color: string, box: Box): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-kpi-badge' });
  g.append(
    svgEl(d, 'rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 4,
      // White bold text on it: every grade colour in palette.ts reaches 4.5:1 against white.
      fill: color,
    }),
  );
  // fittedText measures regular weight; bold is about 6% wider.
  g.append(
    fittedText(
      d,
      {
        x: box.x + 8,
        y: box.y + box.height / 2 + BADGE_SIZE * 0.35,
        fill: INK.surface,
        'font-size': BADGE_SIZE,
        'font-weight': 700,
      },
      text,
      (box.width - 16) / 1.06,
      BADGE_SIZE,
    ),
  );
  return g;
}
