/**
 * KPI tile: the headline number of a measure, its change against the previous period, a
 * sparkline of its recent periods, its official category and progress towards a target. Drawn as
 * one SVG (not HTML) so the tile exports to SVG/PNG like every other chart and lays out the same in
 * every browser. The change is shown as arrow, sign and colour together: colour is never the only
 * signal.
 */

import { isNotComputable, isPlaced } from './absent.ts';
import { fittedText } from './axes.ts';
import { formatShare } from './shared/share.ts';
import { kpiComparedText, kpiCompareLabel, kpiPeriodLine, type KpiPeriods } from './kpi-period.ts';
import { drawSparkline, type SparklineData } from './sparkline.ts';
import { INK, seriesColor } from './palette.ts';
import { doc, ensureTitle, svgEl, svgRoot } from './svg.ts';
import { textWidth, truncateText } from './text.ts';
import type {
  Box,
  ChartContext,
  ChartLang,
  ChartMark,
  ChartOutput,
  ValueCategory,
  ValueFormatter,
} from './types.ts';
import { word } from './words.ts';

export interface KpiData {
  /** The headline value (the latest period); null = not reported. */
  value: number | null;
  /** The previous period's value: undefined = no comparison, null = not reported. */
  previous?: number | null;
  /** Recent periods, oldest first, ending with the headline period. */
  series?: SparklineData;
  /** The value's official category (IKM A..D, ...), decided by the widget. */
  category?: ValueCategory | null;
  /** Target value; undefined or null = none. */
  target?: number | null;
}

export interface KpiOptions extends KpiPeriods {
  /** What the number is, e.g. "Indeks Kepuasan Masyarakat". */
  label?: string;
  /** Whether a rise is good news (green); default true. False for e.g. days to complete. */
  higherIsBetter?: boolean;
  /**
   * Formats the size of a change; default the value's own format. A rate's change is better
   * read in percentage points ("+2,2 poin") than as a percentage of a percentage.
   */
  formatChange?: ValueFormatter;
  /**
   * A warning about the figure, e.g. too few respondents: `line` in the tile (starting with an
   * icon such as "⚠", so it never rests on colour), `detail` in the data table and summary.
   */
  note?: { line: string; detail: string };
}

export type ChangeDirection = 'up' | 'down' | 'same';

export interface KpiChange {
  direction: ChangeDirection;
  /** value - previous. */
  delta: number;
  /** Good news, bad news, or neither (no change). */
  sentiment: 'good' | 'bad' | 'neutral';
  /** ▲ ▼ ■: the shape says the direction without colour. */
  arrow: string;
  /** "+1,20", "−1,10" (a true minus sign), or "tetap". */
  text: string;
  /** The absolute change as formatted, "1,20"; empty when unchanged. */
  amount: string;
}

const ARROWS: Record<ChangeDirection, string> = { up: '▲', down: '▼', same: '■' };
const MINUS = '\u2212';

/**
 * The change from `previous` to `value`, or null when either is missing. A change that rounds
 * to zero in the value's own format counts as unchanged: "▲ +0,00" would contradict itself.
 */
export function kpiChange(
  value: number | null,
  previous: number | null | undefined,
  formatValue: ValueFormatter,
  lang: ChartLang,
  higherIsBetter = true,
): KpiChange | null {
  if (value === null || previous === null || previous === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(previous)) return null;
  const delta = value - previous;
  const amount = formatValue(Math.abs(delta));
  if (delta === 0 || amount === formatValue(0)) {
    return {
      direction: 'same',
      delta,
      sentiment: 'neutral',
      arrow: ARROWS.same,
      text: word('unchanged', lang),
      amount: '',
    };
  }
  const direction: ChangeDirection = delta > 0 ? 'up' : 'down';
  const good = direction === 'up' ? higherIsBetter : !higherIsBetter;
  return {
    direction,
    delta,
    sentiment: good ? 'good' : 'bad',
    arrow: ARROWS[direction],
    text: `${delta > 0 ? '+' : MINUS}${amount}`,
    amount,
  };
}

export interface KpiTarget {
  met: boolean;
  /** value / target, when a rise is good and the target is positive; else null. */
  ratio: number | null;
}

/** Whether the target is met (at or above it, or at or below it when lower is better). */
export function kpiTarget(
  value: number | null,
  target: number | null | undefined,
  higherIsBetter = true,
): KpiTarget | null {
  if (value === null || target === null || target === undefined) return null;
  if (!Number.isFinite(value) || !Number.isFinite(target)) return null;
  const met = higherIsBetter ? value >= target : value <= target;
  const ratio = higherIsBetter && target > 0 ? value / target : null;
  return { met, ratio };
}

