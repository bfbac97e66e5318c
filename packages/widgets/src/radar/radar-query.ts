/**
 * The radar's query. Two ways to name the axes:
 * - `axis` (a column): one axis per value, `value` one measure: `axis="aspect" value="avg(score)"`;
 * - no `axis`: `value` lists one measure per axis, comma-separated
 *   (`value="ikm_nrr_u1, ikm_nrr_u2, ikm_nrr_u3"`), or `value="ikm_profile"` for the nine IKM
 *   elements U1..U9 (core's `ikm_nrr_u1`..`ikm_nrr_u9`).
 * `series` (a column) draws one outline per value, in both ways.
 */

import {
  IKM_ELEMENTS,
  getMetric,
  aggregatePlan,
  ikmProfileMeasures,
  type FilterClause,
  type Lang,
  type QueryPlan,
  type TableSchema,
} from '@pantau/core';
import { attributeError, required } from '../base/attribute-checks.ts';
import { recordsMeasure } from '../base/record-count.ts';

const IKM_PROFILE = 'ikm_profile';

/** At most this many outlines: more cannot be told apart on one radar. */
export const MAX_SERIES = 8;
/** At most this many axes. */
export const MAX_AXES = 40;

export interface RadarSpec {
  axis: string;
  value: string;
  series: string;
}

/**
 * Splits a comma list of measures; commas inside parentheses or double-quoted column names
 * (`avg("Biaya, Tarif")`) belong to their measure.
 */
export function splitMeasures(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && !quoted && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

/** The measures of the axes (no `axis` attribute), `ikm_profile` expanded. */
export function axisMeasures(value: string): string[] {
  const text = required('pantau-radar', 'value', value);
  const measures =
    text.toLowerCase() === IKM_PROFILE ? Object.values(ikmProfileMeasures()) : splitMeasures(text);
  if (measures.length < 3 || measures.length > MAX_AXES) {
    throw attributeError(
      `Radar tanpa atribut axis membutuhkan 3 sampai ${MAX_AXES} ukuran dipisah koma di value (mis. value="ikm_profile" atau value="ikm_nrr_u1, ikm_nrr_u2, ikm_nrr_u3"); ada ${measures.length}.`,
      `A radar without the axis attribute needs 3 to ${MAX_AXES} comma-separated measures in value (e.g. value="ikm_profile" or value="ikm_nrr_u1, ikm_nrr_u2, ikm_nrr_u3"); it has ${measures.length}.`,
      { attribute: 'value', count: measures.length },
    );
  }
  return measures;
}

export function radarQuery(
  spec: RadarSpec,
  table: TableSchema,
  filter: readonly FilterClause[],
): QueryPlan {
  const axis = spec.axis.trim();
  const series = spec.series.trim();
  if (axis !== '') {
    const value = required('pantau-radar', 'value', spec.value);
    const groupBy = series === '' ? [axis] : [axis, series];
    return aggregatePlan({
      table: table.table,
      groups: groupBy,
      measures: { [value]: value },
      filter,
      order: groupBy.map((key) => ({ key })),
      limit: MAX_AXES * MAX_SERIES + 1,
    });
  }
  const measures = axisMeasures(spec.value);
  const aliases = Object.fromEntries(measures.map((m) => [m, m]));
  if (series !== '') {
    return aggregatePlan({
      table: table.table,
      groups: [series],
      measures: aliases,
      filter,
      order: [{ key: series }],
      limit: MAX_SERIES + 1,
    });
  }
  const records = recordsMeasure(measures);
  return aggregatePlan({
    table: table.table,
    measures: { ...aliases, [records.alias]: records.measure },
    filter,
  });
}

/** Short name (drawn at the spoke) and long name (under it, and in the table) of a measure. */
export function measureAxis(measure: string, lang: Lang): { short: string; long: string } {
  const ikm = /^ikm_nrr_u(\d)$/i.exec(measure.trim());
  const element = ikm === null ? undefined : IKM_ELEMENTS[Number(ikm[1]) - 1];
  if (element !== undefined) return { short: element.code, long: element.label[lang] };
  const metric = getMetric(measure.trim());
  return { short: measure.trim(), long: metric?.label[lang] ?? '' };
}

/** IKM element NRRs are read on the answers' own 1..4 scale. */
export function defaultDomain(measures: readonly string[]): readonly [number, number] | null {
  return measures.length > 0 && measures.every((m) => /^ikm_nrr_u\d$/i.test(m.trim()))
    ? [1, 4]
    : null;
}
