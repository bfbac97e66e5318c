/**
 * The dial: the half-ring's size and place, and the bands on it, each in its grade colour and
 * marked with its letter when its arc can hold it; one mark per band.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { INK } from '../palette.ts';
import { categoryBadgeText } from '../summary.ts';
import { boxAround, round, svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ChartContext, ChartMark } from '../types.ts';
import { bandMax, type GaugeOptions, type GaugeSegment } from './scale.ts';

export const PAD = 8;
/** Room above the ring for boundary labels. */
const TICK_ROOM = 14;
/** Room under the ring: the end labels, then the category line. */
export const TEXT_BLOCK = 36;

export interface Point {
  x: number;
  y: number;
}

/** The half-ring: centre, outer and inner radius, and a point at an angle and radius. */
export interface Dial {
  cx: number;
  cy: number;
  radius: number;
  inner: number;
  thickness: number;
  polar: (angle: number, r: number) => Point;
}

/** The largest half-ring that leaves `endRoom` px for the end labels beside it. */
export function dialOf(size: { width: number; height: number }, endRoom: number): Dial {
  const { width, height } = size;
  const radius = Math.max(
    24,
    Math.min(width / 2 - PAD - endRoom / 2, height - PAD - TICK_ROOM - TEXT_BLOCK - PAD),
  );
  const thickness = Math.max(10, radius * 0.28);
  const cx = width / 2;
  const cy = PAD + TICK_ROOM + radius;
  const polar = (angle: number, r: number) => ({
    x: cx + Math.sin(angle) * r,
    y: cy - Math.cos(angle) * r,
  });
  return { cx, cy, radius, inner: radius - thickness, thickness, polar };
}

/** The bands in a `<g>`, and a mark per band ("A · Sangat Baik: 88,31 sampai 100"). */
export function drawBands(
  d: Document,
  dial: Dial,
  segments: readonly GaugeSegment[],
  options: GaugeOptions,
  context: ChartContext,
): { node: SVGGElement; marks: ChartMark[] } {
  const { cx, cy, radius, inner, polar } = dial;
  const bandsG = svgEl(d, 'g', { class: 'pantau-gauge-bands' });
  const marks: ChartMark[] = [];
  for (const s of segments) {
    bandsG.append(
      svgEl(d, 'path', {
        class: 'pantau-gauge-band',
        d: ringPath(cx, cy, inner, radius, s.startAngle, s.endAngle),
        fill: s.band.color,
        stroke: INK.surface,
        'stroke-width': 1,
      }),
    );
    const letter = bandLetter(d, dial, s);
    if (letter !== null) bandsG.append(letter);
    const range = `${context.formatValue(s.from)} ${say(CHART_WORDS, context.lang, 'to')} ${context.formatValue(bandMax(s))}`;
    marks.push({
      index: options.bands.indexOf(s.band),
      label: `${categoryBadgeText(s.band)}: ${range}`,
      box: ringBox(polar, inner, radius, s.startAngle, s.endAngle),
    });
  }
  return { node: bandsG, marks };
}

/** The band's letter inside it, when its arc is long enough to hold it. */
function bandLetter(d: Document, dial: Dial, s: GaugeSegment): SVGTextElement | null {
  const { radius, thickness } = dial;
  const mid = (s.startAngle + s.endAngle) / 2;
  const arcLength = (s.endAngle - s.startAngle) * (radius - thickness / 2);
  const letterSize = Math.min(14, thickness * 0.6);
  if (s.band.code.length > 2 || arcLength < textWidth(s.band.code, letterSize, true) + 6) {
    return null;
  }
  const at = dial.polar(mid, radius - thickness / 2);
  return svgEl(
    d,
    'text',
    {
      class: 'pantau-gauge-letter',
      x: at.x,
      y: at.y,
      dy: '0.35em',
      'text-anchor': 'middle',
      'font-size': round(letterSize),
      'font-weight': 700,
      fill: INK.surface,
    },
    s.band.code,
  );
}

/** An annular sector as a path, angles 0 at 12 o'clock, clockwise. */
function ringPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  const p = (a: number, r: number) =>
    `${round(cx + Math.sin(a) * r)},${round(cy - Math.cos(a) * r)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${p(a0, r1)}A${round(r1)},${round(r1)} 0 ${large},1 ${p(a1, r1)}` +
    `L${p(a1, r0)}A${round(r0)},${round(r0)} 0 ${large},0 ${p(a0, r0)}Z`
  );
}

function ringBox(
  polar: (a: number, r: number) => Point,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): Box {
  const angles = [a0, a1, ...(a0 < 0 && a1 > 0 ? [0] : [])];
  const points = angles.flatMap((a) => [polar(a, r0), polar(a, r1)]);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return boxAround(xs, ys);
}
