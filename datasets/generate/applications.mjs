// @ts-check
/**
 * applications: one row per application (transaction level, synthetic). Drawn from the same latent
 * model as service_performance, as a random sample of a requested size, generated month by month
 * (submission times sorted within the month) and handed out in chunks, so that tens of millions
 * of rows stream through small, constant memory.
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
const ONLINE_HOURS = [
  1, 0.5, 0.3, 0.3, 0.6, 1.5, 3, 5, 8, 9, 9, 8, 6, 7, 8, 7, 6, 5, 5, 6, 7, 6, 4, 2,
];
const ONLINE_TOTAL = ONLINE_HOURS.reduce((a, b) => a + b, 0);
/** Rows handed to the sink at a time. */
const CHUNK = 20_000;

/**
 * Largest-remainder allocation of `total` over `weights`.
 * @param {number} total
 * @param {number[]} weights
 */
function allocate(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i])
    .sort((a, b) => Number(b[0]) - Number(a[0]) || Number(a[1]) - Number(b[1]));
  for (let k = 0; rest > 0; k++, rest--) {
    const i = Number(order[k]?.[1]);
    counts[i] = Number(counts[i]) + 1;
  }
  return counts;
}

/**
 * @param {number} seed
 * @param {number} total rows to generate
 * @param {(rows: import('./write.mjs').Row[]) => void} sink called with consecutive chunks, in time order
 */
export function generateApplications(seed, total, sink) {
  const rng = Rng.for(seed, `applications:${total}`);
  const services = buildServices();
  /** @type {Map<string, string | null>} */
  const unitKecamatan = new Map(buildUnits().map((u) => [u.code, u.kecamatan_code]));
  const kecCodes = Object.keys(KECAMATAN_WEIGHT).map((k) => `kec-${k}`);
  const kecWeights = Object.values(KECAMATAN_WEIGHT);
  const kecNames = new Map(kecCodes.map((k) => [k, kecamatanName(k)]));
  const ownKec = services.map((s) => unitKecamatan.get(s.unit_code) ?? null);

  const ms = months();
  const cells = ms.map((m) => services.map((s) => cell(seed, s, m)));
  const counts = allocate(
    total,
    cells.map((cs) => cs.reduce((a, c) => a + c.expected, 0)),
  );

  let nextId = 1;
  for (let mi = 0; mi < ms.length; mi++) {
    const m = /** @type {import('./calendar.mjs').Month} */ (ms[mi]);
    const cs = /** @type {import('./services.mjs').Cell[]} */ (cells[mi]);
    const n = /** @type {number} */ (counts[mi]);
    const cum = new Float64Array(cs.length);
    let acc = 0;
    for (let i = 0; i < cs.length; i++)
      cum[i] = acc += /** @type {import('./services.mjs').Cell} */ (cs[i]).expected;
    const dim = daysInMonth(m.year, m.month);
    const monthStart = dateMs(m.year, m.month, 1);
    const workdays = [];
    for (let d = 0; d < dim; d++)
      if (![0, 6].includes(weekday(monthStart + d * DAY_MS))) workdays.push(d);

    // Pass 1: service cell, channel and submission second of every row, in typed arrays.
    const cellOf = new Uint16Array(n);
    const online = new Uint8Array(n);
    const factor = 2 ** Math.ceil(Math.log2(n + 1));
    const keys = new Float64Array(n); // second-in-month * factor + row: sorts by time, ties by row
    for (let j = 0; j < n; j++) {
      const x = rng.next() * acc;
      let lo = 0;
      let hi = cs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (/** @type {number} */ (cum[mid]) > x) hi = mid;
        else lo = mid + 1;
      }
      cellOf[j] = lo;
      const c = /** @type {import('./services.mjs').Cell} */ (cs[lo]);
      let sec;
      if (rng.next() < c.online) {
        online[j] = 1;
        const day = Math.floor(rng.next() * dim);
        let h = 0;
        let r = rng.next() * ONLINE_TOTAL;
        while (h < 23 && (r -= /** @type {number} */ (ONLINE_HOURS[h])) >= 0) h++;
        sec = day * 86_400 + h * 3600 + Math.floor(rng.next() * 3600);
      } else {
        const day = /** @type {number} */ (workdays[Math.floor(rng.next() * workdays.length)]);
        const minutes = 420 * ((rng.next() + rng.next()) / 2); // 08:00 .. 15:00, peak mid-morning
        sec = day * 86_400 + 8 * 3600 + Math.floor(minutes * 60);
      }
      keys[j] = sec * factor + j;
    }
    keys.sort();

    // Pass 2: in time order, the outcome of every application.
    /** @type {import('./write.mjs').Row[]} */
    let chunk = [];
    for (let k = 0; k < n; k++) {
      const key = /** @type {number} */ (keys[k]);
      const j = key % factor;
      const at = monthStart + ((key - j) / factor) * 1000;
      const ci = /** @type {number} */ (cellOf[j]);
      const c = /** @type {import('./services.mjs').Cell} */ (cs[ci]);
      const s = c.service;
      const days = c.medianDays * Math.exp(c.sigma * rng.normal());
      const rejected = rng.next() < s.reject;
      const stuck = rng.next() < 0.003;
      const end = at + Math.max(60_000, Math.floor((rejected ? 0.7 * days : days) * 86_400) * 1000);
      const diproses = stuck || end >= CUTOFF_MS;
      const status = diproses ? 'diproses' : rejected ? 'ditolak' : 'selesai';
      const own = ownKec[ci];
      const kec = own && rng.next() < 0.97 ? own : rng.weighted(kecCodes, kecWeights);
      chunk.push({
        id: nextId++,
        unit_code: s.unit_code,
        service: s.service,
        kecamatan: kecNames.get(kec),
        channel: online[j] ? 'online' : 'offline',
        submitted_at: formatTimestamp(at),
        completed_at: diproses ? null : formatTimestamp(end),
        status,
        sla_days: s.sla_days,
        on_time: status === 'selesai' ? (end - at) / DAY_MS <= s.sla_days : null,
      });
      if (chunk.length === CHUNK) {
        sink(chunk);
        chunk = [];
      }
    }
    if (chunk.length) sink(chunk);
  }
}
