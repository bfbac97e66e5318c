// @ts-check
/**
 * PEKPPP (PermenPANRB 29/2022, Pedoman MenPANRB 5/2023): indicator scores 0..5 per unit and year,
 * long format, and the versioned aspect/indicator weights. The six aspects and the first three
 * weights are [V]; the split 11/10/12 of the remaining 33 % is [I]; indicator labels are [I]
 * (paraphrased, not the official rubric wording); all scores are synthetic.
 */
import { quality } from './profiles.mjs';
import { Rng } from './prng.mjs';

/** @type {Array<[string, number, string, string[]]>} aspect, weight, provenance, indicators */
// prettier-ignore
const ASPECTS = [
  ['Kebijakan Pelayanan', 0.24, 'real [V]', ['Standar Pelayanan', 'Maklumat Pelayanan', 'Survei Kepuasan Masyarakat']],
  ['Profesionalisme SDM', 0.25, 'real [V]', ['Kode Etik dan Kode Perilaku', 'Budaya Pelayanan', 'Kompetensi Pelaksana']],
  ['Sarana Prasarana', 0.18, 'real [V]', ['Pengelolaan Sarana Prasarana', 'Sarana Prasarana Kelompok Rentan']],
  ['Sistem Informasi Pelayanan Publik', 0.11, 'inferred [I]', ['Sistem Informasi Elektronik', 'Sistem Informasi Non-Elektronik']],
  ['Konsultasi dan Pengaduan', 0.1, 'inferred [I]', ['Sarana Konsultasi dan Pengaduan', 'Pengelolaan Pengaduan']],
  ['Inovasi', 0.12, 'inferred [I]', ['Inovasi Pelayanan Publik']],
];

/** Units evaluated: SKPD that serve the public directly, and the kecamatan. */
const UNITS = [
  'disdukcapil',
  'dpmptsp',
  'bpkpad',
  'dinsos',
  'dinkes',
  'disdik',
  'disperdagin',
  'dkp3',
  'dpkp',
  'damkar',
  'diskominfotik',
  'disbudporapar',
  'bpbd',
  'bkpsdm',
  'kec-barat',
  'kec-selatan',
  'kec-tengah',
  'kec-timur',
  'kec-utara',
];

/** Units that did not enter their 2022 self-assessment (missing rows, not zeros). */
const NOT_ENTERED_2022 = new Set(['bkpsdm', 'disbudporapar', 'bpbd']);

export const PEKPPP_COLUMNS = /** @type {const} */ ([
  ['year', 'INTEGER'],
  ['unit_code', 'VARCHAR'],
  ['aspect', 'VARCHAR'],
  ['indicator', 'VARCHAR'],
  ['score', 'INTEGER'],
]);
export const PEKPPP_WEIGHT_COLUMNS = /** @type {const} */ ([
  ['version', 'VARCHAR'],
  ['aspect', 'VARCHAR'],
  ['aspect_weight', 'DOUBLE'],
  ['indicator', 'VARCHAR'],
  ['indicator_weight', 'DOUBLE'],
  ['provenance', 'VARCHAR'],
]);

/** @returns {import('./write.mjs').Row[]} */
export function pekpppWeights() {
  return ASPECTS.flatMap(([aspect, weight, prov, indicators]) =>
    indicators.map((indicator) => ({
      version: '2023',
      aspect,
      aspect_weight: weight,
      indicator,
      indicator_weight: Math.round((1 / indicators.length) * 1e4) / 1e4,
      provenance: `aspect and weight ${prov}; indicator label [I]; equal indicator weights within an aspect [I]`,
    })),
  );
}

/**
 * @param {number} seed
 * @returns {import('./write.mjs').Row[]}
 */
export function generatePekppp(seed) {
  const rng = Rng.for(seed, 'pekppp');
  /** @type {import('./write.mjs').Row[]} */
  const rows = [];
  for (let year = 2022; year <= 2024; year++) {
    for (const unit of UNITS) {
      if (year === 2022 && NOT_ENTERED_2022.has(unit)) continue;
      const q = quality(unit, year);
      for (const [aspect, , , indicators] of ASPECTS) {
        for (const indicator of indicators) {
          const x = 1.6 + 3.6 * q + 0.25 * (year - 2022) + 0.6 * rng.normal();
          rows.push({
            year,
            unit_code: unit,
            aspect,
            indicator,
            score: Math.min(5, Math.max(0, Math.round(x))),
          });
        }
      }
    }
  }
  return rows;
}
