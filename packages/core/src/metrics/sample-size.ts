/**
 * How many respondents an IKM survey needs. PermenPANRB 14/2017 refers to the Krejcie-Morgan
 * table [I: from memory; check the annex]; the table is this formula rounded to the nearest whole
 * respondent (95% confidence, chi-square 3.841, P = 0.5, margin 5%).
 */

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
    throw badData({
      id: `Populasi harus bilangan bulat positif, bukan ${String(population)}.`,
      en: `The population must be a positive whole number, not ${String(population)}.`,
    });
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
    ? {
        id: `tabel Krejcie-Morgan untuk populasi ${input.population}`,
        en: `the Krejcie-Morgan table for a population of ${input.population}`,
      }
    : {
        id: 'batas minimum bawaan (populasi tidak diketahui)',
        en: 'the default minimum (population unknown)',
      };
  return {
    respondents: input.respondents,
    required,
    sufficient,
    basis,
    warning: sufficient
      ? null
      : {
          id: `Responden ${input.respondents}, kurang dari ${required} yang diperlukan menurut ${why.id}; nilai IKM belum dapat diandalkan.`,
          en: `${input.respondents} respondents, fewer than the ${required} required by ${why.en}; the IKM value is not yet reliable.`,
        },
  };
}
