/** What a bar chart is given: its data shapes and options (the public contract of renderBars). */

import type { SummaryNoun } from '../summary.ts';
import type { ValueCategory } from '../types.ts';

export interface BarSeries {
  name: string;
  values: readonly (number | null)[];
}

/** One value per label (a ranking). */
export interface SingleBarsData {
  labels: readonly string[];
  values: readonly (number | null)[];
}

/** Several values per label (years side by side, or parts of a whole). */
export interface SeriesBarsData {
  labels: readonly string[];
  series: readonly BarSeries[];
}

export type BarsData = SingleBarsData | SeriesBarsData;

export type BarOrientation = 'horizontal' | 'vertical';
export type BarMode = 'single' | 'grouped' | 'stacked';

export interface BarsOptions {
  /** Default: vertical for a few short labels, horizontal (a ranking) otherwise. */
  orientation?: BarOrientation;
  /** Default: `single` for `values`, `grouped` for `series`. */
  mode?: BarMode;
  /** A reference value drawn as a dashed line with its label ("Target 80,00"). */
  target?: number | null;
  /** Label of the target line; default "Target". */
  targetLabel?: string;
  /** Grade per label (single series): bar colour and a letter badge next to the value. */
  categories?: readonly (ValueCategory | null)[];
  /**
   * A short note per label (single series), written after its value, in its mark's label and in
   * a column of the data table: e.g. "⚠ n = 50" for an IKM from too few respondents.
   */
  notes?: readonly (string | null)[];
  /** Value labels at the bars' ends. Default true. */
  showValues?: boolean;
  /** Column the labels come from: marks select `{ [xField]: label }`. */
  xField?: string;
  /** Column the series come from: marks of a series also select `{ [seriesField]: name }`. */
  seriesField?: string;
  /** Header of the label column in the data table (default: xField, else "Label"). */
  labelHeader?: string;
  /** Header of the value column for a single series (default "Nilai" / "Value"). */
  valueHeader?: string;
  /** What the labels are, for "3 unit belum input" (default unit/units). */
  noun?: SummaryNoun;
  /** Draw the series legend inside the SVG (so exports keep it). Default true. */
  legend?: boolean;
}
