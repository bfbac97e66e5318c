/**
 * Slice labels, so nothing depends on matching colours to a legend: beside the ring, each on the
 * side its slice faces with a leader line, name and share in bold; or, when the chart is narrow,
 * a list under the ring with a swatch per slice.
 */

import { INK } from '../palette.ts';
import { fitLabels, type FittedLabel } from '../shared/label-fit.ts';
import { round, svgEl } from '../svg.ts';
import { LABEL_FONT_SIZE, textWidth } from '../text.ts';
import type { DonutLayout, DonutSlice } from './layout.ts';
import { ELBOW, LINE, PAD, type Ring, type SliceText } from './ring.ts';

export interface PlacedLabel {
  slice: DonutSlice;
  /** -1 left, 1 right. */
  side: -1 | 1;
  /** Anchor on the ring, elbow, and the label's centre line. */
  ax: number;
  ay: number;
  ex: number;
  y: number;
}

/** The labels in a `<g>`: beside the ring or listed under it, as the ring was sized for. */
export function drawLabels(
  d: Document,
  layout: DonutLayout,
  ring: Ring,
  text: SliceText,
  size: { width: number; bottom: number },
): SVGGElement {
  const labelsG = svgEl(d, 'g', { class: 'pantau-donut-labels' });
  if (ring.outside) labelsG.append(...outsideLabels(d, layout.slices, ring, text, size));
  else labelsG.append(...listLabels(d, layout.slices, ring, text, size.width));
  return labelsG;
}

/** Beside the ring; `size.bottom` is the lowest a label may reach (above the notes). */
function outsideLabels(
  d: Document,
  slices: readonly DonutSlice[],
  ring: Ring,
  text: SliceText,
  size: { width: number; bottom: number },
): SVGElement[] {
  const { cx, cy, radius } = ring;
  const right = size.width - PAD - (cx + radius + ELBOW + 4);
  const left = cx - radius - ELBOW - 4 - PAD;
  // Fitted together, so names that share a start keep what tells them apart.
  const texts = fitLabels(
    slices.map(text.name),
    slices.map((slice) => {
      const mid = (slice.startAngle + slice.endAngle) / 2;
      return Math.sin(mid) >= 0 ? right : left;
    }),
    {
      lines: 2,
      reserveLast: slices.map((s) => textWidth(` ${text.share(s)}`, LABEL_FONT_SIZE, true)),
    },
  );
  const heights = texts.map((t) => t.lines.length * LINE);
  const placed = placeOutside(slices, heights, radius, cx, cy, size.bottom);
  return placed.flatMap((p, i) => outsideLabel(d, p, texts[i]!, ring, text));
}

/** One label beside the ring: its leader line, then its name and share. */
function outsideLabel(
  d: Document,
  p: PlacedLabel,
  label: FittedLabel,
  ring: Ring,
  text: SliceText,
): SVGElement[] {
  const slice = p.slice;
  const x = ring.cx + p.side * (ring.radius + ELBOW + 4);
  const leader = svgEl(d, 'polyline', {
    points: `${round(p.ax)},${round(p.ay)} ${round(p.ex)},${round(p.y)} ${round(x - p.side * 2)},${round(p.y)}`,
    fill: 'none',
    stroke: INK.axis,
    'stroke-width': 1,
  });
  const words = svgEl(d, 'text', {
    x,
    y: p.y - ((label.lines.length - 1) * LINE) / 2,
    dy: '0.32em',
    'text-anchor': p.side > 0 ? 'start' : 'end',
    fill: INK.text,
  });
  label.lines.forEach((line, k) => {
    const last = k === label.lines.length - 1;
    const attrs = k === 0 ? {} : { x, dy: LINE };
    const share = { 'font-weight': 700 };
    if (!last) words.append(svgEl(d, 'tspan', attrs, line));
    else if (line === '') {
      // An empty tspan places nothing: the share itself starts the new line.
      words.append(svgEl(d, 'tspan', { ...attrs, ...share }, text.share(slice)));
    } else {
      words.append(svgEl(d, 'tspan', attrs, `${line} `));
      words.append(svgEl(d, 'tspan', share, text.share(slice)));
    }
  });
  // The title must come first for browsers to show it as the tooltip.
  if (label.truncated) words.prepend(svgEl(d, 'title', {}, text.name(slice)));
  return [leader, words];
}

