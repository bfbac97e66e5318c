// @ts-check
/**
 * ikm_responses: one row per respondent of the IKM survey (PermenPANRB 14/2017: nine elements
 * U1..U9, each answered 1..4). Answers are synthetic, tuned so unit IKM values spread over
 * categories B and A with a couple in C, and a few unit-semesters have too few respondents.
 */
import { DAY_MS, dateMs, formatDate, normCdf, weekday } from './calendar.mjs';
import { IKM_UNITS, profile } from './profiles.mjs';
import { Rng } from './prng.mjs';
import { buildServices } from './services.mjs';

export const IKM_COLUMNS = /** @type {const} */ ([
  ['id', 'INTEGER'],
  ['unit_code', 'VARCHAR'],
  ['service', 'VARCHAR'],
  ['date', 'DATE'],
  ['u1', 'INTEGER'],
  ['u2', 'INTEGER'],
  ['u3', 'INTEGER'],
  ['u4', 'INTEGER'],
  ['u5', 'INTEGER'],
  ['u6', 'INTEGER'],
  ['u7', 'INTEGER'],
  ['u8', 'INTEGER'],
  ['u9', 'INTEGER'],
  ['gender', 'VARCHAR'],
  ['age_group', 'VARCHAR'],
  ['education', 'VARCHAR'],
  ['occupation', 'VARCHAR'],
]);

/** Element offsets on the 1..4 scale (sum 0): fees rate high (most services are free), time and
 * complaint handling low. Synthetic. */
const OFFSETS = [0, -0.05, -0.15, 0.3, 0.05, 0.05, 0.1, -0.2, -0.1];
const SD_ANSWER = 0.55;
const SD_PERSON = 0.3;
const SD_TOTAL = Math.sqrt(SD_ANSWER ** 2 + SD_PERSON ** 2);

/**
 * Expected value of clamp(round(x + N(0, sd)), 1, 4).
 * @param {number} x
 * @param {number} sd
 */
function expectedAnswer(x, sd) {
  const p1 = normCdf((1.5 - x) / sd);
  const p2 = normCdf((2.5 - x) / sd) - p1;
  const p4 = 1 - normCdf((3.5 - x) / sd);
  const p3 = 1 - p1 - p2 - p4;
  return p1 + 2 * p2 + 3 * p3 + 4 * p4;
}

/**
 * The latent centre whose expected mean answer over the nine elements equals `target` (1..4).
 * @param {number} target
 */
function centreFor(target) {
  let lo = 0;
  let hi = 6;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const mean =
      OFFSETS.reduce((a, o) => a + expectedAnswer(mid + o, SD_TOTAL), 0) / OFFSETS.length;
    if (mean < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const GENDER = ['Laki-laki', 'Perempuan'];
const GENDER_W = [0.47, 0.53];
const AGE = ['17-25', '26-35', '36-45', '46-55', '56+'];
const AGE_W = [0.2, 0.28, 0.25, 0.17, 0.1];
const EDUCATION = ['SD', 'SMP', 'SMA/SMK', 'D1-D3', 'D4/S1', 'S2/S3'];
const EDUCATION_W = [0.08, 0.12, 0.42, 0.1, 0.24, 0.04];
const OCCUPATION = [
  'PNS/TNI/Polri',
  'Pegawai Swasta',
  'Wiraswasta',
  'Pelajar/Mahasiswa',
  'Ibu Rumah Tangga',
  'Lainnya',
];
const OCCUPATION_W = [0.1, 0.22, 0.25, 0.13, 0.18, 0.12];

/** Unit-semesters with a handful of respondents on purpose (besides BPBD, always small). */
/** @type {Record<string, number>} */
const SMALL = { 'disbudporapar:2022-1': 6, 'dkp3:2024-2': 9 };

/**
 * @param {number} seed
 * @returns {import('./write.mjs').Row[]}
 */
export function generateIkmResponses(seed) {
  const rng = Rng.for(seed, 'ikm_responses');
  const services = buildServices();
  /** @type {import('./write.mjs').Row[]} */
  const rows = [];
  let id = 1;
  for (let year = 2022; year <= 2024; year++) {
    for (const half of [1, 2]) {
      const semester = (year - 2022) * 2 + (half - 1); // 0..5
      const start = dateMs(year, half === 1 ? 1 : 7, 1);
      const end = dateMs(half === 1 ? year : year + 1, half === 1 ? 7 : 1, 1);
      const days = (end - start) / DAY_MS;
      for (const unit of IKM_UNITS) {
        const p = profile(unit);
        const target = p.ikm[0] + ((p.ikm[1] - p.ikm[0]) * semester) / 5 + 0.6 * rng.normal();
        const centre = centreFor(target / 25);
        const n = SMALL[`${unit}:${year}-${half}`] ?? rng.int(p.n[0], p.n[1]);
        const unitServices = services.filter((s) => s.unit_code === unit);
        const names = unitServices.map((s) => s.service);
        const weights = unitServices.map((s) => s.volume);
        /** @type {import('./write.mjs').Row[]} */
        const batch = [];
        for (let i = 0; i < n; i++) {
          let day;
          do day = Math.floor(rng.next() * days);
          while ([0, 6].includes(weekday(start + day * DAY_MS)));
          const person = SD_PERSON * rng.normal();
          /** @type {import('./write.mjs').Row} */
          const row = {
            id: 0,
            unit_code: unit,
            service: rng.weighted(names, weights),
            date: formatDate(start + day * DAY_MS),
          };
          OFFSETS.forEach((o, e) => {
            const x = Math.round(centre + o + person + SD_ANSWER * rng.normal());
            row[`u${e + 1}`] = Math.min(4, Math.max(1, x));
          });
          row.gender = rng.weighted(GENDER, GENDER_W);
          row.age_group = rng.weighted(AGE, AGE_W);
          row.education = rng.weighted(EDUCATION, EDUCATION_W);
          row.occupation = rng.weighted(OCCUPATION, OCCUPATION_W);
          batch.push(row);
        }
        batch.sort((a, b) =>
          String(a.date) < String(b.date) ? -1 : String(a.date) > String(b.date) ? 1 : 0,
        );
        for (const r of batch) {
          r.id = id++;
          rows.push(r);
        }
      }
    }
  }
  return rows;
}
