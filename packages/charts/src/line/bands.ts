/**
 * Category bands behind a line: the official grade ranges (IKM A..D, ...) as pale horizontal
 * stripes across the plot, each labelled with its letter and name at the right edge, so a trend
 * reads against "Baik" / "Sangat Baik" without relying on colour. A band runs from its lower
 * bound to the next band's (the printed ranges leave gaps such as 64.99..65), clipped to the
 * value axis; bands outside it are not drawn.
 */

import type { LinearScale } from '../shared/scale-core.ts';
import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, CategoryBand, ChartLang, ValueFormatter } from '../types.ts';

const LABEL_SIZE = 10;

/** "A · Sangat Baik", or the label alone for a code that is not a letter (IID's predicates). */
const bandText = (band: CategoryBand) =>
  band.code.length <= 2 ? `${band.code} · ${band.label}` : band.label;

/** The bands' stripes and labels, to append before the lines. */
export function lineBands(
  d: Document,
  bands: readonly CategoryBand[],
  y: LinearScale,
  plot: Box,
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-line-bands', 'aria-hidden': 'true' });
  const [lo, hi] = y.domain() as [number, number];
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  sorted.forEach((band, i) => {
    const top = Math.min(hi, i + 1 < sorted.length ? sorted[i + 1]!.min : band.max);
    const bottom = Math.max(lo, band.min);
    if (top <= bottom) return;
    const y0 = y(top);
    const y1 = y(bottom);
    const stripe = svgEl(d, 'g', { class: 'pantau-line-band', 'data-band': band.code });
    stripe.append(
      svgEl(d, 'rect', {
        x: plot.x,
        y: y0,
        width: plot.width,
        height: y1 - y0,
        fill: band.color,
        'fill-opacity': 0.12,
      }),
    );
    const text = bandText(band);
    if (y1 - y0 >= LABEL_SIZE + 2 && textWidth(text, LABEL_SIZE) <= plot.width / 3) {
      stripe.append(
        svgEl(
          d,
          'text',
          {
            x: plot.x + plot.width - 4,
            y: y0 + LABEL_SIZE + 1,
            'text-anchor': 'end',
            'font-size': LABEL_SIZE,
            fill: INK.muted,
          },
          text,
        ),
      );
    }
    g.append(stripe);
  });
  return g;
}

/** For the summary: "Latar: pita kategori D · Tidak Baik dari 0, C · Kurang Baik dari 65, ...". */
export function bandsSentence(
  bands: readonly CategoryBand[],
  formatValue: ValueFormatter,
  lang: ChartLang,
): string {
  const from = lang === 'id' ? 'dari' : 'from';
  const list = [...bands]
    .sort((a, b) => a.min - b.min)
    .map((band) => `${bandText(band)} ${from} ${formatValue(band.min)}`)
    .join(', ');
  return lang === 'id' ? `Latar: pita kategori ${list}.` : `Background: category bands ${list}.`;
}
