/**
 * A radar's frame: the ring's centre and radius, leaving room for two label lines above and
 * below and for the widest side label (names wrap onto two lines) within a quarter of the width.
 */

import { scaleLinear, type LinearScale } from '../shared/scale-core.ts';
import { LABEL_FONT_SIZE, textWidth, wrapLines } from '../text.ts';
import type { ChartContext } from '../types.ts';
import { radarAngle, type RadarData } from './data.ts';

export const PAD = 8;
/** Between the outer ring and the axis labels. */
export const LABEL_GAP = 8;
/** Height of one label line. */
export const LINE = 14;

export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** Value to distance from the centre, clamped to the ring. */
  scale: LinearScale;
  /** The point at distance r on axis i. */
  polar: (i: number, r: number) => { x: number; y: number };
}

export function radarFrame(
  data: RadarData,
  domain: readonly [number, number],
  size: ChartContext['size'],
  legendHeight: number,
): RadarFrame {
  const { width, height } = size;
  const n = data.axes.length;
  const maxSide = Math.min(110, Math.max(40, width * 0.25));
  const sideWidths = data.axes.map((axis, i) => {
    if (Math.abs(Math.sin(radarAngle(i, n))) <= 0.2) return 0;
    const long = data.axisLabels?.[i] ?? '';
    const lines = long === '' || long === axis ? [] : wrapLines(long, maxSide, 2).lines;
    return Math.max(textWidth(axis, LABEL_FONT_SIZE, true), ...lines.map((l) => textWidth(l)));
  });
  const sideRoom = Math.min(maxSide, Math.max(40, ...sideWidths));
  const radius = Math.max(
    20,
    Math.min(
      width / 2 - sideRoom - LABEL_GAP,
      (height - legendHeight - 2 * PAD) / 2 - 2 * LINE - LABEL_GAP,
    ),
  );
  const cx = width / 2;
  const cy = PAD + 2 * LINE + LABEL_GAP + radius;
  const scale = scaleLinear().domain(domain).range([0, radius]).clamp(true);
  const polar = (i: number, r: number) => {
    const a = radarAngle(i, n);
    return { x: cx + Math.sin(a) * r, y: cy - Math.cos(a) * r };
  };
  return { cx, cy, radius, scale, polar };
}