/** A grade letter (A, B-) rather than an identifier (IID's `sangat-inovatif`). */
function isLetter(code: string): boolean {
  return code.length <= 2;
}

/**
 * "A · Sangat Baik": letter and label, so the category never rests on its colour; just the label
 * when the code is an identifier rather than a letter ("Sangat Inovatif").
 */
export function categoryBadgeText(category: ValueCategory): string {
  if (category.label === '') return category.code;
  return isLetter(category.code) ? `${category.code} · ${category.label}` : category.label;
}

/** "A, Sangat Baik" (or just the label) for sentences and announcements. */
export function categoryNote(category: ValueCategory): string {
  if (category.label === '') return category.code;
  return isLetter(category.code) ? `${category.code}, ${category.label}` : category.label;
}

const PAD = 12;
const LABEL_SIZE = 13;
const ROW_SIZE = 12;
const BADGE_SIZE = 12;
const BADGE_HEIGHT = 20;
const MIN_SPARK = 20;

/** The KPI tile. Marks: the sparkline's periods, or the value itself when there is no series. */
export function renderKpi(data: KpiData, options: KpiOptions, context: ChartContext): ChartOutput {
  const d = doc(context);
  const lang = context.lang;
  const { width, height } = context.size;
  const higherIsBetter = options.higherIsBetter ?? true;
  const compareLabel = kpiCompareLabel(options, lang);
  const label = options.label ?? '';
  const inner = Math.max(0, width - 2 * PAD);
  const root = svgRoot(context, 'pantau-kpi');
  const rows: string[][] = [];
  let y = PAD;

  // The period ("Jun 2024 · vs Mei 2024") at the right of the label's row when both fit, so
  // naming it costs the sparkline no height; on a row of its own otherwise.
  const periodLine = kpiPeriodLine(options);
  const periodWidth = periodLine === '' ? 0 : textWidth(periodLine, ROW_SIZE) + 12;
  const shareRow = label === '' || textWidth(label, LABEL_SIZE) + periodWidth <= inner;
  if (label !== '') {
    const room = shareRow ? inner - periodWidth : inner;
    root.append(
      fittedText(
        d,
        { class: 'pantau-kpi-label', x: PAD, y: y + LABEL_SIZE, fill: INK.muted, 'font-size': 13 },
        label,
        room,
        LABEL_SIZE,
      ),
    );
    if (!shareRow) y += LABEL_SIZE + 8;
  }
  if (periodLine !== '') {
    const attrs = shareRow
      ? { x: PAD + inner, y: y + LABEL_SIZE, 'text-anchor': 'end' }
      : { x: PAD, y: y + ROW_SIZE };
    root.append(
      fittedText(
        d,
        { class: 'pantau-kpi-period', ...attrs, fill: INK.muted, 'font-size': ROW_SIZE },
        periodLine,
        inner,
        ROW_SIZE,
      ),
    );
    rows.push([word('period', lang), periodLine]);
  }
  if (label !== '' || periodLine !== '') y += (shareRow ? LABEL_SIZE : ROW_SIZE) + 8;

  // The value: as big as the tile allows, shrunk until it fits the width.
  const valueText = context.formatValue(data.value);
  // Null ("belum input") or NaN ("tak terhitung (dibagi nol)"): muted words, not a figure.
  const missing = !isPlaced(data.value);
  let valueSize = clamp(height * 0.26, 20, 40);
  if (missing) valueSize = Math.max(16, valueSize * 0.6);
  while (valueSize > 12 && textWidth(valueText, valueSize, !missing) > inner) valueSize -= 1;
  const valueBaseline = y + valueSize * 0.85;
  root.append(
    svgEl(
      d,
      'text',
      {
        class: missing ? 'pantau-kpi-value pantau-missing' : 'pantau-kpi-value',
        x: PAD,
        y: valueBaseline,
        fill: missing ? INK.muted : INK.text,
        'font-size': valueSize,
        'font-weight': missing ? null : 700,
        'font-style': missing ? 'italic' : null,
      },
      valueText,
    ),
  );
  const valueBox: Box = {
    x: PAD,
    y,
    width: Math.min(inner, textWidth(valueText, valueSize, !missing)),
    height: valueSize,
  };
  rows.push([word('value', lang), valueText]);
  y += valueSize + 8;

  // Category badge: beside the value when it fits, else on its own row.
  if (data.category) {
    const text = categoryBadgeText(data.category);
    const badgeWidth = Math.min(inner, textWidth(text, BADGE_SIZE, true) + 16);
    const beside = valueBox.width + 12 + badgeWidth <= inner;
    const bx = beside ? PAD + inner - badgeWidth : PAD;
    const by = beside ? valueBaseline - (valueSize * 0.85) / 2 - BADGE_HEIGHT / 2 : y;
    root.append(
      drawBadge(d, text, data.category.color, {
        x: bx,
        y: by,
        width: badgeWidth,
        height: BADGE_HEIGHT,
      }),
    );
    rows.push([word('category', lang), text]);
    if (!beside) y += BADGE_HEIGHT + 8;
  }

  // Change against the previous period.
  const change = kpiChange(
    data.value,
    data.previous,
    options.formatChange ?? context.formatValue,
    lang,
    higherIsBetter,
  );
  if (change !== null) {
    const colour =
      change.sentiment === 'good'
        ? INK.positive
        : change.sentiment === 'bad'
          ? INK.negative
          : INK.muted;
    const text = svgEl(d, 'text', {
      class: `pantau-kpi-change pantau-kpi-${change.direction}`,
      x: PAD,
      y: y + ROW_SIZE,
      'font-size': ROW_SIZE,
    });
    text.append(
      svgEl(d, 'tspan', { fill: colour, 'font-weight': 700 }, `${change.arrow} ${change.text}`),
    );
    const rest = truncateText(
      ` ${compareLabel}`,
      inner - textWidth(`${change.arrow} ${change.text}`, ROW_SIZE, true),
      ROW_SIZE,
    );
    if (rest.text !== '…') text.append(svgEl(d, 'tspan', { fill: INK.muted }, rest.text));
    root.append(text);
    rows.push([`${word('change', lang)} ${compareLabel}`, `${change.arrow} ${change.text}`]);
    rows.push([word('previousPeriod', lang), context.formatValue(data.previous ?? null)]);
    y += ROW_SIZE + 8;
  } else if (data.value !== null && data.previous === null) {
    root.append(
      fittedText(
        d,
        { class: 'pantau-kpi-change pantau-missing', x: PAD, y: y + ROW_SIZE, fill: INK.muted },
        word('previousNotReported', lang),
        inner,
        ROW_SIZE,
      ),
    );
    rows.push([word('previousPeriod', lang), context.formatValue(null)]);
    y += ROW_SIZE + 8;
  }

  if (options.note !== undefined) {
    root.append(
      fittedText(
        d,
        { class: 'pantau-kpi-note', x: PAD, y: y + ROW_SIZE, fill: INK.text },
        options.note.line,
        inner,
        ROW_SIZE,
      ),
    );
    rows.push([word('note', lang), options.note.detail]);
    y += ROW_SIZE + 8;
  }

  // Progress towards the target: a bullet bar from 0, the value filled, a tick at the target.
  const target = kpiTarget(data.value, data.target, higherIsBetter);
  if (target !== null && data.value !== null && data.target != null) {
    const targetLine = targetText(data.target, target, context.formatValue, lang);
    root.append(
      drawTarget(d, data.value, data.target, target, targetLine, { x: PAD, y, width: inner }),
    );
    rows.push([word('target', lang), targetLine.replace(`${word('target', lang)} `, '')]);
    y += ROW_SIZE + 16;
  }

  // Sparkline in whatever height is left.
  let marks: ChartMark[] = [];
  const series = data.series;
  const sparkHeight = height - PAD - y;
  if (series !== undefined && series.values.length > 0 && sparkHeight >= MIN_SPARK) {
    const drawn = drawSparkline(series, { x: PAD, y, width: inner, height: sparkHeight }, context, {
      color: seriesColor(0),
    });
    root.append(drawn.node);
    marks = drawn.marks;
    rows.push(...drawn.rows);
  }
  if (marks.length === 0) {
    marks = [
      {
        index: 0,
        label: `${label === '' ? word('value', lang) : label}: ${valueText}`,
        box: valueBox,
      },
    ];
  }

  const summary = kpiSummary(data, options, context);
  ensureTitle(root, d, label || summary);
  return {
    node: root,
    marks,
    table: {
      caption: label !== '' ? label : (context.title ?? ''),
      headers: [word('item', lang), word('value', lang)],
      rows,
      numeric: [false, true],
    },
    summary,
    surface: 'svg',
  };
}

