// @ts-check
/**
 * applications: one row per application (transaction level, synthetic). Drawn from the same latent
 * model as service_performance, as a random sample of a requested size, generated month by month
 * so that tens of millions of rows stream through constant memory.
 */
import {
  CUTOFF_MS,
  DAY_MS,
  dateMs,
  daysInMonth,
  formatTimestamp,
  months,
  weekday,
} from './calendar.mjs';
import { Rng } from './prng.mjs';
import { buildServices, cell } from './services.mjs';
import { KECAMATAN_WEIGHT, buildUnits, kecamatanName } from './units.mjs';

export const APPLICATION_COLUMNS = /** @type {const} */ ([
  ['id', 'INTEGER'],
  ['unit_code', 'VARCHAR'],
  ['service', 'VARCHAR'],
  ['kecamatan', 'VARCHAR'],
  ['channel', 'VARCHAR'],
  ['submitted_at', 'TIMESTAMP'],
  ['completed_at', 'TIMESTAMP'],
  ['status', 'VARCHAR'],
  ['sla_days', 'INTEGER'],
  ['on_time', 'BOOLEAN'],
]);

/** Relative weight of online submissions by hour of day (WITA). Synthetic. */
const ONLINE_HOURS = [1, 0.5, 0.3, 0.3, 0.6, 1.5, 3, 5, 8, 9, 9, 8, 6, 7, 8, 7, 6, 5, 5, 6, 7, 6, 4, 2];
const ONLINE_TOTAL = ONLINE_HOURS.reduce((a, b) => a + b, 0);

/**
 * @param {number} seed
 * @param {number} total rows to generate
 * @param {(rows: import('./write.mjs').Row[]) => void} sink called once per month, in time order
 */
export function generateApplications(seed, total, sink) {
  const rng = Rng.for(seed, `applications:${total}`);
  const services = buildServices();
  /** @type {Map<string, string | null>} */
  const unitKecamatan = new Map(buildUnits().map((u) => [u.code, u.kecamatan_code]));
  const kecCodes = Object.keys(KECAMATAN_WEIGHT).map((k) => `kec-${k}`);
  const kecWeights = Object.values(KECAMATAN_WEIGHT);
  const kecNames = new Map(kecCodes.map((k) => [k, kecamatanName(k)]));

  const ms = months();
  const cells = ms.map((m) => services.map((s) => cell(seed, s, m)));
  const monthWeights = cells.map((cs) => cs.reduce((a, c) => a + c.expected, 0));
  const allWeight = monthWeights.reduce((a, b) => a + b, 0);
  // Largest-remainder allocation of `total` rows to months.
  const exact = monthWeights.map((w) => (total * w) / allWeight);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k++, rest--) counts[/** @type {number} */ (order[k]?.[1])]++;

  let nextId = 1;
  for (let mi = 0; mi < ms.length; mi++) {
    const m = /** @type {import('./calendar.mjs').Month} */ (ms[mi]);
    const cs = /** @type {import('./services.mjs').Cell[]} */ (cells[mi]);
    const cum = new Float64Array(cs.length);
    let acc = 0;
    for (let i = 0; i < cs.length; i++) cum[i] = acc += /** @type {import('./services.mjs').Cell} */ (cs[i]).expected;
    const dim = daysInMonth(m.year, m.month);
    const monthStart = dateMs(m.year, m.month, 1);
    /** @type {{ at: number, row: import('./write.mjs').Row }[]} */
    const batch = [];
    const n = /** @type {number} */ (counts[mi]);
    for (let j = 0; j < n; j++) {
      // Cell by binary search on the cumulative weights.
      const x = rng.next() * acc;
      let lo = 0;
      let hi = cs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (/** @type {number} */ (cum[mid]) > x) hi = mid;
        else lo = mid + 1;
      }
      const c = /** @type {import('./services.mjs').Cell} */ (cs[lo]);
      const s = c.service;
      const online = rng.next() < c.online;
      let at;
      if (online) {
        const day = Math.floor(rng.next() * dim);
        let h = 0;
        let r = rng.next() * ONLINE_TOTAL;
        while (h < 23 && (r -= /** @type {number} */ (ONLINE_HOURS[h])) >= 0) h++;
        at = monthStart + day * DAY_MS + h * 3_600_000 + Math.floor(rng.next() * 3600) * 1000;
      } else {
        let day;
        do day = Math.floor(rng.next() * dim);
        while ([0, 6].includes(weekday(monthStart + day * DAY_MS)));
        const minutes = 420 * ((rng.next() + rng.next()) / 2); // 08:00 .. 15:00, peak mid-morning
        at = monthStart + day * DAY_MS + 8 * 3_600_000 + Math.floor(minutes * 60) * 1000;
      }
      const days = c.medianDays * Math.exp(c.sigma * rng.normal());
      const rejected = rng.next() < s.reject;
      const stuck = rng.next() < 0.003;
      const end = at + Math.max(60_000, Math.floor((rejected ? 0.7 * days : days) * 86_400) * 1000);
      /** @type {string} */
      let status;
      /** @type {number | null} */
      let completed = null;
      if (stuck || end >= CUTOFF_MS) status = 'diproses';
      else {
        status = rejected ? 'ditolak' : 'selesai';
        completed = end;
      }
      const own = unitKecamatan.get(s.unit_code);
      const kec = own && rng.next() < 0.97 ? own : rng.weighted(kecCodes, kecWeights);
      batch.push({
        at,
        row: {
          id: 0,
          unit_code: s.unit_code,
          service: s.service,
          kecamatan: kecNames.get(kec),
          channel: online ? 'online' : 'offline',
          submitted_at: formatTimestamp(at),
          completed_at: completed === null ? null : formatTimestamp(completed),
          status,
          sla_days: s.sla_days,
          on_time: status === 'selesai' ? (end - at) / DAY_MS <= s.sla_days : null,
        },
      });
    }
    batch.sort((a, b) => a.at - b.at); // stable: ties keep generation order
    sink(
      batch.map((b) => {
        b.row.id = nextId++;
        return b.row;
      }),
    );
  }
}
