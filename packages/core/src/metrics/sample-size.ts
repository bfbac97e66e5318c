/**
 * How many respondents an IKM survey needs. PermenPANRB 14/2017 refers to the Krejcie-Morgan
 * table [I: from memory; check the annex]; the table is this formula rounded to the nearest whole
 * respondent (95% confidence, chi-square 3.841, P = 0.5, margin 5%).
 */

import { METRIC_WORDS, sayBoth } from '@pantau/messages';
import type { BilingualText } from '../errors/pantau-error.ts';
import { badData } from './shared.ts';

export const KREJCIE_MORGAN = Object.freeze({ chiSquare: 3.841, proportion: 0.5, margin: 0.05 });

/**
 * Minimum respondents when the population (service users in the period) is unknown [I]: 384,
 * the Krejcie-Morgan value for a very large population, so an unknown population is never
 * treated more leniently than a known one. Configurable per call.
 */
export const IKM_DEFAULT_MIN_RESPONDENTS = 384;

/** Krejcie-Morgan sample size s = X^2 N P(1-P) / (d^2 (N-1) + X^2 P(1-P)), rounded. */
export function krejcieMorgan(population: number): number {
  if (!Number.isInteger(population) || population < 1) {
    throw badData(sayBoth(METRIC_WORDS, 'populationPositiveWholeNumber', String(population)));
  }
  const { chiSquare: x2, proportion: p, margin: d } = KREJCIE_MORGAN;
  const s = (x2 * population * p * (1 - p)) / (d * d * (population - 1) + x2 * p * (1 - p));
  return Math.min(population, Math.round(s));
}

export interface SampleCheckInput {
  respondents: number;
  /** Service users in the survey period; leave out when unknown. */
  population?: number | null;
  /** Required when the population is unknown; default {@link IKM_DEFAULT_MIN_RESPONDENTS} [I]. */
  minimumWhenUnknown?: number;
}

export interface SampleCheck {
  respondents: number;
  required: number;
  sufficient: boolean;
  basis: 'krejcie-morgan' | 'default-minimum';
  /** Set when `sufficient` is false: show it next to the score, do not rank silently. */
  warning: BilingualText | null;
}

export function ikmSampleCheck(input: SampleCheckInput): SampleCheck {
  const known = input.population !== undefined && input.population !== null;
  const required = known
    ? krejcieMorgan(input.population as number)
    : (input.minimumWhenUnknown ?? IKM_DEFAULT_MIN_RESPONDENTS);
  const sufficient = input.respondents >= required;
  const basis = known ? 'krejcie-morgan' : 'default-minimum';
  const why = known
    ? sayBoth(METRIC_WORDS, 'krejcieMorganTablePopulation', input.population as number)
    : sayBoth(METRIC_WORDS, 'defaultMinimumPopulationUnknown');
  return {
    respondents: input.respondents,
    required,
    sufficient,
    basis,
    warning: sufficient
      ? null
      : sayBoth(METRIC_WORDS, 'respondentsFewerThanRequired', input.respondents, required, why),
  };
}
