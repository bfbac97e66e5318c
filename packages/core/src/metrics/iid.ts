/**
 * Regional innovation index IID (Kemendagri BSKDN, 2023 structure [V]). Input: one long table of
 * indicator scores, `{indicator, score, innovation_id}`, innovation_id empty for the regional
 * indicators 1..15 (SPD) and set for the per-innovation indicators 16..35.
 *   SPD = sum of scores 1..15
 *   SID = [sum over innovations j of sum of scores 16..35] / max(10, n) + countScore(n)
 *   IID = (SPD + SID) / maximum total x 100
 * n = distinct innovations in the rows; rejected innovations stay in (filter others out first).
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { MetricDefinition } from '../sql/metrics.ts';
import {
  add,
  and,
  between,
  bool,
  caseWhen,
  coalesce,
  countDistinct,
  countRows,
  dbl,
  div,
  eq,
  fail,
  ge,
  greatest,
  gt,
  le,
  lit,
  mul,
  not,
  notNull,
  num,
  or,
  round,
  sum,
} from '../sql/expr/build.ts';
import { BadCells, badData, bandOf, readNumber, type Band, type MetricRow } from './shared.ts';
import type { MetricGrades } from './presentation.ts';

export interface IidCountStep {
  /** From this many innovations on... */
  minInnovations: number;
  /** ...the count indicator scores this. */
  score: number;
}

export interface IidOptions {
  /** Score for the number of innovations, as steps [I: the real table is not verified]. */
  countScoring?: readonly IidCountStep[];
  /** Maximum total of SPD + SID [I: 1000 in the Banjarmasin dataset: 252 + 700 + 48]. */
  maxTotal?: number;
  columns?: { indicator: string; score: string; innovationId: string };
}

/** round(48 x min(1, n / 50)) as steps: what the dataset generator uses [I]. */
export function linearCountScoring(maxScore = 48, cap = 50): IidCountStep[] {
  return Array.from({ length: cap }, (_, i) => ({
    minInnovations: i + 1,
    score: Math.round((maxScore * (i + 1)) / cap),
  }));
}
export const IID_COUNT_SCORING: readonly IidCountStep[] = Object.freeze(linearCountScoring());
export const IID_MAX_TOTAL = 1000;
const COLUMNS = { indicator: 'indicator', score: 'score', innovationId: 'innovation_id' };

export function iidCountScore(
  n: number,
  steps: readonly IidCountStep[] = IID_COUNT_SCORING,
): number {
  let score = 0;
  for (const step of steps) if (n >= step.minInnovations && step.score > score) score = step.score;
  return score;
}

export const IID_PREDICATES: readonly Band[] = Object.freeze([
  {
    code: 'sangat-inovatif',
    min: 60.01,
    max: 100,
    label: sayBoth(METRIC_WORDS, 'iidVeryInnovative'),
  },
  { code: 'inovatif', min: 35, max: 60, label: sayBoth(METRIC_WORDS, 'iidInnovative') },
  {
    code: 'kurang-inovatif',
    min: 0.01,
    max: 34.99,
    label: sayBoth(METRIC_WORDS, 'iidLessInnovative'),
  },
  {
    code: 'tidak-dapat-dinilai',
    min: 0,
    max: 0,
    label: sayBoth(METRIC_WORDS, 'iidCannotAssessedDisclaimer'),
  },
]);
/** IID predicates as widgets show them (`bands="iid"`), on 0..100. */
export const IID_GRADE_SCALE: MetricGrades = Object.freeze({ scale: 'iid', bands: IID_PREDICATES });
export function iidPredicate(iid: number | null | undefined): Band | null {
  return bandOf(IID_PREDICATES, iid, sayBoth(METRIC_WORDS, 'iidValue'));
}

export interface IidResult {
  spd: number;
  sid: number;
  innovations: number;
  total: number;
  iid: number;
}

/** IID of one region-year (group first). Null when the rows hold no regional (SPD) scores. */
export function iidIndex(rows: readonly MetricRow[], options: IidOptions = {}): IidResult | null {
  const c = options.columns ?? COLUMNS;
  const bad = new BadCells();
  let spd = 0;
  let spdRows = 0;
  let sidSum = 0;
  const innovations = new Set<string>();
  for (const row of rows) {
    const indicator = readNumber(row[c.indicator]);
    const score = readNumber(row[c.score]);
    if (
      indicator === undefined ||
      indicator === null ||
      !Number.isInteger(indicator) ||
      indicator < 1 ||
      indicator > 35
    ) {
      bad.add(c.indicator, row[c.indicator]);
      continue;
    }
    if (score === undefined || score === null || score < 0) {
      bad.add(c.score, row[c.score]);
      continue;
    }
    if (indicator <= 15) {
      spd += score;
      spdRows++;
    } else if (row[c.innovationId] === null || row[c.innovationId] === undefined) {
      bad.add(c.innovationId, row[c.innovationId]);
    } else {
      sidSum += score;
      innovations.add(String(row[c.innovationId]));
    }
  }
  if (bad.size > 0) {
    const d = bad.describe();
    throw badData(sayBoth(METRIC_WORDS, 'iidInvalidDataIndicatorsScores', d), {
      badRows: bad.toRecord(),
    });
  }
  if (spdRows === 0) return null;
  const n = innovations.size;
  const sid = sidSum / Math.max(10, n) + iidCountScore(n, options.countScoring);
  const total = spd + sid;
  return {
    spd,
    sid,
    innovations: n,
    total,
    iid: (total / (options.maxTotal ?? IID_MAX_TOTAL)) * 100,
  };
}

/** IID as a metric (`iid`): groupBy year (or region and year). */
export function iidMetric(name = 'iid', options: IidOptions = {}): MetricDefinition {
  const c = options.columns ?? COLUMNS;
  const steps = [...(options.countScoring ?? IID_COUNT_SCORING)].sort(
    (a, b) => b.minInnovations - a.minInnovations,
  );
  return {
    name,
    label: sayBoth(METRIC_WORDS, 'iidRegionalInnovationIndex'),
    format: 'number:2',
    grades: IID_GRADE_SCALE,
    changeInPoints: true,
    requiredColumns: [c.indicator, c.score, c.innovationId],
    expr: (col) => {
      const ind = num(col(c.indicator));
      const score = num(col(c.score));
      const id = col(c.innovationId);
      const perInnovation = between(ind, lit(16), lit(35));
      const n = countDistinct(id, perInnovation);
      const countScore = caseWhen(
        steps.map((s) => [ge(n, lit(s.minInnovations)), dbl(s.score)] as const),
        lit(0),
      );
      const spd = sum(score, between(ind, lit(1), lit(15)));
      const sid = add(
        div(coalesce(sum(score, perInnovation), lit(0)), greatest(lit(10), n)),
        countScore,
      );
      const valid = and(
        eq(ind, round(ind)),
        between(ind, lit(1), lit(35)),
        ge(score, lit(0)),
        or(le(ind, lit(15)), notNull(id)),
      );
      const bad = countRows(not(coalesce(valid, bool(false))));
      const message = sayBoth(METRIC_WORDS, 'iidIndicatorsOutsideEmptyNegative');
      const total = div(add(spd, sid), dbl(options.maxTotal ?? IID_MAX_TOTAL));
      return caseWhen([[gt(bad, lit(0)), fail(message, bad)]], mul(total, lit(100)));
    },
    isAggregate: true,
  };
}
