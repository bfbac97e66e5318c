/**
 * Official categories for graded measures: a value of `ikm` carries its IKM category (A..D), `ipp`
 * its PEKPPP grade and `iid` its IID predicate, each with its colour and label. Chosen from the
 * element's `bands` attribute, or from the measure when it is one of those metrics.
 */

import {
  IID_PREDICATES,
  IKM_CATEGORIES,
  PEKPPP_GRADES,
  type Band,
  type Lang,
  bandOf,
} from '@pantau/core';
import {
  colorBands,
  gradeColor,
  type CategoryBand,
  type GradeScale,
  type ValueCategory,
} from '@pantau/charts';
import { metricNameOf } from './metric-name.ts';

const SCALES: Record<GradeScale, { bands: readonly Band[]; what: { id: string; en: string } }> = {
  ikm: { bands: IKM_CATEGORIES, what: { id: 'Nilai IKM', en: 'IKM value' } },
  pekppp: {
    bands: PEKPPP_GRADES,
    what: { id: 'Indeks pelayanan publik', en: 'Public service index' },
  },
  iid: {
    bands: IID_PREDICATES,
    what: { id: 'Indeks inovasi daerah', en: 'Regional innovation index' },
  },
};

/** Metric names whose values are graded, and their scale. */
const METRIC_SCALES: Readonly<Record<string, GradeScale>> = {
  ikm: 'ikm',
  ipp: 'pekppp',
  iid: 'iid',
};

/** The grade scale for a `bands` attribute or, failing that, for a measure that is a graded metric. */
export function gradeScaleOf(
  bands: string | undefined,
  measure: string | undefined,
): GradeScale | null {
  const named = bands?.trim().toLowerCase();
  if (named === 'ikm' || named === 'pekppp' || named === 'iid') return named;
  if (named === 'none') return null;
  return METRIC_SCALES[metricNameOf(measure)] ?? null;
}

/** The category of one value, or null when it is missing or outside the scale. */
export function categoryOf(
  scale: GradeScale,
  value: number | null,
  lang: Lang,
): ValueCategory | null {
  if (value === null || !Number.isFinite(value)) return null;
  const { bands, what } = SCALES[scale];
  let band: Band | null;
  try {
    band = bandOf(bands, value, what);
  } catch {
    return null;
  }
  if (band === null) return null;
  return { code: band.code, label: band.label[lang], color: gradeColor(scale, band.code) };
}

/** All bands of a scale with colours, in the page's language (gauges, legends). */
export function gradeBands(scale: GradeScale, lang: Lang): CategoryBand[] {
  return colorBands(
    scale,
    SCALES[scale].bands.map((b) => ({
      code: b.code,
      label: b.label[lang],
      min: b.min,
      max: b.max,
    })),
  );
}
