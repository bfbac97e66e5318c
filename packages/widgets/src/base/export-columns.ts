/**
 * A chart's CSV columns as the chart names them: each result column's heading (a group's
 * column, a measure's label, never its expression) and the digits its figures are shown with.
 */

import { formatDecimals, measureLabel, type Lang, type QueryPlan } from '@pantau/core';
import { formatSpec } from './formats.ts';

export interface CsvColumns {
  headers: string[];
  decimals: Record<string, number>;
}

/** `format` is the chart's `format` attribute: it applies to its measures, as on screen. */
export function csvColumns(
  names: readonly string[],
  plan: QueryPlan | null,
  lang: Lang,
  format: string,
): CsvColumns {
  const decimals: Record<string, number> = {};
  const headers = names.map((name) => {
    const measure = plan?.measures?.find((m) => m.as === name)?.measure;
    if (measure === undefined) return name;
    const tree = measure as { kind: string; fn?: string; quoted?: boolean };
    // A count is a whole number whatever the chart's format; a quoted column is shown as it is.
    const counted =
      tree.kind === 'aggregate' && (tree.fn === 'count' || tree.fn === 'count_distinct');
    const digits = counted ? 0 : tree.quoted ? null : formatDecimals(formatSpec(format, name));
    if (digits !== null) decimals[name] = digits;
    return measureLabel(measure, lang);
  });
  return { headers, decimals };
}