/**
 * "Indeks Kepuasan Masyarakat 88,56 (A, Sangat Baik), naik 1,20 dari periode sebelumnya.
 * Target 90,00: capaian 98,4%."
 */
export function kpiSummary(data: KpiData, options: KpiOptions, context: ChartContext): string {
  const lang = context.lang;
  const higherIsBetter = options.higherIsBetter ?? true;
  const name = options.label || context.title || word('value', lang);
  const when = options.period ? `, ${options.period}:` : '';
  const head = `${name}${when} ${context.formatValue(data.value)}`;
  if (data.value === null) return `${head}.`;
  const category = data.category ? ` (${categoryNote(data.category)})` : '';
  const compared = kpiComparedText(options, lang);
  const change = kpiChange(
    data.value,
    data.previous,
    options.formatChange ?? context.formatValue,
    lang,
    higherIsBetter,
  );
  let sentence = `${head}${category}`;
  if (change !== null) {
    sentence +=
      change.direction === 'same'
        ? options.compareLabel === undefined && !options.previousPeriod
          ? `, ${word('unchangedFromPrevious', lang)}`
          : `, ${word('unchanged', lang)} ${compared}`
        : `, ${word(change.direction, lang)} ${change.amount} ${compared}`;
  }
  sentence += '.';
  if (data.previous === null) sentence += ` ${word('previousNotReported', lang)}.`;
  else if (isNotComputable(data.previous)) {
    sentence += ` ${word('previousNotComputable', lang)}.`;
  }
  const target = kpiTarget(data.value, data.target, higherIsBetter);
  if (target !== null && data.target != null) {
    sentence += ` ${targetText(data.target, target, context.formatValue, lang)}.`;
  }
  if (options.note !== undefined) sentence += ` ${options.note.detail}`;
  return sentence;
}

