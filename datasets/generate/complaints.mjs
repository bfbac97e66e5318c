// @ts-check
/**
 * complaints: one row per complaint received through SP4N-LAPOR! (synthetic). Per complaint rather
 * than per unit and month because volumes are small (about a thousand over three years), so the raw
 * rows cost little, and any grain (month, quarter, unit, channel) and any statistic (median days to
 * respond) can then be computed in SQL. A unit with no complaint in a month simply has no rows:
 * that is a true zero, unlike a month a unit did not report in service_performance.
 */
import {
  CUTOFF_MS,
  DAY_MS,
  dateMs,
  daysInMonth,
  formatTimestamp,
  months,
  round,
} from './calendar.mjs';
import { quality } from './profiles.mjs';
import { Rng } from './prng.mjs';

export const COMPLAINT_COLUMNS = /** @type {const} */ ([
  ['id', 'INTEGER'],
  ['unit_code', 'VARCHAR'],
  ['received_at', 'TIMESTAMP'],
  ['channel', 'VARCHAR'],
  ['topic', 'VARCHAR'],
  ['status', 'VARCHAR'],
  ['followed_up_at', 'TIMESTAMP'],
  ['resolved_at', 'TIMESTAMP'],
  ['days_to_respond', 'DOUBLE'],
  ['days_to_resolve', 'DOUBLE'],
]);

/** Mean complaints per month (synthetic). */
/** @type {Record<string, number>} */
const RATE = {
  disdukcapil: 6,
  dpmptsp: 3,
  bpkpad: 3,
  dinsos: 4,
  dinkes: 2,
  disdik: 3,
  disperdagin: 1,
  dkp3: 0.6,
  dpkp: 1.5,
  damkar: 0.8,
  diskominfotik: 0.8,
  disbudporapar: 0.5,
  bpbd: 0.8,
  bkpsdm: 0.4,
  'kec-barat': 1.2,
  'kec-selatan': 1.5,
  'kec-tengah': 1,
  'kec-timur': 1.2,
  'kec-utara': 1.2,
  'pkm-pekauman': 0.5,
  'pkm-teluk-dalam': 0.5,
  'pkm-alalak-selatan': 0.5,
  'pkm-karang-mekar': 0.5,
};

const CHANNELS = ['website', 'aplikasi', 'SMS 1708', 'media sosial'];
const CHANNEL_W = [0.35, 0.35, 0.1, 0.2];
const TOPICS = [
  'waktu layanan',
  'persyaratan',
  'sikap petugas',
  'biaya/pungutan',
  'layanan daring',
  'sarana prasarana',
  'informasi layanan',
];
const TOPIC_W = [0.3, 0.15, 0.12, 0.05, 0.18, 0.1, 0.1];

/**
 * @param {number} seed
 * @returns {import('./write.mjs').Row[]}
 */
export function generateComplaints(seed) {
  const rng = Rng.for(seed, 'complaints');
  /** @type {{ at: number, row: import('./write.mjs').Row }[]} */
  const all = [];
  for (const m of months()) {
    const season = m.month === 12 ? 1.2 : 1;
    for (const [unit, rate] of Object.entries(RATE)) {
      const q = quality(unit, m.year);
      const rainy = unit === 'bpbd' && [1, 2, 12].includes(m.month) ? 2.5 : 1;
      const n = rng.poisson(rate * (1.35 - q) * season * rainy);
      for (let i = 0; i < n; i++) {
        const at =
          dateMs(m.year, m.month, 1) +
          Math.floor(rng.next() * daysInMonth(m.year, m.month)) * DAY_MS +
          (7 * 3600 + Math.floor(rng.next() * 15 * 3600)) * 1000;
        /** @type {number | null} */
        let followed = null;
        /** @type {number | null} */
        let resolved = null;
        if (rng.bool(0.85 + 0.12 * q)) {
          const respond = (0.8 + 5 * (1 - q)) * Math.exp(0.8 * rng.normal());
          followed = at + Math.floor(respond * 86_400) * 1000;
          if (rng.bool(0.8 + 0.15 * q)) {
            const resolve = 7 * (1.5 - q) * Math.exp(0.7 * rng.normal());
            resolved = followed + Math.floor(resolve * 86_400) * 1000;
          }
        }
        if (followed !== null && followed >= CUTOFF_MS) followed = null;
        if (resolved !== null && (followed === null || resolved >= CUTOFF_MS)) resolved = null;
        all.push({
          at,
          row: {
            id: 0,
            unit_code: unit,
            received_at: formatTimestamp(at),
            channel: rng.weighted(CHANNELS, CHANNEL_W),
            topic: rng.weighted(TOPICS, TOPIC_W),
            status:
              resolved !== null
                ? 'selesai'
                : followed !== null
                  ? 'ditindaklanjuti'
                  : 'belum ditindaklanjuti',
            followed_up_at: followed === null ? null : formatTimestamp(followed),
            resolved_at: resolved === null ? null : formatTimestamp(resolved),
            days_to_respond: followed === null ? null : round((followed - at) / DAY_MS, 2),
            days_to_resolve: resolved === null ? null : round((resolved - at) / DAY_MS, 2),
          },
        });
      }
    }
  }
  all.sort((a, b) => a.at - b.at);
  return all.map((x, i) => ({ ...x.row, id: i + 1 }));
}
