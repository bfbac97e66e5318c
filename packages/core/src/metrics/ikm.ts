/**
 * IKM, Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): the reference implementation over plain
 * rows, and the data it rests on (elements, weights, categories). `ikm-sql.ts` writes the same
 * formulas in SQL; tests hold the two together.
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { BilingualText } from '../errors/pantau-error.ts';
import { BadCells, badData, bandOf, readNumber, type Band, type MetricRow } from './shared.ts';
import type { MetricGrades } from './presentation.ts';

export interface IkmElement {
  /** `U1`..`U9`. */
  code: string;
  label: BilingualText;
}

/** The nine elements in the regulation's order [V]. */
export const IKM_ELEMENTS: readonly IkmElement[] = Object.freeze([
  { code: 'U1', label: sayBoth(METRIC_WORDS, 'ikmRequirements') },
  {
    code: 'U2',
    label: sayBoth(METRIC_WORDS, 'ikmSystemsMechanismsProcedures'),
  },
  { code: 'U3', label: sayBoth(METRIC_WORDS, 'ikmCompletionTime') },
  { code: 'U4', label: sayBoth(METRIC_WORDS, 'ikmCostFee') },
  {
    code: 'U5',
    label: sayBoth(METRIC_WORDS, 'ikmServiceProductSpecification'),
  },
  { code: 'U6', label: sayBoth(METRIC_WORDS, 'ikmStaffCompetence') },
  { code: 'U7', label: sayBoth(METRIC_WORDS, 'ikmStaffConduct') },
  {
    code: 'U8',
    label: sayBoth(METRIC_WORDS, 'ikmHandlingComplaintsSuggestionsFeedback'),
  },
  { code: 'U9', label: sayBoth(METRIC_WORDS, 'ikmFacilitiesInfrastructure') },
]);

/** Some implementations put facilities at U8 and complaint handling at U9. */
export const IKM_ELEMENTS_U8_U9_SWAPPED: readonly IkmElement[] = Object.freeze([
  ...IKM_ELEMENTS.slice(0, 7),
  { code: 'U8', label: IKM_ELEMENTS[8]!.label },
  { code: 'U9', label: IKM_ELEMENTS[7]!.label },
]);

/** The answer columns of `datasets/banjarmasin/ikm_responses.csv`. */
export const IKM_ANSWER_COLUMNS: readonly string[] = Object.freeze(
  IKM_ELEMENTS.map((e) => e.code.toLowerCase()),
);

/**
 * Element weight. `'exact'` is 1/9 (nine equal weights summing to 1, the regulation's intent);
 * `'printed'` is 0.11 as the regulation prints it, which some reports use (the result is 0.99 of
 * the exact one). A number sets the weight outright.
 */
export type IkmWeight = 'exact' | 'printed' | number;

export const IKM_WEIGHT_EXACT = 1 / 9;
export const IKM_WEIGHT_PRINTED = 0.11;
/** Converted IKM = weighted IKM (1..4) x 25, giving 25..100. */
export const IKM_CONVERSION = 25;

export function ikmWeight(weight: IkmWeight = 'exact'): number {
  if (weight === 'exact') return IKM_WEIGHT_EXACT;
  if (weight === 'printed') return IKM_WEIGHT_PRINTED;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
    throw badData(sayBoth(METRIC_WORDS, 'ikmWeightPositiveNumberExact', String(weight)));
  }
  return weight;
}

export type IkmCategoryCode = 'A' | 'B' | 'C' | 'D';
export type IkmCategory = Band<IkmCategoryCode>;

/**
 * Categories on the converted value [V]; `min`/`max` as printed. The bottom of D is 0 rather than
 * 25 so that 0.11 weights (lowest possible value 24.75) still land in D.
 */
export const IKM_CATEGORIES: readonly IkmCategory[] = Object.freeze([
  { code: 'A', min: 88.31, max: 100, label: sayBoth(METRIC_WORDS, 'ikmVeryGood') },
  { code: 'B', min: 76.61, max: 88.3, label: sayBoth(METRIC_WORDS, 'ikmGood') },
  { code: 'C', min: 65, max: 76.6, label: sayBoth(METRIC_WORDS, 'ikmFair') },
  { code: 'D', min: 0, max: 64.99, label: sayBoth(METRIC_WORDS, 'ikmPoor') },
]);

