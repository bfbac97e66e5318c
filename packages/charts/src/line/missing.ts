/**
 * Hatched "belum input" bands over the periods where no series is reported, each covering its
 * periods' slots (span.ts), labelled across when wide enough or upwards when only tall enough.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { hatchPath } from '../hatch.ts';
import { INK } from '../palette.ts';
import { round, svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ChartContext } from '../types.ts';
import type { LineAxis } from './data.ts';
import { slotEdge } from './span.ts';

const BAND_FONT_SIZE = 10;

export function missingBands(
  d: Document,
  axis: LineAxis,
  empty: readonly boolean[],
  px: readonly number[],
  plot: Box,
  lang: ChartContext['lang'],
): SVGGElement {
  const g = svgEl(d, 'g', {
    class: 'pantau-missing',
    'font-size': BAND_FONT_SIZE,
    fill: INK.muted,
  });
  const n = axis.xs.length;
  const edge = (k: number, side: -1 | 1): number => slotEdge(px, k, side, plot);
  const label = say(CHART_WORDS, lang, 'notReported');
  for (let k = 0; k < n; k++) {
    if (!empty[k]) continue;
    let end = k;
    while (end + 1 < n && empty[end + 1]) end++;
    const x0 = edge(k, -1);
    const x1 = edge(end, 1);
    k = end;
    if (x1 - x0 < 1) continue;
    const box = { x: x0, y: plot.y, width: x1 - x0, height: plot.height };
    g.append(
      svgEl(d, 'rect', { ...box, fill: INK.missing, 'fill-opacity': 0.08 }),
      svgEl(d, 'path', {
        d: hatchPath(box, 6),
        stroke: INK.missing,
        'stroke-opacity': 0.6,
        fill: 'none',
      }),
    );
    const text = bandLabel(d, label, x0, x1, plot);
    if (text !== null) g.append(text);
  }
  return g;
}

/** The band's label across it, or upwards along it when too narrow; null when neither fits. */
function bandLabel(
  d: Document,
  label: string,
  x0: number,
  x1: number,
  plot: Box,
): SVGTextElement | null {
  const textLength = textWidth(label, BAND_FONT_SIZE);
  const halo = { 'paint-order': 'stroke', stroke: INK.surface, 'stroke-width': 3 };
  if (x1 - x0 >= textLength + 6) {
    return svgEl(
      d,
      'text',
      { x: (x0 + x1) / 2, y: plot.y + 12, 'text-anchor': 'middle', ...halo },
      label,
    );
  }
  if (x1 - x0 < BAND_FONT_SIZE + 2 || plot.height < textLength + 12) return null;
  const cx = (x0 + x1) / 2;
  const y = plot.y + 6;
  return svgEl(
    d,
    'text',
    {
      x: cx,
      y,
      dy: '0.32em',
      'text-anchor': 'end',
      transform: `rotate(-90 ${round(cx)} ${round(y)})`,
      ...halo,
    },
    label,
  );
}
