/**
 * The bars themselves: one rect per reported value in its grade or series colour, with its
 * title and mark, its value label, and "belum input" where a missing value's bar would be.
 */

import { isPlaced } from '../absent.ts';
import { INK, seriesColor } from '../palette.ts';
import { valueWithCategory } from '../summary.ts';
import { round, svgEl } from '../svg.ts';
import type { Box, ChartContext, ChartMark } from '../types.ts';
import { boxAttrs, hitBox, pieceBox, type Frame } from './frame.ts';
import { endLabel, insideLabel } from './labels.ts';
import { VALUE_FONT_SIZE, type BarPiece } from './layout.ts';
import { drawMissing } from './missing.ts';
import type { BarMode, BarsOptions } from './options.ts';
import { endText, type BarsPlan } from './plan.ts';

/** What drawing one piece needs. */
interface PieceScene {
  d: Document;
  frame: Frame;
  plan: BarsPlan;
  options: BarsOptions;
  context: ChartContext;
  bars: SVGGElement;
  values: SVGGElement;
  marks: ChartMark[];
}

export interface DrawnPieces {
  /** The bars and missing-value notes. */
  bars: SVGGElement;
  /** The value labels (totals are added by the caller). */
  values: SVGGElement;
  marks: ChartMark[];
}

export function drawPieces(
  d: Document,
  frame: Frame,
  plan: BarsPlan,
  options: BarsOptions,
  context: ChartContext,
): DrawnPieces {
  const bars = svgEl(d, 'g', { class: 'pantau-bars-marks' });
  const values = svgEl(d, 'g', {
    class: 'pantau-bars-values',
    'font-size': VALUE_FONT_SIZE,
    fill: INK.text,
  });
  const scene: PieceScene = { d, frame, plan, options, context, bars, values, marks: [] };
  for (const piece of plan.pieces) drawPiece(scene, piece);
  return { bars, values, marks: scene.marks };
}

function drawPiece(scene: PieceScene, piece: BarPiece): void {
  const { d, frame, plan, context } = scene;
  const { mode, single } = plan;
  const { formatValue } = context;
  const box = pieceBox(frame, piece);
  const category = plan.categories?.[piece.label] ?? null;
  // A stack with no part reported is one "belum input" for the unit, not one per part.
  const wholeStackMissing = mode === 'stacked' && plan.totals?.[piece.label] === null;
  const { label, selection } = describe(scene, piece, single || wholeStackMissing);
  if (!isPlaced(piece.value)) {
    // Stacked: one "belum input" per label, only when no part of it is reported.
    if (mode === 'stacked' && (!wholeStackMissing || piece.series > 0)) return;
    // "tak terhitung (dibagi nol)" for NaN, "belum input" for null: formatValue tells them apart.
    const roomy = mode === 'stacked' || single;
    const missing = drawMissing(d, frame, box, piece.value, formatValue, roomy);
    scene.bars.append(missing.node);
    scene.marks.push(mark(piece, label, missing.box, selection, mode));
    return;
  }
  const fill = category?.color ?? seriesColor(single ? 0 : piece.series);
  const rect = svgEl(d, 'rect', { class: 'pantau-bar', ...boxAttrs(box), fill });
  rect.append(svgEl(d, 'title', {}, label));
  scene.bars.append(rect);
  scene.marks.push(mark(piece, label, hitBox(box, frame.horizontal), selection, mode));
  if (!plan.showValues || !frame.valuesFit) return;
  if (mode === 'stacked') {
    const inside = insideLabel(d, frame, box, formatValue(piece.value));
    if (inside) scene.values.append(inside);
  } else {
    const text = endText(plan, piece, formatValue);
    scene.values.append(...endLabel(d, frame, box, piece, text, category));
  }
}

/** A piece's mark label ("Unit A, 2024: 82,10 (B, Baik)") and the selection it publishes. */
function describe(
  scene: PieceScene,
  piece: BarPiece,
  wholeLabel: boolean,
): { label: string; selection: Readonly<Record<string, unknown>> | undefined } {
  const { plan, context } = scene;
  const category = plan.categories?.[piece.label] ?? null;
  const name = plan.labels[piece.label] ?? '';
  const seriesName = plan.series[piece.series]?.name ?? '';
  const who = wholeLabel ? name : `${name}, ${seriesName}`;
  const note = plan.notes?.[piece.label];
  const value = valueWithCategory(piece.value, category, context.formatValue, true);
  return {
    label: `${who}: ${value}${note ? `, ${note}` : ''}`,
    selection: selectionOf(scene.options, name, wholeLabel ? null : seriesName),
  };
}

function selectionOf(
  options: BarsOptions,
  label: string,
  seriesName: string | null,
): Readonly<Record<string, unknown>> | undefined {
  const selection: Record<string, unknown> = {};
  if (options.xField) selection[options.xField] = label;
  if (seriesName !== null && options.seriesField) selection[options.seriesField] = seriesName;
  return Object.keys(selection).length > 0 ? selection : undefined;
}

function mark(
  piece: BarPiece,
  label: string,
  box: Box,
  selection: Readonly<Record<string, unknown>> | undefined,
  mode: BarMode,
): ChartMark {
  const m: ChartMark = { index: piece.label, label, box: roundBox(box) };
  // Several series: a grid, so Up/Down change units and Left/Right walk the series.
  if (mode !== 'single') {
    m.row = piece.label;
    m.col = piece.series;
  }
  if (selection !== undefined) m.selection = selection;
  return m;
}

function roundBox(box: Box): Box {
  return { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
}
