// @ts-check
/**
 * service_performance: monthly aggregates per unit and service (synthetic).
 * "Not reported" is modelled as a missing row (the unit did not enter the month) or as NULL in a
 * measure the unit did not track; it is never a zero.
 */
import { CUTOFF_MS, DAY_MS, dateMs, formatDate, months, normCdf, round } from './calendar.mjs';
import { Rng } from './prng.mjs';
import { buildServices, cell } from './services.mjs';

export const SERVICE_PERFORMANCE_COLUMNS = /** @type {const} */ ([
  ['month', 'DATE'],
  ['unit_code', 'VARCHAR'],
  ['service', 'VARCHAR'],
  ['sla_days', 'INTEGER'],
  ['received', 'INTEGER'],
  ['completed', 'INTEGER'],
  ['completed_on_time', 'INTEGER'],
  ['rejected', 'INTEGER'],
  ['median_days', 'DOUBLE'],
  ['mean_days', 'DOUBLE'],
  ['online_share', 'DOUBLE'],
]);

/**
 * Does a unit report a month at all? Deterministic per (seed, unit, month).
 * @param {number} seed
 * @param {string} unit
 * @param {import('./calendar.mjs').Month} m
 * @param {Set<string>} gappyKelurahan
 */
function reported(seed, unit, m, gappyKelurahan) {
  if (unit === 'damkar' && m.index < 6) return false; // joined Simonik reporting in 2022-07
  if (unit === 'bkpsdm' && m.year === 2022) return false; // first entered data in 2023
  const r = Rng.for(seed, `report:${unit}:${m.key}`).next();
  if (unit === 'dkp3') return r >= 0.15;
  if (gappyKelurahan.has(unit)) return r >= 0.25;
  return true;
}

/**
 * @param {number} seed
 * @returns {import('./write.mjs').Row[]}
 */
export function generateServicePerformance(seed) {
  const rng = Rng.for(seed, 'service_performance');
  const services = buildServices();
  const kelurahan = [...new Set(services.map((s) => s.unit_code))].filter((u) =>
    u.startsWith('kel-'),
  );
  /** @type {Set<string>} */
  const gappy = new Set();
  const pickRng = Rng.for(seed, 'service_performance:gappy');
  while (gappy.size < 6) gappy.add(pickRng.pick(kelurahan));

  /** @type {import('./write.mjs').Row[]} */
  const rows = [];
  for (const m of months()) {
    for (const s of services) {
      if (!reported(seed, s.unit_code, m, gappy)) continue;
      const c = cell(seed, s, m);
      const received = Math.max(1, rng.poisson(c.expected));
      const rejected = rng.binomial(received, s.reject);
      // Applications still in process at the end of the data (2024-12-31): those whose completion
      // time exceeds the days left after mid-month, plus a few stuck files.
      const left = (CUTOFF_MS - dateMs(m.year, m.month, 15)) / DAY_MS;
      const pLate = 1 - normCdf((Math.log(left) - Math.log(c.medianDays)) / c.sigma);
      const pPending = Math.min(0.9, pLate + 0.003);
      const pending = rng.binomial(received - rejected, pPending);
      const completed = received - rejected - pending;
      const pOnTime = Math.min(1, c.onTime / (1 - pLate));
      const onTime = rng.binomial(completed, pOnTime);
      const median = c.medianDays * Math.exp(0.05 * rng.normal());
      const mean = c.medianDays * Math.exp((c.sigma * c.sigma) / 2) * Math.exp(0.05 * rng.normal());
      const online = Math.min(
        1,
        Math.max(0.001, c.online + (0.5 / Math.sqrt(received)) * 0.3 * rng.normal()),
      );
      const untracked =
        (s.unit_code === 'disbudporapar' && m.year === 2022) ||
        (s.unit_code.startsWith('kel-') && m.year === 2022 && m.month <= 6);
      const onlineMissing = untracked || rng.bool(0.01);
      rows.push({
        month: formatDate(dateMs(m.year, m.month, 1)),
        unit_code: s.unit_code,
        service: s.service,
        sla_days: s.sla_days,
        received,
        completed,
        completed_on_time: untracked ? null : onTime,
        rejected,
        median_days: untracked ? null : round(median, 2),
        mean_days: untracked ? null : round(mean, 2),
        online_share: onlineMissing ? null : round(online, 3),
      });
    }
  }
  return rows;
}
