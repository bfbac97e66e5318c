/**
 * A radar's axis labels at the end of each spoke: the short name in bold, the long name (room
 * permitting) and the "belum input" / "tak terhitung" notes, fitted to the room towards the edge.
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { isNotComputable } from '../absent.ts';
import { fittedText, labelText } from '../axes.ts';
import { INK } from '../palette.ts';
import { fitLabels } from '../shared/label-fit.ts';
import { svgEl } from '../svg.ts';
import { LABEL_FONT_SIZE } from '../text.ts';
import type { ChartLang } from '../types.ts';
import { radarAngle, type RadarData } from './data.ts';
import { LINE, PAD } from './frame.ts';

/** Where an axis label starts, how it is anchored, and the room it has towards the edge. */
export function axisPlace(i: number, n: number, at: { x: number; y: number }, width: number) {
  const a = radarAngle(i, n);
  const sin = Math.sin(a);
  const anchor = sin > 0.2 ? 'start' : sin < -0.2 ? 'end' : 'middle';
  const room =
    anchor === 'start'
      ? width - PAD - at.x
      : anchor === 'end'
        ? at.x - PAD
        : 2 * Math.min(at.x - PAD, width - PAD - at.x);
  return { at, anchor, room, cos: Math.cos(a) };
}

export type AxisPlace = ReturnType<typeof axisPlace>;

interface AxisLine {
  text: string;
  attrs: Record<string, string | number>;
  /** The whole name, when this line shows it shortened. */
  title?: string;
}

/**
 * Each axis's lines at its spoke: the short name in bold, the long name, then its notes. Long
 * names (PEKPPP aspects as axes) wrap onto a second line rather than lose their end, and are
 * fitted together so axes that share a start ("U8 Penang…") keep what tells them apart.
 */
export function drawAxisLabels(
  d: Document,
  data: RadarData,
  places: readonly AxisPlace[],
  notes: readonly (readonly string[])[],
): SVGGElement {
  const labelsG = svgEl(d, 'g', { class: 'pantau-radar-axes', 'font-size': LABEL_FONT_SIZE });
  // Bold is about 6% wider than the regular weight the estimate measures.
  const rooms = places.map((p) => Math.max(20, p.room));
  const names = fitLabels(
    data.axes,
    rooms.map((r) => r / 1.06),
    { lines: 2 },
  );
  const longs = data.axes.map((axis, i) => {
    const long = data.axisLabels?.[i];
    return long !== undefined && long !== '' && long !== axis && (places[i]?.room ?? 0) >= 40
      ? long
      : '';
  });
  const longFits = fitLabels(
    longs,
    places.map((p) => p.room),
    { lines: 2 },
  );
  data.axes.forEach((axis, i) => {
    const { at, anchor, cos } = places[i]!;
    const name = names[i]!;
    const lines: AxisLine[] = name.lines.map((text, k) => ({
      text,
      attrs: { 'font-weight': 700, fill: INK.text },
      ...(k === 0 && name.truncated ? { title: axis } : {}),
    }));
    if (longs[i] !== '') {
      longFits[i]!.lines.forEach((text, k) => {
        const title = k === 0 && longFits[i]!.truncated ? longs[i] : undefined;
        lines.push({ text, attrs: { fill: INK.muted }, ...(title ? { title } : {}) });
      });
    }
    for (const note of notes[i] ?? []) {
      lines.push({ text: note, attrs: { fill: INK.muted, 'font-style': 'italic' } });
    }
    // Top labels grow upwards, bottom ones downwards, side ones centre on the spoke.
    const blockTop =
      cos > 0.2 ? at.y - lines.length * LINE : cos < -0.2 ? at.y : at.y - (lines.length * LINE) / 2;
    lines.forEach((line, k) => {
      const attrs = {
        ...line.attrs,
        class: k === 0 ? 'pantau-radar-axis' : null,
        x: at.x,
        y: blockTop + k * LINE + LINE / 2,
        dy: '0.32em',
        'text-anchor': anchor,
      };
      labelsG.append(
        line.title === undefined
          ? fittedText(d, attrs, line.text, rooms[i]!)
          : labelText(d, attrs, line.title, { lines: [line.text], truncated: true }),
      );
    });
  });
  return labelsG;
}

/**
 * Per axis, its notes: the series not computable there (NaN), then those not reported (null),
 * named when there are several.
 */
export function axisNotes(data: RadarData, lang: ChartLang): string[][] {
  return data.axes.map((_, i) => {
    const out: string[] = [];
    const notComputable = data.series.filter((s) => isNotComputable(s.values[i]));
    const missing = data.series.filter((s) => s.values[i] === null || s.values[i] === undefined);
    for (const [absent, what] of [
      [notComputable, 'notComputable'],
      [missing, 'notReported'],
    ] as const) {
      if (absent.length === 0) continue;
      out.push(
        data.series.length === 1
          ? say(CHART_WORDS, lang, what)
          : `${say(CHART_WORDS, lang, what)}: ${absent.map((s) => s.name).join(', ')}`,
      );
    }
    return out;
  });
}