/** "Target 90,00 · capaian 98,4%" or "Target 5 · tercapai". */
function targetText(
  targetValue: number,
  target: KpiTarget,
  formatValue: ValueFormatter,
  lang: ChartLang,
): string {
  const head = `${word('target', lang)} ${formatValue(targetValue)}`;
  if (target.met) return `${head} · ${word('targetMet', lang)}`;
  if (target.ratio !== null) {
    return `${head} · ${word('achievement', lang)} ${formatShare(target.ratio, lang)}`;
  }
  return `${head} · ${word('targetNotMet', lang)}`;
}

function drawBadge(d: Document, text: string, color: string, box: Box): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-kpi-badge' });
  g.append(
    svgEl(d, 'rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 4,
      // White bold text on it: every grade colour in palette.ts reaches 4.5:1 against white.
      fill: color,
    }),
  );
  // fittedText measures regular weight; bold is about 6% wider.
  g.append(
    fittedText(
      d,
      {
        x: box.x + 8,
        y: box.y + box.height / 2 + BADGE_SIZE * 0.35,
        fill: INK.surface,
        'font-size': BADGE_SIZE,
        'font-weight': 700,
      },
      text,
      (box.width - 16) / 1.06,
      BADGE_SIZE,
    ),
  );
  return g;
}

function drawTarget(
  d: Document,
  value: number,
  targetValue: number,
  target: KpiTarget,
  line: string,
  at: { x: number; y: number; width: number },
): SVGGElement {
  const g = svgEl(d, 'g', { class: 'pantau-kpi-target' });
  g.append(
    fittedText(
      d,
      { x: at.x, y: at.y + ROW_SIZE, fill: target.met ? INK.positive : INK.text },
      line,
      at.width,
      ROW_SIZE,
    ),
  );
  // Bullet bar: 0 .. a bit beyond the larger of value and target.
  const top = at.y + ROW_SIZE + 5;
  const max = Math.max(value, targetValue, 0) * 1.1 || 1;
  const x = (v: number) => at.x + (clamp(v, 0, max) / max) * at.width;
  g.append(
    svgEl(d, 'rect', { x: at.x, y: top, width: at.width, height: 6, rx: 3, fill: INK.grid }),
  );
  g.append(
    svgEl(d, 'rect', {
      x: at.x,
      y: top,
      width: x(value) - at.x,
      height: 6,
      rx: 3,
      fill: target.met ? INK.positive : seriesColor(0),
    }),
  );
  g.append(
    svgEl(d, 'line', {
      class: 'pantau-target',
      x1: x(targetValue),
      x2: x(targetValue),
      y1: top - 3,
      y2: top + 9,
      stroke: INK.target,
      'stroke-width': 2,
    }),
  );
  return g;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
