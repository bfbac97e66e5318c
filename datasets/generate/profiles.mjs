// @ts-check
/**
 * Synthetic per-unit profiles shared by the IKM, PEKPPP and complaint generators, so that a unit
 * that serves people well looks good in all three (as one would expect, without any real data).
 */
import { hash32 } from './prng.mjs';
import { PUSKESMAS_CODES } from './units.mjs';

/**
 * @typedef {object} Profile
 * @property {[number, number]} ikm target converted IKM in 2022-S1 and 2024-S2
 * @property {[number, number]} n respondents per semester (min, max)
 */

/** @type {Record<string, Profile>} */
const FIXED = {
  disdukcapil: { ikm: [89.5, 92.5], n: [300, 400] },
  dpmptsp: { ikm: [83, 90.5], n: [220, 320] }, // improves
  bpkpad: { ikm: [82, 84], n: [150, 220] },
  dinsos: { ikm: [78, 79.5], n: [150, 220] },
  dinkes: { ikm: [86, 87], n: [100, 140] },
  disdik: { ikm: [85, 86.5], n: [120, 180] },
  disperdagin: { ikm: [82.5, 84], n: [100, 140] },
  dkp3: { ikm: [86.5, 88], n: [100, 130] },
  dpkp: { ikm: [80, 73.5], n: [100, 140] }, // slips into C
  damkar: { ikm: [90, 91.5], n: [100, 130] },
  diskominfotik: { ikm: [88, 89.5], n: [100, 120] },
  disbudporapar: { ikm: [81, 82.5], n: [100, 120] },
  bpbd: { ikm: [86, 87], n: [4, 12] }, // always below the sample-size threshold
  bkpsdm: { ikm: [79, 82], n: [100, 140] },
  'kec-barat': { ikm: [84, 85.5], n: [100, 160] },
  'kec-selatan': { ikm: [75, 76.2], n: [100, 160] }, // C
  'kec-tengah': { ikm: [87, 88.6], n: [100, 160] },
  'kec-timur': { ikm: [82, 83.5], n: [100, 160] },
  'kec-utara': { ikm: [85, 86.5], n: [100, 160] },
};

/** Units that run an IKM survey in this dataset (kelurahan do not: their services are in PATEN). */
export const IKM_UNITS = [...Object.keys(FIXED), ...PUSKESMAS_CODES];

/**
 * @param {string} unit
 * @returns {Profile}
 */
export function profile(unit) {
  const fixed = FIXED[unit];
  if (fixed) return fixed;
  // Puskesmas and others: a deterministic spread over 83..90 from the code.
  const base = 83 + (hash32(unit) % 700) / 100;
  return { ikm: [base, base + 1.2], n: [100, 130] };
}

/**
 * A 0..1 quality score for a unit in a given year (2022..2024), from its IKM trajectory.
 * @param {string} unit
 * @param {number} year
 */
export function quality(unit, year) {
  const [a, b] = profile(unit).ikm;
  const ikm = a + ((b - a) * (year - 2022)) / 2;
  return Math.min(1, Math.max(0, (ikm - 70) / 25));
}
