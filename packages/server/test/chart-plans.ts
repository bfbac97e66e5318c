// Every chart kind's plans, built with core's builders as the widgets build them, each beside
// the oracle SQL (DuckDB's) that answers it by hand. Shared by the DuckDB server's test and the
// ClickHouse engine's.
import {
  aggregatePlan,
  columnValue,
  extentPlan,
  latestPeriodsPlan,
  matchPlan,
  optionsPlan,
  pagePlan,
  periodPlan,
  type QueryPlan,
} from '@pantau/core';

const done = { column: 'status', predicate: 'eq' as const, value: 'selesai' };

export const PLANS: Record<string, { plan: QueryPlan; sql: string }> = {
  bars: {
    plan: aggregatePlan({
      table: 'service_performance',
      groups: ['unit_code'],
      measures: { received: 'sum(received)' },
      filter: [{ column: 'month', predicate: 'gte', value: '2023-01-01' }],
      order: [{ key: 'received', desc: true }],
      limit: 10,
    }),
    sql: `SELECT unit_code, sum(received) AS received FROM service_performance
          WHERE month >= DATE '2023-01-01' GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
  },
  line: {
    plan: periodPlan({
      table: 'service_performance',
      groups: [{ column: 'month', interval: 'year' }, { column: 'unit_code' }],
      measures: { on_time: 'sum(completed_on_time) / sum(completed)' },
      filter: [{ column: 'unit_code', predicate: 'in', value: ['disdukcapil', 'dinkes'] }],
    }),
    sql: `SELECT CAST(date_trunc('year', month) AS DATE) AS month, unit_code,
            sum(completed_on_time)::DOUBLE / NULLIF(sum(completed)::DOUBLE, 0) AS on_time
          FROM service_performance WHERE unit_code IN ('disdukcapil', 'dinkes')
          GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 100000`,
  },
  heatmap: {
    plan: periodPlan({
      table: 'service_performance',
      groups: [{ column: 'unit_code' }, { column: 'month', interval: 'month' }],
      measures: { days: 'avg("median_days")' },
      filter: [{ column: 'month', predicate: 'between', value: ['2024-01-01', '2024-06-30'] }],
    }),
    sql: `SELECT unit_code, CAST(date_trunc('month', month) AS DATE) AS month,
            avg(median_days) AS days FROM service_performance
          WHERE month BETWEEN DATE '2024-01-01' AND DATE '2024-06-30'
          GROUP BY 1, 2 ORDER BY 1, 2`,
  },
  donut: {
    plan: aggregatePlan({
      table: 'applications',
      groups: ['channel'],
      measures: { n: 'count(*)' },
      filter: [done],
      order: [{ key: 'n', desc: true }],
    }),
    sql: `SELECT channel, count(*) AS n FROM applications WHERE status = 'selesai'
          GROUP BY 1 ORDER BY 2 DESC`,
  },
  gauge: {
    plan: aggregatePlan({ table: 'ikm_responses', measures: { ikm: 'ikm' } }),
    sql: `SELECT (avg(u1) + avg(u2) + avg(u3) + avg(u4) + avg(u5) + avg(u6) + avg(u7) + avg(u8)
            + avg(u9)) / 9 * 25 AS ikm FROM ikm_responses`,
  },
  kpi: {
    plan: latestPeriodsPlan({
      table: 'service_performance',
      time: 'month',
      interval: 'month',
      value: 'sum(received)',
      periods: 13,
    }),
    sql: `SELECT CAST(date_trunc('month', month) AS DATE) AS month, sum(received) AS "sum(received)"
          FROM service_performance WHERE month IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 13`,
  },
  radar: {
    plan: aggregatePlan({
      table: 'ikm_responses',
      measures: Object.fromEntries(
        Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, `avg(u${i + 1})`]),
      ),
      filter: [{ column: 'unit_code', predicate: 'eq', value: 'disdukcapil' }],
    }),
    sql: `SELECT ${Array.from({ length: 9 }, (_, i) => `avg(u${i + 1}) AS "U${i + 1}"`).join(', ')}
          FROM ikm_responses WHERE unit_code = 'disdukcapil'`,
  },
  table: {
    plan: pagePlan({
      table: 'applications',
      groups: [],
      measures: [columnValue('id'), columnValue('unit_code'), columnValue('submitted_at')],
      filter: [{ column: 'kecamatan', predicate: 'contains', value: 'timur' }],
      order: [{ key: 'submitted_at', desc: true }, { key: 'id' }],
      page: 3,
      pageSize: 25,
      total: '__total',
    }),
    sql: `SELECT id, unit_code, submitted_at, count(*) OVER () AS __total FROM applications
          WHERE kecamatan ILIKE '%timur%' ORDER BY submitted_at DESC, id LIMIT 25 OFFSET 75`,
  },
  options: {
    plan: optionsPlan({
      table: 'applications',
      column: 'service',
      text: true,
      filter: [done],
      search: 'kartu',
      limit: 20,
    }),
    sql: `SELECT service AS value, count(*) AS count, count(*) OVER () AS total FROM applications
          WHERE status = 'selesai' AND service IS NOT NULL AND service ILIKE '%kartu%'
          GROUP BY 1 ORDER BY lower(service), service LIMIT 20`,
  },
  extent: {
    plan: extentPlan({ table: 'applications', column: 'submitted_at', filter: [done] }),
    sql: `SELECT min(submitted_at) AS low, max(submitted_at) AS high, count(submitted_at) AS count
          FROM applications WHERE status = 'selesai'`,
  },
  match: {
    plan: matchPlan({ table: 'applications', column: 'service', filter: [done], term: 'akta' }),
    sql: `SELECT count(*) AS total, count(*) FILTER (WHERE service ILIKE '%akta%') AS matches
          FROM applications WHERE status = 'selesai'`,
  },
  exact: {
    plan: aggregatePlan({
      table: 'service_performance',
      measures: {
        received: 'sum(received)',
        rows: 'count(*)',
        spread: 'max(sla_days) - min(sla_days)',
      },
    }),
    sql: `SELECT sum(received) AS received, count(*) AS rows, max(sla_days) - min(sla_days) AS spread
          FROM service_performance`,
  },
};
