/**
 * The ring: its size and place (room for labels beside it, or a list under it when that would
 * leave too small a ring), the slices with their marks, and the total in its hole.
 */

import { arc } from 'd3-shape';
import { INK } from '../palette.ts';
import { boxAround, round, svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Box, ChartContext, ChartMark } from '../types.ts';
import type { DonutLayout, DonutOptions, DonutSlice } from './layout.ts';

export const PAD = 8;
/** Height of a line of labels or notes (px). */
export const LINE = 15;
/** Length of a label's leader line outside the ring (px). */
export const ELBOW = 10;
const MIN_RADIUS = 48;

/** Where the ring sits and how big it is. */
export interface Ring {
  cx: number;
  cy: number;
  radius: number;
  inner: number;
  /** Labels beside the ring (true) or in a list under it (false). */
  outside: boolean;
}

/** How a slice is named and its share written, as the labels show them. */
export interface SliceText {
  name: (slice: DonutSlice) => string;
  share: (slice: DonutSlice) => string;
}

/** The ring for `noteCount` lines of notes under it. */
export function ringOf(
  layout: DonutLayout,
  noteCount: number,
  text: SliceText,
  size: { width: number; height: number },
): Ring {
  const { width, height } = size;
  const notesHeight = noteCount * LINE;
  // Outside labels need a column on each side; if that leaves too small a ring, list them below.
  // Names wrap onto two lines, so the column need not hold the longest name on one line.
  const labelColumn = Math.min(
    width * 0.32,
    Math.max(0, ...layout.slices.map((s) => textWidth(`${text.name(s)} ${text.share(s)}`))),
  );
  const outsideRadius = Math.min(
    (height - notesHeight - 2 * PAD) / 2 - 6,
    width / 2 - labelColumn - ELBOW - 2 * PAD,
  );
  const outside = outsideRadius >= MIN_RADIUS;
  const listHeight = outside ? 0 : layout.slices.length * LINE + 4;
  const radius = outside
    ? outsideRadius
    : Math.max(16, Math.min(width / 2 - PAD, (height - notesHeight - listHeight - 2 * PAD) / 2));
  const cy = outside ? (height - notesHeight) / 2 : PAD + radius;
  return { cx: width / 2, cy, radius, inner: radius * 0.6, outside };
}

/** The slices (or an empty dashed ring when nothing is shared out), one mark each. */
export function drawSlices(
  d: Document,
  layout: DonutLayout,
  ring: Ring,
  text: SliceText,
  options: DonutOptions,
  context: ChartContext,
): { node: SVGGElement; marks: ChartMark[] } {
  const { cx, cy, radius, inner } = ring;
  const path = arc<DonutSlice>()
    .innerRadius(inner)
    .outerRadius(radius)
    .padAngle(layout.slices.length > 1 ? 0.01 : 0);
  const marks: ChartMark[] = [];
  const slicesG = svgEl(d, 'g', {
    class: 'pantau-donut-slices',
    transform: `translate(${round(cx)},${round(cy)})`,
  });
  if (layout.slices.length === 0) slicesG.append(emptyRing(d, ring));
  layout.slices.forEach((slice) => {
    const label = `${text.name(slice)}: ${context.formatValue(slice.value)} (${text.share(slice)})`;
    const el = svgEl(d, 'path', {
      class: slice.other ? 'pantau-donut-slice pantau-other' : 'pantau-donut-slice',
      d: path(slice) ?? '',
      fill: slice.color,
      stroke: INK.surface,
      'stroke-width': 1,
    });
    el.append(svgEl(d, 'title', {}, label));
    slicesG.append(el);
    const field = options.categoryField;
    marks.push({
      index: slice.indices[0]!,
      label,
      box: arcBox(slice, inner, radius, cx, cy),
      ...(field !== undefined && !slice.other ? { selection: { [field]: slice.label } } : {}),
    });
  });
  return { node: slicesG, marks };
}

/** Nothing to share out: an empty dashed ring, not a full circle of some colour. */
function emptyRing(d: Document, ring: Ring): SVGCircleElement {
  return svgEl(d, 'circle', {
    r: (ring.radius + ring.inner) / 2,
    fill: 'none',
    stroke: INK.missing,
    'stroke-width': ring.radius - ring.inner,
    'stroke-dasharray': '4 4',
    'stroke-opacity': 0.35,
  });
}

/** The total of what is drawn in the ring's hole, under its label, sized to fit the hole. */
export function drawTotal(d: Document, ring: Ring, label: string, total: string): SVGGElement {
  const { cx, cy, inner } = ring;
  const centre = svgEl(d, 'g', { class: 'pantau-donut-total', 'text-anchor': 'middle' });
  const totalSize = Math.max(12, Math.min(24, (inner * 1.6) / Math.max(1, total.length * 0.6)));
  centre.append(
    svgEl(d, 'text', { x: cx, y: cy - 4, fill: INK.muted, 'font-size': 11 }, label),
    svgEl(
      d,
      'text',
      {
        x: cx,
        y: cy + totalSize * 0.8,
        fill: INK.text,
        'font-size': round(totalSize),
        'font-weight': 700,
      },
      total,
    ),
  );
  return centre;
}

/** Bounding box of a ring slice: its corners plus any 12/3/6/9 o'clock point it spans. */
function arcBox(slice: DonutSlice, inner: number, outer: number, cx: number, cy: number): Box {
  const angles = [slice.startAngle, slice.endAngle];
  for (let k = 0; k <= 4; k++) {
    const a = (k * Math.PI) / 2;
    if (a > slice.startAngle && a < slice.endAngle) angles.push(a);
  }
  const xs: number[] = [];
  const ys: number[] = [];
  for (const a of angles) {
    for (const r of [inner, outer]) {
      xs.push(cx + Math.sin(a) * r);
      ys.push(cy - Math.cos(a) * r);
    }
  }
  return boxAround(xs, ys);
}