/** IKM's grades as widgets show them: on the converted 25..100 range (D starts at 0 only for 0.11). */
export const IKM_GRADE_SCALE: MetricGrades = Object.freeze({
  scale: 'ikm',
  bands: IKM_CATEGORIES,
  domain: [25, 100] as const,
});

/**
 * The category of a converted IKM value (25..100), compared on the value rounded half-up to 2
 * decimals as the regulation's table is written: 64.994 -> 64.99 -> D, 64.995 -> 65.00 -> C.
 * `null` (not reported) stays `null`.
 */
export function ikmCategory(converted: number | null | undefined): IkmCategory | null {
  return bandOf(IKM_CATEGORIES, converted, sayBoth(METRIC_WORDS, 'ikmValue'));
}

export interface IkmOptions {
  /** Answer columns in element order; default `u1`..`u9`. */
  answers?: readonly string[];
  weight?: IkmWeight;
  /** Labels in the same order as `answers`; default the regulation's U1..U9. */
  elements?: readonly IkmElement[];
}

export interface IkmElementScore extends IkmElement {
  /** The column read. */
  column: string;
  /** Nilai rata-rata: sum of answers / respondents, 1..4. */
  nrr: number;
}

export interface IkmScore {
  respondents: number;
  /** The U1..U9 profile, for the radar. */
  elements: IkmElementScore[];
  /** Sum of NRR x weight, on the 1..4 scale. */
  ikm: number;
  /** `ikm` x 25. */
  converted: number;
  category: IkmCategory;
}

/**
 * IKM of a set of respondents (one row each). Group first to get it per unit or per semester:
 * the score of a group is the score of its rows. Returns `null` when there are no respondents;
 * throws BAD_DATA when any answer is missing, not a number, or outside 1..4.
 */
export function ikmScore(rows: readonly MetricRow[], options: IkmOptions = {}): IkmScore | null {
  const answers = options.answers ?? IKM_ANSWER_COLUMNS;
  const elements = options.elements ?? IKM_ELEMENTS;
  if (answers.length !== elements.length) {
    throw badData(
      sayBoth(METRIC_WORDS, 'ikmAnswerColumnsButElement', answers.length, elements.length),
    );
  }
  const weight = ikmWeight(options.weight);
  checkIkmAnswers(rows, answers);
  if (rows.length === 0) return null;
  const sums = answers.map((column) =>
    rows.reduce((total, row) => total + (readNumber(row[column]) as number), 0),
  );
  const profile = sums.map((sum, i) => ({
    ...elements[i]!,
    column: answers[i]!,
    nrr: sum / rows.length,
  }));
  const ikm = profile.reduce((total, e) => total + e.nrr * weight, 0);
  const converted = ikm * IKM_CONVERSION;
  return {
    respondents: rows.length,
    elements: profile,
    ikm,
    converted,
    category: ikmCategory(converted)!,
  };
}

/** Is this cell a valid answer: a whole number 1..4? */
export function isIkmAnswer(value: unknown): boolean {
  const n = readNumber(value);
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/**
 * Throws BAD_DATA naming every answer column with missing, non-numeric or out-of-range cells and
 * how many rows each affects. A score over such rows would be silently wrong.
 */
export function checkIkmAnswers(rows: readonly MetricRow[], answers: readonly string[]): void {
  const bad = new BadCells();
  for (const row of rows) {
    for (const column of answers) {
      if (!isIkmAnswer(row[column])) bad.add(column, row[column]);
    }
  }
  if (bad.size > 0) throw ikmAnswersError(bad.toRecord(), bad.describe());
}

export function ikmAnswersError(counts: Record<string, number>, detail?: BilingualText) {
  const text = detail ?? {
    id: Object.entries(counts)
      .map(([c, n]) => `kolom "${c}": ${n} baris`)
      .join('; '),
    en: Object.entries(counts)
      .map(([c, n]) => `column "${c}": ${n} row${n === 1 ? '' : 's'}`)
      .join('; '),
  };
  return badData(sayBoth(METRIC_WORDS, 'ikmAnswersWholeNumbersEvery', text), { badRows: counts });
}