/** Narrow: a list under the ring, each row with its swatch, name and share. */
function listLabels(
  d: Document,
  slices: readonly DonutSlice[],
  ring: Ring,
  text: SliceText,
  width: number,
): SVGElement[] {
  const out: SVGElement[] = [];
  let y = ring.cy + ring.radius + PAD + LINE - 4;
  const names = fitLabels(
    slices.map(text.name),
    slices.map((s) => width - 2 * PAD - 16 - textWidth(` ${text.share(s)}`, 12, true)),
  );
  for (const [i, slice] of slices.entries()) {
    const share = text.share(slice);
    const name = { text: names[i]!.lines[0] ?? '', truncated: names[i]!.truncated };
    out.push(svgEl(d, 'rect', { x: PAD, y: y - 9, width: 10, height: 10, fill: slice.color }));
    const row = svgEl(d, 'text', { x: PAD + 16, y, fill: INK.text });
    row.append(
      svgEl(d, 'tspan', {}, `${name.text} `),
      svgEl(d, 'tspan', { 'font-weight': 700 }, share),
    );
    // The title must come first for browsers to show it as the tooltip.
    if (name.truncated) row.prepend(svgEl(d, 'title', {}, text.name(slice)));
    out.push(row);
    y += LINE;
  }
  return out;
}

/**
 * Outside labels on the side their slice faces, centred at the height of its middle, then pushed
 * apart (down, then back up from the bottom edge) so no two overlap; `heights` per label, px.
 */
export function placeOutside(
  slices: readonly DonutSlice[],
  heights: readonly number[],
  radius: number,
  cx: number,
  cy: number,
  bottom: number,
): PlacedLabel[] {
  const placed = slices.map((slice, i) => {
    const mid = (slice.startAngle + slice.endAngle) / 2;
    const side: -1 | 1 = Math.sin(mid) >= 0 ? 1 : -1;
    const sx = Math.sin(mid);
    const sy = -Math.cos(mid);
    return {
      slice,
      side,
      ax: cx + sx * radius,
      ay: cy + sy * radius,
      ex: cx + sx * (radius + ELBOW),
      y: cy + sy * (radius + ELBOW),
      h: heights[i] ?? LINE,
    };
  });
  for (const side of [-1, 1] as const) {
    const column = placed.filter((p) => p.side === side).sort((a, b) => a.y - b.y);
    for (let i = 0; i < column.length; i++) {
      const here = column[i]!;
      const above = column[i - 1];
      const min = above === undefined ? here.h / 2 : above.y + (above.h + here.h) / 2;
      if (here.y < min) here.y = min;
    }
    for (let i = column.length - 1; i >= 0; i--) {
      const here = column[i]!;
      const below = column[i + 1];
      const max = below === undefined ? bottom - here.h / 2 : below.y - (below.h + here.h) / 2;
      if (here.y > max) here.y = max;
    }
  }
  return placed.map(({ h: _h, ...p }) => p);
}

/**
 * A slice label in `room` px: the name on up to two lines and the share in bold after it on the
 * last line, or on a line of its own when the name fills the last line.
 */
export function shareLabel(
  name: string,
  share: string,
  room: number,
): { lines: string[]; truncated: boolean } {
  const shareWidth = textWidth(` ${share}`, LABEL_FONT_SIZE, true);
  return fitLabels([name], room, { lines: 2, reserveLast: shareWidth })[0]!;
}
