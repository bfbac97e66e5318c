/**
 * PEKPPP public service index (PermenPANRB 29/2022, Pedoman MenPANRB 5/2023): six aspects with
 * weights kept as versioned data, indicators scored 0..5, index 0..5, grade bands as data.
 * Index = sum over aspects of aspect weight x sum over its indicators of indicator weight x score.
 * A unit missing any indicator gets null (not reported), never a lower index.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { BilingualText } from '../errors/pantau-error.ts';
import type { MetricDefinition } from '../sql/metrics.ts';
import {
  add,
  and,
  caseWhen,
  concat,
  count,
  countDistinct,
  countRows,
  dbl,
  eq,
  fail,
  gt,
  isNull,
  lit,
  lt,
  mul,
  notNull,
  nullValue,
  num,
  or,
  str,
  sub,
  sum,
} from '../sql/expr/build.ts';
import { BadCells, badData, bandOf, readNumber, type Band, type MetricRow } from './shared.ts';
import type { MetricGrades } from './presentation.ts';

export interface PekpppAspect {
  name: string;
  weight: number;
  /** false for weights not checked against the guideline [I]. */
  verified: boolean;
  indicators: { name: string; weight: number }[];
}

export interface PekpppWeights {
  version: string;
  source: string;
  aspects: PekpppAspect[];
}

const third = 1 / 3;
/**
 * 2023 weights. 24/25/18% verified [V]; the split of the remaining 33% as 11/10/12 is from one
 * source only [I]. Indicator names and equal weights within an aspect match the dataset [I].
 */
export const PEKPPP_WEIGHTS_2023: PekpppWeights = {
  version: '2023',
  source: 'PermenPANRB 29/2022; Pedoman MenPANRB 5/2023 (aspects 1-3 [V], rest [I])',
  aspects: [
    {
      name: 'Kebijakan Pelayanan',
      weight: 0.24,
      verified: true,
      indicators: [
        { name: 'Standar Pelayanan', weight: third },
        { name: 'Maklumat Pelayanan', weight: third },
        { name: 'Survei Kepuasan Masyarakat', weight: third },
      ],
    },
    {
      name: 'Profesionalisme SDM',
      weight: 0.25,
      verified: true,
      indicators: [
        { name: 'Kode Etik dan Kode Perilaku', weight: third },
        { name: 'Budaya Pelayanan', weight: third },
        { name: 'Kompetensi Pelaksana', weight: third },
      ],
    },
    {
      name: 'Sarana Prasarana',
      weight: 0.18,
      verified: true,
      indicators: [
        { name: 'Pengelolaan Sarana Prasarana', weight: 0.5 },
        { name: 'Sarana Prasarana Kelompok Rentan', weight: 0.5 },
      ],
    },
    {
      name: 'Sistem Informasi Pelayanan Publik',
      weight: 0.11,
      verified: false,
      indicators: [
        { name: 'Sistem Informasi Elektronik', weight: 0.5 },
        { name: 'Sistem Informasi Non-Elektronik', weight: 0.5 },
      ],
    },
    {
      name: 'Konsultasi dan Pengaduan',
      weight: 0.1,
      verified: false,
      indicators: [
        { name: 'Sarana Konsultasi dan Pengaduan', weight: 0.5 },
        { name: 'Pengelolaan Pengaduan', weight: 0.5 },
      ],
    },
    {
      name: 'Inovasi',
      weight: 0.12,
      verified: false,
      indicators: [{ name: 'Inovasi Pelayanan Publik', weight: 1 }],
    },
  ],
};

export const PEKPPP_WEIGHT_VERSIONS: Readonly<Record<string, PekpppWeights>> = {
  '2023': PEKPPP_WEIGHTS_2023,
};

/** Grades [I: unverified, confirm against the guideline before relying on them]. */
export const PEKPPP_GRADES_VERIFIED = false;
export const PEKPPP_GRADES: readonly Band[] = Object.freeze([
  { code: 'A', min: 4.51, max: 5, label: sayBoth(METRIC_WORDS, 'pekpppExcellentService') },
  { code: 'A-', min: 4.01, max: 4.5, label: sayBoth(METRIC_WORDS, 'ikmVeryGood') },
  { code: 'B', min: 3.51, max: 4, label: sayBoth(METRIC_WORDS, 'ikmGood') },
  {
    code: 'B-',
    min: 3.01,
    max: 3.5,
    label: sayBoth(METRIC_WORDS, 'pekpppGoodNotes'),
  },
  { code: 'C', min: 2.51, max: 3, label: sayBoth(METRIC_WORDS, 'pekpppAdequate') },
  {
    code: 'C-',
    min: 2.01,
    max: 2.5,
    label: sayBoth(METRIC_WORDS, 'pekpppAdequateNotes'),
  },
  { code: 'D', min: 1.51, max: 2, label: sayBoth(METRIC_WORDS, 'pekpppPoor') },
  { code: 'E', min: 1.01, max: 1.5, label: sayBoth(METRIC_WORDS, 'pekpppVeryPoor') },
  { code: 'F', min: 0, max: 1, label: sayBoth(METRIC_WORDS, 'pekpppFailed') },
]);

