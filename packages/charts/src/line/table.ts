/**
 * A line chart's data table: exactly the points drawn, missing periods as "belum input".
 */

import { say, CHART_WORDS } from '@pantau/messages';
import { formatCount } from '../summary.ts';
import { POINT_NOUN } from '../period-nouns.ts';
import type { ChartContext, DataTable } from '../types.ts';
import type { LineAxis } from './data.ts';
import { counted } from '../summary.ts';
import { xLabeller } from './labels.ts';

export interface LineTableOptions {
  /** Header of the x column (default "Periode" / "Period"). */
  xHeader?: string;
  /** Header of the value column for one unnamed series (default "Nilai" / "Value"). */
  valueHeader?: string;
  target?: number | null;
  targetLabel?: string;
}

/**
 * One row per drawn x (`rows` = axis rows kept; all of them unless the line was reduced), one
 * column per series. A reduced line says so in the caption, with how many points it keeps. Give
 * it a memoised formatValue (format-memo.ts): it formats every drawn value.
 */
export function lineTable(
  axis: LineAxis,
  names: readonly string[],
  rows: readonly number[],
  reduced: boolean,
  options: LineTableOptions,
  context: ChartContext,
): DataTable {
  const { lang, formatValue } = context;
  const single = names.length === 1;
  const headers = [
    options.xHeader ?? say(CHART_WORDS, lang, 'period'),
    ...names.map((name) =>
      single && name === '' ? (options.valueHeader ?? say(CHART_WORDS, lang, 'value')) : name,
    ),
  ];
  const label = xLabeller(axis, context);
  const series = axis.values.length;
  const tableRows = rows.map((k) => {
    const row = new Array<string>(series + 1);
    row[0] = label(axis.xs[k]!);
    for (let s = 0; s < series; s++) row[s + 1] = formatValue(axis.values[s]![k] ?? null);
    return row;
  });
  let caption = context.title !== undefined && context.title !== '' ? context.title : headers[1]!;
  const target = options.target ?? null;
  if (target !== null) {
    caption += `; ${options.targetLabel ?? say(CHART_WORDS, lang, 'target')} ${formatValue(target)}`;
  }
  if (reduced) {
    const total = counted(axis.xs.length, POINT_NOUN, lang);
    caption += ` (${say(CHART_WORDS, lang, 'reduced')}: ${formatCount(rows.length, lang)} ${say(CHART_WORDS, lang, 'of')} ${total})`;
  }
  return {
    caption,
    headers,
    rows: tableRows,
    numeric: headers.map((_, i) => i > 0),
  };
}
