/**
 * A bar chart's choices in words for the dashboard's filter summary: chosen bars by the names
 * they are drawn with (a code's label), then series values. Loaded with the bar chart's module
 * (bar-chart-module.ts), not at page load.
 */

import type { BilingualText, FilterClause, Lang } from '@pantau/core';
import { labelFormatter } from '../base/formats.ts';
import type { BarInput } from './bar-chart-data.ts';

export function describeBars(
  clauses: readonly FilterClause[],
  input: BarInput,
): BilingualText | undefined {
  if (clauses.length === 0) return undefined;
  const barName = new Map<unknown, string>();
  input.xValues.forEach((x, i) =>
    barName.set(x instanceof Date ? x.getTime() : x, input.data.labels[i] ?? ''),
  );
  const text = (lang: Lang): string => {
    const formatLabel = labelFormatter(lang);
    return clauses
      .flatMap((clause) => {
        const values =
          clause.predicate === 'eq'
            ? [clause.value]
            : clause.predicate === 'in' && Array.isArray(clause.value)
              ? clause.value
              : [];
        const isX = clause.column.toLowerCase() === input.names.x.toLowerCase();
        return values.map((v) =>
          isX
            ? (barName.get(v instanceof Date ? v.getTime() : v) ?? formatLabel(v))
            : formatLabel(v),
        );
      })
      .join(', ');
  };
  return { id: text('id'), en: text('en') };
}
