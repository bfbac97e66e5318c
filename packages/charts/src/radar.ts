/**
 * Radar: a profile over several axes (IKM U1..U9 NRR on 1..4, the six PEKPPP aspects), one or more
 * series. Rings with their values, spokes with the axis code and (room permitting) its name, each
 * series in its own colour AND marker shape, with a legend when there are several. A value not
 * reported breaks the outline (no point, no line through the axis) and the axis says "belum
 * input": a missing element never pulls the profile to the centre as if it scored the minimum.
 */

import { isNotComputable } from './absent.ts';
import { scaleLinear } from 'd3-scale';
import { fittedText, labelText, tickFormatter } from './axes.ts';
import { fitLabels } from './shared/label-fit.ts';
import { drawLegend, seriesSymbol, symbolPath } from './legend.ts';
import { INK, seriesColor } from './palette.ts';
import { joinSentences, rankingSummary, type SummaryNoun } from './summary.ts';
import { doc, ensureTitle, round, svgEl, svgRoot } from './svg.ts';
import { LABEL_FONT_SIZE, textWidth, wrapLines } from './text.ts';
import type { ChartContext, ChartMark, ChartOutput, LegendItem } from './types.ts';
import { word } from './words.ts';

export interface RadarSeries {
  name: string;
  /** One value per axis, in axis order; null = not reported. */
  values: readonly (number | null)[];
}

export interface RadarData {
  /** Short axis names drawn at the spokes ("U1"). */
  axes: readonly string[];
  /** Long names ("Persyaratan"), drawn under the short ones when there is room; in the table. */
  axisLabels?: readonly string[];
  series: readonly RadarSeries[];
}

export interface RadarOptions {
  /** Fixed scale, e.g. [1, 4] for IKM NRR; default 0 to the largest value, rounded up. */
  domain?: readonly [number, number];
  /** Ring values; default about four nice ticks of the domain. */
  rings?: readonly number[];
  /** Header of the axis column in the data table; default "Sumbu". */
  axisTitle?: string;
  /** Field names for a mark's `selection` (`{ [seriesField]: name, [axisField]: axis }`). */
  seriesField?: string;
  axisField?: string;
}

/** The noun counted in "1 sumbu belum input". */
const AXIS_NOUN: SummaryNoun = Object.freeze({ id: 'sumbu', en: 'axis', enPlural: 'axes' });

/** A run of consecutive reported axes (cyclic), drawn as one piece of the outline. */
export interface RadarRun {
  /** Axis indices in drawing order. */
  axes: number[];
  /** True when every axis is reported: the outline closes and is filled. */
  closed: boolean;
}

/**
 * The pieces of a series' outline: the whole closed polygon when nothing is missing, else the
 * runs between missing axes (a run may wrap from the last axis to the first).
 */
export function radarRuns(values: readonly (number | null)[]): RadarRun[] {
  const n = values.length;
  const reported = values.map((v) => v !== null && Number.isFinite(v));
  if (n === 0 || reported.every((r) => !r)) return [];
  if (reported.every((r) => r)) return [{ axes: values.map((_, i) => i), closed: true }];
  // Start just after a missing axis so no run is split by the wrap.
  const start = (reported.lastIndexOf(false) + 1) % n;
  const runs: RadarRun[] = [];
  let current: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (reported[i]) current.push(i);
    else if (current.length > 0) {
      runs.push({ axes: current, closed: false });
      current = [];
    }
  }
  if (current.length > 0) runs.push({ axes: current, closed: false });
  return runs;
}

/** The scale's domain: as given, else 0 to the largest value (nice), [0, 1] with nothing reported. */
export function radarDomain(data: RadarData, options: RadarOptions): [number, number] {
  if (options.domain !== undefined) return [options.domain[0], options.domain[1]];
  const values = data.series.flatMap((s) =>
    s.values.filter((v): v is number => v !== null && Number.isFinite(v)),
  );
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  const nice = scaleLinear()
    .domain([lo, hi > lo ? hi : lo + 1])
    .nice(4)
    .domain();
  return [nice[0] ?? 0, nice[1] ?? 1];
}

