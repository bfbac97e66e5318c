/**
 * Formatters a chart receives: values through the `format` attribute (or the registered metric's
 * own format, core's `MetricDefinition.format`), labels (dates as months, numbers in the locale, text as is). Both come from
 * @pantau/core's id/en formats; `null` always shows as "belum input" / "not reported".
 */

import {
  formatDate,
  formatNumber,
  isMissing,
  missingLabel,
  parseFormat,
  shownMetrics,
  type Lang,
} from '@pantau/core';
import type { LabelFormatter, ValueFormatter } from '@pantau/charts';
import { metricNameOf } from './metric-name.ts';

/** The format spec in force: the attribute, else the metric's, else plain numbers. */
export function formatSpec(format: string | undefined, measure: string | undefined): string {
  const given = format?.trim();
  if (given) return given;
  return shownMetrics.get(metricNameOf(measure))?.format ?? 'number';
}

/** Throws PantauError (BAD_EXPRESSION) for an unknown format, which the element shows. */
export function valueFormatter(spec: string, lang: Lang): ValueFormatter {
  const format = parseFormat(spec);
  return (value) => format(value, lang);
}

export function labelFormatter(lang: Lang): LabelFormatter {
  return (value) => {
    if (isMissing(value)) return missingLabel(lang);
    if (value instanceof Date) return formatDate(value, lang, 'month');
    if (typeof value === 'number' || typeof value === 'bigint') return formatNumber(value, lang);
    return String(value);
  };
}
