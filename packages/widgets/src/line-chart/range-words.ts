/**
 * A line chart's choices in words: a brushed span of periods ("Jan–Mar 2024"), the range it
 * published (from the URL too) found again on its axis, and the filter summary's text for all its
 * clauses. Loaded with the line chart's module (line-chart-module.ts), not at page load.
 */

import { spanOfValues, type LineOutput, type LineSpan } from '@pantau/charts';
import { formatNumber, type BilingualText, type FilterClause, type Lang } from '@pantau/core';
import { labelFormatter } from '../base/formats.ts';
import { rangeClause, rangeOf, rangeText } from './brush-range.ts';

type LineAxis = LineOutput['xAxis'];

/** The periods of `span` on `axis`, in words. */
export function spanText(axis: LineAxis, span: LineSpan, lang: Lang): string {
  return rangeText(axis.xs[span[0]]!, axis.xs[span[1]]!, axis.interval, lang, (v) =>
    formatNumber(v, lang),
  );
}

/** A brushed span as the clause on `x` that holds its whole periods, and in words. */
export function spanChoice(
  axis: LineAxis,
  x: string,
  span: LineSpan,
  lang: Lang,
): { clause: FilterClause; text: string } {
  const clause = rangeClause(x, axis.xs[span[0]]!, axis.xs[span[1]]!, axis.interval);
  return { clause, text: spanText(axis, span, lang) };
}

/** The range published on the column `x`, as a span of the axis' periods and in words; or null. */
export function appliedRange(
  own: readonly FilterClause[],
  axis: LineAxis,
  x: string,
  lang: Lang,
): { span: LineSpan; text: string } | null {
  const range = rangeOf(own, x);
  const span = range === null ? null : spanOfValues(axis, range[0], range[1]);
  if (range === null || span === null) return null;
  const text = rangeText(range[0], range[1], axis.interval, lang, (v) => formatNumber(v, lang));
  return { span, text };
}

/** The filter summary's words for the chart's clauses on `x` and its series: "Jan–Mar 2024, Disdukcapil". */
export function describeLine(
  clauses: readonly FilterClause[],
  x: string,
  interval: LineAxis['interval'],
): BilingualText | undefined {
  if (clauses.length === 0) return undefined;
  const text = (lang: Lang): string => {
    const formatLabel = labelFormatter(lang);
    return clauses
      .flatMap((clause) => {
        const range = clause.predicate === 'between' ? rangeOf([clause], x) : null;
        if (range !== null) {
          return [rangeText(range[0], range[1], interval, lang, (v) => formatNumber(v, lang))];
        }
        const values =
          clause.predicate === 'eq'
            ? [clause.value]
            : clause.predicate === 'in' && Array.isArray(clause.value)
              ? clause.value
              : [];
        return values.map((v) => formatLabel(v));
      })
      .join(', ');
  };
  return { id: text('id'), en: text('en') };
}
