/** What a bar chart will draw, decided once from its data and options before anything is placed. */

import { say, CHART_WORDS } from '@pantau/messages';
import type { ChartContext, ValueCategory, ValueFormatter } from '../types.ts';
import { chooseOrientation, layoutPieces, seriesOf, stackTotals, type BarPiece } from './layout.ts';
import type { BarMode, BarSeries, BarsData, BarsOptions } from './options.ts';

export interface BarsPlan {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** The data came as one series (a ranking). */
  single: boolean;
  mode: BarMode;
  horizontal: boolean;
  showValues: boolean;
  /** Grades and notes apply to a single series only. */
  categories: readonly (ValueCategory | null)[] | undefined;
  notes: readonly (string | null)[] | undefined;
  target: number | null;
  /** "Target 80,00": the target line's label. */
  targetText: string;
  pieces: BarPiece[];
  /** Per-label sums when stacked, else null. */
  totals: (number | null)[] | null;
}

export function barsPlan(data: BarsData, options: BarsOptions, context: ChartContext): BarsPlan {
  const { lang, formatValue } = context;
  const labels = data.labels;
  const { series, single } = seriesOf(data);
  const mode: BarMode = single ? 'single' : (options.mode ?? 'grouped');
  const orientation = options.orientation ?? chooseOrientation(labels, context.size.width);
  const target = options.target ?? null;
  return {
    labels,
    series,
    single,
    mode,
    horizontal: orientation === 'horizontal',
    showValues: options.showValues !== false,
    categories: mode === 'single' ? options.categories : undefined,
    notes: mode === 'single' ? options.notes : undefined,
    target,
    targetText: `${options.targetLabel ?? say(CHART_WORDS, lang, 'target')} ${formatValue(target)}`,
    pieces: layoutPieces(labels, series, mode),
    totals: mode === 'stacked' ? stackTotals(labels, series) : null,
  };
}

/** The value as written at a bar's end, with its note. */
export function endText(plan: BarsPlan, piece: BarPiece, formatValue: ValueFormatter): string {
  const note = plan.notes?.[piece.label];
  return note ? `${formatValue(piece.value)} ${note}` : formatValue(piece.value);
}
