// @ts-check
/**
 * Where the server's tax goes (issue 14): one interaction's plans over the partitioned table,
 * timed in stages, interleaved on every round:
 *   http     - POST through a server without cubes, answers decoded (bench:server's "table")
 *   engine   - the server's own SQL (scoped, capped) on the server's own connection: no HTTP,
 *              no JSON, no Arrow writing; the plan checks and rendering timed apart
 *   arrow    - engine + the server's Arrow IPC writing of each answer
 *   direct   - bench:server's "direct": core's renderPlan on a separate @duckdb/node-api instance
 * http - arrow is HTTP, JSON parsing and framing; arrow - engine is the IPC writing; engine -
 * direct is the engine's own settings (locked configuration, allowed directories, views).
 *
 * `node bench/server/tax.mjs` after `node scripts/build-packages.mjs core server`;
 * BENCH_TAX_ROWS=10000000 BENCH_TAX_ROUNDS=5 BENCH_THREADS=2.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { RESULTS_CONTENT_TYPE, decodeResults, renderPlan } from '../../packages/core/dist/index.js';
import { startServer } from '../../packages/server/dist/index.js';
import { resultToIpc } from '../../packages/server/dist/engine/arrow-result.js';
import { scopedSql } from '../../packages/server/dist/query/answer.js';
import { dashboardPlans, gestures } from './plans.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = Number(process.env.BENCH_TAX_ROWS ?? 10_000_000);
const ROUNDS = Number(process.env.BENCH_TAX_ROUNDS ?? 5);
const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const MAX_ROWS = 100_000;
const AGENT = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** @param {string} url @param {string} body @returns {Promise<Uint8Array>} */
function post(url, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: AGENT, headers: { 'content-type': 'application/json' } },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on('data', (c) => chunks.push(c));
        response.on('end', () => {
          if (response.headers['content-type'] !== RESULTS_CONTENT_TYPE)
            reject(new Error(Buffer.concat(chunks).toString()));
          else resolve(new Uint8Array(Buffer.concat(chunks)));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const data = path.join(ROOT, `datasets/scale/partitioned_${ROWS}`);
const server = await startServer({
  data,
  port: 0,
  logger: false,
  cubes: false,
  concurrency: 1,
  threads: THREADS,
  timeoutMs: 300_000,
});
const engine = /** @type {any} */ (server.engine);
const schema = /** @type {any} */ (server.tables.get('applications')).schema;
const context = {
  engine,
  tables: server.tables,
  maxRows: MAX_ROWS,
  scope: null,
  scopeValue: null,
  log: () => {},
};
const db = await DuckDBInstance.create(':memory:', { threads: String(THREADS) });
const con = await db.connect();
const glob = path.join(data, 'applications', '**', '*.parquet').replaceAll("'", "''");
await con.run(
  `CREATE VIEW applications AS SELECT * FROM read_parquet('${glob}', hive_partitioning = true)`,
);
const bind = (/** @type {any[]} */ ps) => ps.map((v) => (v instanceof Date ? v.toISOString() : v));

/** @type {Record<string, (plans: Record<string, any>) => Promise<number>>} */
const stages = {
  http: async (plans) => {
    const body = JSON.stringify({
      requests: Object.entries(plans).map(([id, plan]) => ({ id, plan })),
    });
    const t0 = performance.now();
    decodeResults(await post(`${server.url}query`, body));
    return performance.now() - t0;
  },
  engine: (plans) => onServer(plans, false),
  arrow: (plans) => onServer(plans, true),
  direct: async (plans) => {
    const t0 = performance.now();
    for (const plan of Object.values(plans)) {
      const { limit, offset, ...rest } = plan;
      const { sql, params } = renderPlan(rest, schema);
      const cap = limit === undefined || limit > MAX_ROWS ? MAX_ROWS + 1 : limit;
      const sqlCapped = `${sql} LIMIT ${cap}${offset === undefined ? '' : ` OFFSET ${offset}`}`;
      (await con.runAndReadAll(sqlCapped, bind(params))).getColumnsJS();
    }
    return performance.now() - t0;
  },
};
/** @type {Record<string, number[]>} */
const times = { http: [], engine: [], arrow: [], direct: [], render: [], ipc: [] };

/** @param {Record<string, any>} plans @param {boolean} withArrow */
function onServer(plans, withArrow) {
  return engine.withConnection(async (/** @type {any} */ c) => {
    const t0 = performance.now();
    let render = 0;
    let ipc = 0;
    for (const plan of Object.values(plans)) {
      const r0 = performance.now();
      const { sql, params } = scopedSql(plan, schema, context);
      render += performance.now() - r0;
      const reader = await c.runAndReadAll(sql, bind(params));
      const i0 = performance.now();
      if (withArrow) resultToIpc(reader);
      else reader.getColumnsJS();
      ipc += performance.now() - i0;
    }
    if (withArrow) times.ipc?.push(ipc);
    else times.render?.push(render);
    return performance.now() - t0;
  });
}

const all = gestures(ROUNDS, 5);
const names = Object.keys(stages);
const before = os.loadavg();
for (const [i, g] of all.entries()) {
  const plans = dashboardPlans(g.selection);
  for (const k of names.keys()) {
    const name = /** @type {string} */ (names[(k + i) % names.length]);
    times[name]?.push(await /** @type {any} */ (stages[name])(plans));
  }
  console.log(
    `#${i} ${names.map((n) => `${n} ${times[n]?.at(-1)?.toFixed(0)} ms`).join(', ')}, render ${times.render?.at(-1)?.toFixed(1)} ms, ipc ${times.ipc?.at(-1)?.toFixed(1)} ms`,
  );
}
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
console.log(
  JSON.stringify({
    rows: ROWS,
    rounds: ROUNDS,
    loadAvg: [before, os.loadavg()],
    median: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
  }),
);
con.closeSync();
db.closeSync();
AGENT.destroy();
await server.close();