/** Angle of axis i of n: 0 at 12 o'clock, clockwise. */
export function radarAngle(i: number, n: number): number {
  return (2 * Math.PI * i) / Math.max(1, n);
}

const PAD = 8;
const LABEL_GAP = 8;
const LINE = 14;
const POINT_RADIUS = 3.5;
const HIT = 7;

/** Where an axis label starts, how it is anchored, and the room it has towards the edge. */
function axisPlace(i: number, n: number, at: { x: number; y: number }, width: number) {
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

type AxisPlace = ReturnType<typeof axisPlace>;

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
function drawAxisLabels(
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

export function renderRadar(
  data: RadarData,
  options: RadarOptions,
  context: ChartContext,
): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const { width, height } = context.size;
  const n = data.axes.length;
  const domain = radarDomain(data, options);
  const root = svgRoot(context, 'pantau-radar');
  const longName = (i: number) => {
    const short = data.axes[i] ?? '';
    const long = data.axisLabels?.[i] ?? '';
    return long === '' || long === short ? short : `${short} ${long}`;
  };
  // Per axis, the series not reported there (null) and those not computable (NaN), apart.
  const missingAt = data.axes.map((_, i) =>
    data.series.filter((s) => s.values[i] === null || s.values[i] === undefined),
  );
  const notComputableAt = data.axes.map((_, i) =>
    data.series.filter((s) => isNotComputable(s.values[i])),
  );

  // Legend under the chart when there are several series (shape + colour + name).
  const legendItems: LegendItem[] = data.series.map((s, i) => ({
    label: s.name,
    color: seriesColor(i),
    symbol: seriesSymbol(i),
  }));
  let legendHeight = 0;
  if (data.series.length > 1) {
    const legend = drawLegend(d, legendItems, { width: width - 2 * PAD, x: PAD, y: 0 });
    legendHeight = legend.height + PAD;
    legend.node.setAttribute(
      'transform',
      `translate(${round(PAD)},${round(height - PAD - legend.height)})`,
    );
    root.append(legend.node);
  }

  // Room for labels around the ring: two lines above and below, and each side as wide as the
  // widest side label needs (names wrap onto two lines), within a quarter of the width.
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

  // Rings (polygons with three or more axes, circles otherwise) and their values on axis 0.
  const rings = options.rings ?? scaleLinear().domain(domain).ticks(4);
  const ringText = tickFormatter(rings, (v) => context.formatValue(v), lang);
  const grid = svgEl(d, 'g', { class: 'pantau-radar-grid', fill: 'none', stroke: INK.grid });
  for (const value of rings) {
    const r = scale(value);
    if (r <= 0) continue;
    if (n >= 3) {
      const points = data.axes.map((_, i) => polar(i, r));
      grid.append(
        svgEl(d, 'polygon', {
          points: points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
        }),
      );
    } else grid.append(svgEl(d, 'circle', { cx, cy, r }));
  }
  data.axes.forEach((_, i) => {
    const end = polar(i, radius);
    grid.append(svgEl(d, 'line', { x1: cx, y1: cy, x2: end.x, y2: end.y, stroke: INK.grid }));
  });
  root.append(grid);
  const ringLabels = svgEl(d, 'g', {
    class: 'pantau-radar-rings',
    fill: INK.muted,
    'font-size': 10,
  });
  for (const value of rings) {
    const r = scale(value);
    // Beside axis 0, nudged right of the spoke so the line does not strike through the digits.
    ringLabels.append(svgEl(d, 'text', { x: cx + 3, y: cy - r, dy: '-0.2em' }, ringText(value)));
  }
  root.append(ringLabels);

  // Axis labels: the short name, then the long one and any "belum input" note, each fitted.
  const places = data.axes.map((_, i) => axisPlace(i, n, polar(i, radius + LABEL_GAP), width));
  const notes = data.axes.map((_, i) => {
    const out: string[] = [];
    for (const [absent, what] of [
      [notComputableAt[i] ?? [], 'notComputable'],
      [missingAt[i] ?? [], 'notReported'],
    ] as const) {
      if (absent.length === 0) continue;
      out.push(
        data.series.length === 1
          ? word(what, lang)
          : `${word(what, lang)}: ${absent.map((s) => s.name).join(', ')}`,
      );
    }
    return out;
  });
  root.append(drawAxisLabels(d, data, places, notes));

  // Series: outline pieces, light fill when closed, a marker per reported axis.
  const marks: ChartMark[] = [];
  const seriesG = svgEl(d, 'g', { class: 'pantau-radar-series' });
  data.series.forEach((series, s) => {
    const color = seriesColor(s);
    const symbol = seriesSymbol(s);
    const g = svgEl(d, 'g', { class: 'pantau-radar-serie' });
    const point = (i: number) => polar(i, scale(series.values[i]!));
    for (const run of radarRuns(series.values.slice(0, n))) {
      const pts = run.axes.map(point);
      const pathData =
        pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('') +
        (run.closed ? 'Z' : '');
      if (pts.length < 2) continue;
      g.append(
        svgEl(d, 'path', {
          d: pathData,
          fill: run.closed ? color : 'none',
          'fill-opacity': run.closed ? 0.12 : null,
          stroke: color,
          'stroke-width': 2,
          'stroke-linejoin': 'round',
        }),
      );
    }
    data.axes.forEach((_, i) => {
      const value = series.values[i] ?? null;
      const reported = value !== null && Number.isFinite(value);
      const label = `${data.series.length > 1 ? `${series.name} · ` : ''}${longName(i)}: ${context.formatValue(value)}`;
      const at = reported ? point(i) : polar(i, radius + LABEL_GAP);
      if (reported) {
        g.append(
          svgEl(d, 'path', {
            d: symbolPath(symbol, at.x, at.y, POINT_RADIUS),
            fill: color,
            stroke: INK.surface,
            'stroke-width': 1,
          }),
        );
      }
      const selection: Record<string, unknown> = {};
      if (options.seriesField !== undefined) selection[options.seriesField] = series.name;
      if (options.axisField !== undefined) selection[options.axisField] = data.axes[i];
      marks.push({
        index: s * n + i,
        label,
        box: { x: round(at.x - HIT), y: round(at.y - HIT), width: 2 * HIT, height: 2 * HIT },
        row: s,
        col: i,
        ...(Object.keys(selection).length > 0 ? { selection } : {}),
      });
    });
    seriesG.append(g);
  });
  root.append(seriesG);

  const summary = radarSummary(data, context);
  ensureTitle(root, d, summary);
  const rows = data.axes.map((_, i) => [
    longName(i),
    ...data.series.map((s) => context.formatValue(s.values[i] ?? null)),
  ]);
  return {
    node: root,
    marks,
    table: {
      caption: context.title ?? '',
      headers: [
        options.axisTitle ?? word('axis', lang),
        ...data.series.map((s) => (s.name === '' ? word('value', lang) : s.name)),
      ],
      rows,
      numeric: [false, ...data.series.map(() => true)],
    },
    summary,
    ...(data.series.length > 1 ? { legend: legendItems } : {}),
    surface: 'svg',
  };
}

/**
 * Per series, the strongest and weakest axes (ties named) and the axes not reported:
 * "Tertinggi: U7 Perilaku Pelaksana 3,62. Terendah: U3 Waktu Penyelesaian 3,01."
 */
export function radarSummary(data: RadarData, context: ChartContext): string {
  const labels = data.axes.map((axis, i) => {
    const long = data.axisLabels?.[i];
    return long === undefined || long === '' || long === axis ? axis : `${axis} ${long}`;
  });
  if (data.series.length === 0 || data.axes.length === 0) return `${word('noData', context.lang)}.`;
  const options = { lang: context.lang, formatValue: context.formatValue, noun: AXIS_NOUN };
  const sentences = data.series.map((s) => {
    const text = rankingSummary(labels, s.values.slice(0, labels.length), options);
    return data.series.length > 1 ? `${s.name}: ${text}` : text;
  });
  return joinSentences(...sentences);
}
