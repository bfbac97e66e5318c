/**
 * Official categories for graded measures, as the registered metric defines them (core's
 * `MetricDefinition.grades`): a value of `ikm` carries its IKM category (A..D), `ipp` its PEKPPP
 * grade and `iid` its IID predicate, each with its colour and label. Chosen from the element's
 * `bands` attribute (a scale or a graded metric's name), or from the measure when it is a
 * graded metric. Metrics register when an element's module loads, before any of this is asked.
 */

import { bandOf, shownMetrics, type Band, type Lang, type MetricGrades } from '@pantau/core';
import { gradeColor, type CategoryBand, type GradeScale, type ValueCategory } from '@pantau/charts';
import { metricNameOf } from './metric-name.ts';

/** The scales `bands` takes by name, then "none": what its error lists. */
export function bandsNames(): string[] {
  return [...shownMetrics.scales(), 'none'];
}

/** The grade scale for a `bands` attribute or, failing that, for a measure that is a graded metric. */
export function gradeScaleOf(
  bands: string | undefined,
  measure: string | undefined,
): GradeScale | null {
  const named = bands?.trim().toLowerCase();
  if (named === 'none') return null;
  const grades = named ? shownMetrics.grades(named) : undefined;
  return (grades ?? shownMetrics.get(metricNameOf(measure))?.grades)?.scale ?? null;
}

/** The scale's grades, or null for a name no registered metric grades by. */
export function gradesOf(scale: GradeScale): MetricGrades | null {
  return shownMetrics.grades(scale) ?? null;
}

/** The category of one value, or null when it is missing or outside the scale. */
export function categoryOf(
  scale: GradeScale,
  value: number | null,
  lang: Lang,
): ValueCategory | null {
  const grades = gradesOf(scale);
  if (grades === null || value === null || !Number.isFinite(value)) return null;
  let band: Band | null;
  try {
    band = bandOf(grades.bands, value, { id: scale, en: scale });
  } catch {
    return null;
  }
  if (band === null) return null;
  return { code: band.code, label: band.label[lang], color: bandColor(grades, band) };
}

/** All bands of a scale with colours, in the page's language (gauges, legends). */
export function gradeBands(scale: GradeScale, lang: Lang): CategoryBand[] {
  const grades = gradesOf(scale);
  return (grades?.bands ?? []).map((b) => ({
    code: b.code,
    label: b.label[lang],
    min: b.min,
    max: b.max,
    color: bandColor(grades!, b),
  }));
}

function bandColor(grades: MetricGrades, band: Band): string {
  return gradeColor(grades.scale, band.code, band.color);
}
