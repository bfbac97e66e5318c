/**
 * Boundary labels: the domain ends under the ring's ends, and every band's start outside the
 * ring; one that would crowd its neighbour (or the end label) is left out.
 */

import { INK } from '../palette.ts';
import { svgEl } from '../svg.ts';
import { textWidth } from '../text.ts';
import type { Dial } from './dial.ts';
import { gaugeAngle, HALF } from './scale.ts';

/** The boundaries to label, how each is written, and the room kept for the end labels. */
export interface Boundaries {
  values: number[];
  text: (value: number) => string;
  endRoom: number;
}

export function drawTicks(
  d: Document,
  dial: Dial,
  boundaries: Boundaries,
  domain: readonly [number, number],
): SVGGElement {
  const { cy, radius, thickness, polar } = dial;
  const { values, endRoom } = boundaries;
  const ticksG = svgEl(d, 'g', { class: 'pantau-gauge-ticks', fill: INK.muted, 'font-size': 10 });
  let lastEnd = -Infinity;
  values.forEach((value, i) => {
    const angle = gaugeAngle(value, domain);
    const label = boundaries.text(value);
    const along = (angle + HALF) * (radius + 4);
    const w = textWidth(label, 10);
    const isEnd = i === 0 || i === values.length - 1;
    if (!isEnd && along - w / 2 < lastEnd + 4) return;
    if (!isEnd && along + w / 2 > Math.PI * (radius + 4) - endRoom - 4) return;
    const at = polar(angle, radius + 4);
    const anchor =
      Math.abs(Math.sin(angle)) < 0.3 ? 'middle' : Math.sin(angle) > 0 ? 'start' : 'end';
    ticksG.append(
      svgEl(
        d,
        'text',
        {
          x: isEnd ? polar(angle, radius - thickness / 2).x : at.x,
          y: isEnd ? cy + 13 : at.y,
          dy: isEnd ? null : '-0.2em',
          'text-anchor': isEnd ? 'middle' : anchor,
        },
        label,
      ),
    );
    lastEnd = along + w / 2;
  });
  return ticksG;
}