/** PEKPPP grades as widgets show them (`bands="pekppp"`), on 0..5. */
export const PEKPPP_GRADE_SCALE: MetricGrades = Object.freeze({
  scale: 'pekppp',
  bands: PEKPPP_GRADES,
});

export function pekpppGrade(index: number | null | undefined): Band | null {
  return bandOf(PEKPPP_GRADES, index, sayBoth(METRIC_WORDS, 'pekpppIndex'));
}

export interface PekpppColumns {
  aspect: string;
  indicator: string;
  score: string;
}
export const PEKPPP_COLUMNS: PekpppColumns = {
  aspect: 'aspect',
  indicator: 'indicator',
  score: 'score',
};

const key = (aspect: string, indicator: string) => `${aspect}\u001f${indicator}`;

function weightsByKey(weights: PekpppWeights): Map<string, number> {
  return new Map(
    weights.aspects.flatMap((a) =>
      a.indicators.map((i) => [key(a.name, i.name), a.weight * i.weight] as const),
    ),
  );
}

/**
 * Index (0..5) of one unit's scores for one assessment (group by unit and year first). Null when
 * there are no rows or an indicator is missing. BAD_DATA for scores outside 0..5, indicators the
 * weights do not know, or an indicator scored twice (rows of two years in one group).
 */
export function pekpppIndex(
  rows: readonly MetricRow[],
  weights: PekpppWeights = PEKPPP_WEIGHTS_2023,
  c: PekpppColumns = PEKPPP_COLUMNS,
): number | null {
  const w = weightsByKey(weights);
  const seen = new Map<string, number>();
  const bad = new BadCells();
  for (const row of rows) {
    const k = key(String(row[c.aspect]), String(row[c.indicator]));
    const score = readNumber(row[c.score]);
    if (!w.has(k)) bad.add(c.indicator, `${String(row[c.aspect])} / ${String(row[c.indicator])}`);
    else if (seen.has(k)) bad.add(c.indicator, `${String(row[c.indicator])} (2x)`);
    if (score === undefined || (score !== null && (score < 0 || score > 5)))
      bad.add(c.score, row[c.score]);
    else if (score !== null && w.has(k)) seen.set(k, score);
  }
  if (bad.size > 0) throw pekpppError(bad.describe(), bad.toRecord());
  if (seen.size < w.size) return null;
  let index = 0;
  for (const [k, score] of seen) index += w.get(k)! * score;
  return index;
}

function pekpppError(detail: BilingualText, counts: Record<string, number>) {
  return badData(sayBoth(METRIC_WORDS, 'pekpppScoresOnePerIndicator', detail), { badRows: counts });
}

/** The index as a metric (`ipp`): groupBy unit and year. */
export function pekpppMetric(
  name = 'ipp',
  weights: PekpppWeights = PEKPPP_WEIGHTS_2023,
  c: PekpppColumns = PEKPPP_COLUMNS,
): MetricDefinition {
  const w = weightsByKey(weights);
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'pekpppPublicServiceIndex'),
    format: 'number:2',
    grades: PEKPPP_GRADE_SCALE,
    changeInPoints: true,
    requiredColumns: [c.aspect, c.indicator, c.score],
    expr: (col) => {
      const k = concat(col(c.aspect), str('\u001f'), col(c.indicator));
      const score = num(col(c.score));
      const weight = caseWhen([...w].map(([kk, v]) => [eq(k, str(kk)), dbl(v)] as const));
      const scored = notNull(score);
      // Unknown indicators, text scores and scores outside 0..5...
      const bad = countRows(
        or(
          isNull(weight),
          and(isNull(score), notNull(col(c.score))),
          lt(score, lit(0)),
          gt(score, lit(5)),
        ),
      );
      // ...and indicators scored twice: scored rows beyond one per known indicator.
      const dup = sub(
        count(weight, scored),
        countDistinct(caseWhen([[and(notNull(weight), scored), k]])),
      );
      const fault = add(bad, dup);
      const message = sayBoth(METRIC_WORDS, 'pekpppScoresOutsideUnknownIndicators');
      return caseWhen(
        [
          [gt(fault, lit(0)), fail(message, fault)],
          [lt(countDistinct(caseWhen([[scored, k]])), lit(w.size)), nullValue()],
        ],
        sum(mul(weight, score)),
      );
    },
    isAggregate: true,
  };
}
