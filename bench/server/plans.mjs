// @ts-check
/**
 * The plans bench/crossfilter's dashboard sends (page/dashboard.ts: two KPIs, the status donut,
 * bars by unit and by channel, the monthly line, the kecamatan x status heatmap, the services
 * table), written with core's builders as each widget's *-query.ts writes them, and the gestures
 * of that benchmark: clicks on unit, channel, status and a heatmap cell, brushes over months.
 */
// The same seeded generator as bench/crossfilter's gestures, so both benches draw the same ones.
import { random } from '../crossfilter/measure.mjs';
import { aggregatePlan, measure, pagePlan, periodPlan } from '../../packages/core/dist/index.js';

const T = 'applications';
/** @typedef {import('../../packages/core/dist/index.js').FilterClause} FilterClause */
/** @typedef {import('../../packages/core/dist/index.js').QueryPlan} QueryPlan */

/** Every widget's plan, each with the clauses of every publisher but itself. @param {Record<string, FilterClause[]>} selection by publisher id */
export function dashboardPlans(selection) {
  /** @param {string} id */
  const f = (id) =>
    Object.entries(selection).flatMap(([publisher, clauses]) => (publisher === id ? [] : clauses));
  /** @type {Record<string, QueryPlan>} */
  return {
    // kpi-query.ts: the value and the record count beside it.
    total: aggregatePlan({
      table: T,
      measures: { 'count(*)': 'count(*)', records: 'count(*)' },
      filter: f('total'),
    }),
    sla: aggregatePlan({
      table: T,
      measures: { 'avg(sla_days)': 'avg(sla_days)', records: 'count(*)' },
      filter: f('sla'),
    }),
    // donut-query.ts
    status: aggregatePlan({
      table: T,
      groups: ['status'],
      measures: { 'count(*)': 'count(*)' },
      filter: f('status'),
      order: [{ key: 'status' }],
      limit: 1000,
    }),
    // bar-chart-query.ts, sort desc (the default for categories), limit 12
    units: aggregatePlan({
      table: T,
      groups: ['unit_code'],
      measures: { 'count(*)': 'count(*)' },
      filter: f('units'),
      order: [{ key: 'count(*)', desc: true }, { key: 'unit_code' }],
      limit: 12,
    }),
    channel: aggregatePlan({
      table: T,
      groups: ['channel'],
      measures: { 'avg(sla_days)': 'avg(sla_days)' },
      filter: f('channel'),
      order: [{ key: 'avg(sla_days)', desc: true }, { key: 'channel' }],
    }),
    // line-chart-query.ts
    months: periodPlan({
      table: T,
      groups: [{ column: 'submitted_at', interval: 'month' }],
      measures: { 'count(*)': 'count(*)' },
      filter: f('months'),
    }),
    // heatmap-query.ts
    grid: periodPlan({
      table: T,
      groups: [{ column: 'kecamatan' }, { column: 'status', interval: null }],
      measures: { 'count(*)': 'count(*)' },
      filter: f('grid'),
    }),
    // table-query.ts: the first page of 6 with the total row count
    services: pagePlan({
      table: T,
      groups: ['service'],
      measures: [measure('count(*)', 'Permohonan'), measure('avg(sla_days)', 'SLA')],
      filter: f('services'),
      order: [{ key: 'Permohonan', desc: true }, { key: 'service' }, { key: 'SLA' }],
      page: 0,
      pageSize: 6,
      total: '__pantau_total_rows',
    }),
  };
}

const UNITS = [
  'disdukcapil',
  'dpmptsp',
  'bpkpad',
  'dinsos',
  'disdik',
  'dinkes',
  'disperdagin',
  'kec-selatan',
];
const STATUSES = ['selesai', 'ditolak', 'diproses'];
const CHANNELS = ['online', 'offline'];
const KECAMATAN = [
  'Banjarmasin Barat',
  'Banjarmasin Selatan',
  'Banjarmasin Tengah',
  'Banjarmasin Timur',
  'Banjarmasin Utara',
];
const PUBLISHERS = ['units', 'status', 'months', 'channel', 'grid'];

/** A brush over whole months, as the line chart publishes it: [first instant, last millisecond]. @param {number} first 0..35 @param {number} count */
function monthRange(first, count) {
  const start = new Date(Date.UTC(2022, first, 1));
  const end = new Date(Date.UTC(2022, first + count, 1) - 1);
  return /** @type {FilterClause} */ ({
    column: 'submitted_at',
    predicate: 'between',
    value: [start.toISOString(), end.toISOString()],
  });
}

/**
 * `n` gestures from `seed`: each changes one publisher's selection (a click on another value, a
 * new brush, or clearing it one time in six) and yields the selection after it.
 * @param {number} n @param {number} seed
 */
export function gestures(n, seed) {
  const r = random(seed);
  const pick = (/** @type {readonly string[]} */ xs) =>
    /** @type {string} */ (xs[Math.floor(r() * xs.length)]);
  /** @type {Record<string, FilterClause[]>} */
  const selection = {};
  const out = [];
  for (let i = 0; i < n; i++) {
    const publisher = pick(PUBLISHERS);
    const kind = publisher === 'months' ? 'brush' : 'click';
    if (r() < 1 / 6) delete selection[publisher];
    else if (publisher === 'units')
      selection[publisher] = [{ column: 'unit_code', predicate: 'eq', value: pick(UNITS) }];
    else if (publisher === 'status')
      selection[publisher] = [{ column: 'status', predicate: 'eq', value: pick(STATUSES) }];
    else if (publisher === 'channel')
      selection[publisher] = [{ column: 'channel', predicate: 'eq', value: pick(CHANNELS) }];
    else if (publisher === 'grid')
      selection[publisher] = [
        { column: 'kecamatan', predicate: 'eq', value: pick(KECAMATAN) },
        { column: 'status', predicate: 'eq', value: pick(STATUSES) },
      ];
    else {
      const count = 2 + Math.floor(r() * 7);
      selection[publisher] = [monthRange(Math.floor(r() * (36 - count)), count)];
    }
    out.push({ publisher, kind, selection: structuredClone(selection) });
  }
  return out;
}

/**
 * A selection on every publisher at once: sent once before timing (BENCH_SERVER_TEACH), it
 * teaches the server every selection column and builds each widget's cube with all of them, as
 * a page's coordinator builds its cubes once a pointer reaches a publisher.
 * @type {Record<string, FilterClause[]>}
 */
export const EVERY_PUBLISHER = {
  units: [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }],
  status: [{ column: 'status', predicate: 'eq', value: 'selesai' }],
  months: [monthRange(12, 6)],
  channel: [{ column: 'channel', predicate: 'eq', value: 'online' }],
  grid: [
    { column: 'kecamatan', predicate: 'eq', value: 'Banjarmasin Barat' },
    { column: 'status', predicate: 'eq', value: 'selesai' },
  ],
};
