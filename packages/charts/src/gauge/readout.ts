/**
 * The reading, so it never depends on colour: the value in the ring's hole ("belum input" in
 * muted italic when not reported), its category on a line of its own under the ring.
 */

import { fittedText } from '../axes.ts';
import { INK } from '../palette.ts';
import { categoryBadgeText } from '../summary.ts';
import { round, svgEl } from '../svg.ts';
import type { ValueCategory } from '../types.ts';
import { PAD, TEXT_BLOCK, type Dial } from './dial.ts';

export function drawReadout(
  d: Document,
  dial: Dial,
  reading: { text: string; missing: boolean; category: ValueCategory | null },
  width: number,
): SVGGElement {
  const { cx, cy, inner } = dial;
  const { missing, category } = reading;
  const valueSize = Math.max(12, Math.min(32, inner * 0.5));
  const shownSize = missing ? Math.max(12, valueSize * 0.55) : valueSize;
  const text = svgEl(d, 'g', { class: 'pantau-gauge-value', 'text-anchor': 'middle' });
  text.append(
    fittedText(
      d,
      {
        class: missing ? 'pantau-missing' : null,
        x: cx,
        y: cy - 4,
        'font-size': round(shownSize),
        'font-weight': missing ? null : 700,
        'font-style': missing ? 'italic' : null,
        fill: missing ? INK.muted : INK.text,
      },
      reading.text,
      // fittedText measures regular weight; bold is about 6% wider.
      (inner * 1.8) / (missing ? 1 : 1.06),
      shownSize,
    ),
  );
  if (category !== null) {
    text.append(
      fittedText(
        d,
        { x: cx, y: cy + TEXT_BLOCK - 4, 'font-size': 13, 'font-weight': 700, fill: INK.text },
        categoryBadgeText(category),
        (width - 2 * PAD) / 1.06,
        13,
      ),
    );
  }
  return text;
}
