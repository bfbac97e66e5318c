/** What a KPI tile is given: its data and options (the public contract of renderKpi). */

import type { ValueCategory, ValueFormatter } from '../types.ts';
import type { KpiPeriods } from './period.ts';
import type { SparklineData } from './sparkline.ts';

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
