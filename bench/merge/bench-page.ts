/**
 * The browser half of `npm run bench:merge`: one cross-filter interaction's eight plans (the
 * crossfilter dashboard's widgets: bars, donut, month line, heatmap, two KPIs, a table page, a
 * menu) answered by the page's duckdb-wasm three ways, in alternating order per round:
 *
 * - separate: each plan's SQL sent at once as its own query (what Pantau did before plans);
 * - merged: the plans as one UNION ALL BY NAME statement (plan/merge.ts, what the coordinator
 *   sends now);
 * - grouping sets: the five plans that group one table under the same filter as one
 *   GROUPING SETS scan, the other three as their own queries (the alternative the issue names).
 *
 * Settings come from the URL (`?sizes=100000,1000000&rounds=30`); results are exposed as
 * `window.__mergeResults` for bench/merge/run.mjs.
 */
import { writerOf } from '../../packages/core/src/engine/engine-access.ts';
import {
  createBrowserConnector,
  extentPlan,
  latestPeriodsPlan,
  measure,
  mergeQueries,
  optionsPlan,
  pagePlan,
  periodPlan,
  aggregatePlan,
  renderPlan,
  runQuery,
  type FilterClause,
  type QueryPlan,
  type SqlValue,
} from '@pantau/core';

const GENERATE =
  "CREATE OR REPLACE TABLE applications AS SELECT ('unit_' || (i % 40)) AS unit, " +
  "(['selesai', 'proses', 'ditolak'])[1 + (i % 3)] AS status, (['online', 'loket'])[1 + (i % 2)] AS channel, " +
  "(i % 17)::DOUBLE AS sla_days, TIMESTAMP '2022-01-01' + to_minutes((i * 37) % 1577000) AS submitted_at " +
  'FROM range({rows}) t(i)';

function plans(filter: FilterClause[]): QueryPlan[] {
  const table = 'applications';
  return [
    aggregatePlan({
      table,
      groups: ['unit'],
      measures: { 'avg(sla_days)': 'avg(sla_days)' },
      filter,
      order: [{ key: 'avg(sla_days)', desc: true }, { key: 'unit' }],
    }),
    aggregatePlan({
      table,
      groups: ['status'],
      measures: { 'count(*)': 'count(*)' },
      filter,
      order: [{ key: 'status' }],
    }),
    periodPlan({
      table,
      groups: [{ column: 'submitted_at', interval: 'month' }],
      measures: { 'count(*)': 'count(*)' },
      filter,
    }),
    periodPlan({
      table,
      groups: [{ column: 'unit' }, { column: 'channel' }],
      measures: { v: 'count(*)' },
      filter,
    }),
    aggregatePlan({ table, measures: { n: 'count(*)', records: 'count(*)' }, filter }),
    latestPeriodsPlan({
      table,
      time: 'submitted_at',
      interval: 'month',
      value: 'count(*)',
      filter,
      periods: 12,
    }),
    pagePlan({
      table,
      groups: ['status'],
      measures: [measure('count(*)', 'Jumlah'), measure('max(submitted_at)', 'Terakhir')],
      filter,
      order: [{ key: 'status' }],
      page: 0,
      pageSize: 5,
      total: '__total',
    }),
    optionsPlan({ table, column: 'channel', text: true, filter, search: '', limit: 500 }),
    extentPlan({ table, column: 'sla_days', filter }),
  ];
}

/** The grouped plans of one filter as one GROUPING SETS scan (hand-written for the measure). */
function groupingSetsSql(where: string): string {
  return (
    "SELECT unit, status, channel, CAST(date_trunc('month', submitted_at) AS DATE) AS month, " +
    'GROUPING(unit, status, channel, month) AS g, avg(sla_days) AS a, count(*) AS n FROM applications ' +
    `${where} GROUP BY GROUPING SETS ((unit), (status), (month), (unit, channel), ())`
  );
}

interface Samples {
  samples: number[];
  median: number;
  p95: number;
}

function summarize(samples: number[]): Samples {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { samples, median: at(0.5), p95: at(0.95) };
}

const log = (text: string) => console.log(`[bench] ${text}`);

async function run(): Promise<unknown> {
  const params = new URL(location.href).searchParams;
  const sizes = (params.get('sizes') ?? '100000,1000000').split(',').map(Number);
  const rounds = Number(params.get('rounds') ?? 30);
  const connector = createBrowserConnector();
  const out = [];
  for (const rows of sizes) {
    await writerOf(connector)!.exec(GENERATE.replace('{rows}', String(rows)));
    const schema = await connector.describe('applications');
    const units = Array.from({ length: 40 }, (_, i) => `unit_${i}`);
    const times = {
      separate: [] as number[],
      merged: [] as number[],
      groupingSets: [] as number[],
      sharedFilter: [] as number[],
    };
    const run1 = (sql: string, p: readonly SqlValue[]) => runQuery(connector, sql, p);
    for (let r = -3; r < rounds; r++) {
      // A different unit every round: nothing is answered from a cache.
      const unit = units[(r + 40) % 40]!;
      const filter: FilterClause[] = [{ column: 'unit', predicate: 'eq', value: unit }];
      const rendered = plans(filter).map((p) => renderPlan(p, schema));
      const ways = {
        separate: () => Promise.all(rendered.map((q) => run1(q.sql, q.params))),
        merged: async () => {
          const merged = mergeQueries(rendered);
          return merged.split(await run1(merged.sql, merged.params));
        },
        sharedFilter: async () => {
          // The filter's rows once (all but the publisher share its clauses), each plan over them.
          const f = { ...schema, table: '__filtered' };
          const over = plans([]).map((p) => renderPlan({ ...p, table: '__filtered' }, f));
          const merged = mergeQueries(over);
          const sql =
            'WITH "__filtered" AS MATERIALIZED (SELECT * FROM applications WHERE unit = ?) ' +
            merged.sql;
          return merged.split(await run1(sql, [unit, ...merged.params]));
        },
        groupingSets: () =>
          Promise.all([
            run1(groupingSetsSql('WHERE unit = ?'), [unit]),
            ...[4, 6, 7, 8].map((i) => run1(rendered[i]!.sql, rendered[i]!.params)),
          ]),
      };
      const order = (
        r % 2 === 0
          ? ['separate', 'merged', 'sharedFilter', 'groupingSets']
          : ['groupingSets', 'sharedFilter', 'merged', 'separate']
      ) as (keyof typeof ways)[];
      for (const way of order) {
        const t0 = performance.now();
        await ways[way]();
        if (r >= 0) times[way].push(performance.now() - t0);
      }
    }
    const size = {
      rows,
      separate: summarize(times.separate),
      merged: summarize(times.merged),
      groupingSets: summarize(times.groupingSets),
      sharedFilter: summarize(times.sharedFilter),
    };
    log(
      `${rows} rows: separate ${size.separate.median.toFixed(1)} ms, merged ${size.merged.median.toFixed(1)} ms, grouping sets ${size.groupingSets.median.toFixed(1)} ms, merged over the filter's rows once ${size.sharedFilter.median.toFixed(1)} ms (medians of ${rounds})`,
    );
    out.push(size);
  }
  return { userAgent: navigator.userAgent, rounds, sizes: out };
}

declare global {
  interface Window {
    __mergeResults?: Promise<unknown>;
  }
}
window.__mergeResults = run();
