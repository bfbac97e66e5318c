// @ts-check
/**
 * `npm run bench:server` (issue 14): bench/crossfilter's gestures against `pantau-server` over the
 * hive-partitioned applications table (`npm run datasets -- --rows N --partitioned`), HTTP
 * included, timed per interaction (one request carrying every widget's plans, as the page sends
 * it), in three forms interleaved in rotating order on every interaction:
 *   cubes  - the server as deployed (server cubes on)
 *   table  - the server with --no-cubes: every plan reads the table
 *   direct - the same plans rendered by core's renderPlan and run one after the other on one
 *            @duckdb/node-api connection in this process (no HTTP, no checks, no Arrow writing)
 * The server's tax is table / direct (same SQL, same engine). Writes bench/results/server.json
 * and bench/RESULTS-server.md.
 *
 * Environment: BENCH_SERVER_SIZES=10000000,100000000  BENCH_SERVER_INTERACTIONS=30
 * BENCH_SERVER_SLOW_INTERACTIONS=10 (how many also run as table and direct: at 100M each scans 100M rows
 * nine times)  BENCH_SEED=5  BENCH_THREADS=2
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { RESULTS_CONTENT_TYPE, decodeResults, renderPlan } from '../../packages/core/dist/index.js';
import { startServer } from '../../packages/server/dist/index.js';
import { ensurePartitionedScale } from '../scale-data.mjs';
import { EVERY_PUBLISHER, dashboardPlans, gestures } from './plans.mjs';
import { writeReport } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const SETTINGS = {
  sizes: (env.BENCH_SERVER_SIZES ?? '10000000,100000000').split(',').map(Number),
  interactions: Number(env.BENCH_SERVER_INTERACTIONS ?? 30),
  slowInteractions: Number(env.BENCH_SERVER_SLOW_INTERACTIONS ?? 10),
  seed: Number(env.BENCH_SEED ?? 5),
  threads: Number(env.BENCH_THREADS ?? 2),
  /** 1: one request with every publisher's selection before timing builds the cubes once. */
  teach: (env.BENCH_SERVER_TEACH ?? '1') === '1',
};
const MAX_ROWS = 100_000;
/** The DuckDB engine's cube store (the QueryEngine type does not name it). @param {any} server */
const storeOf = (server) => server.engine.cubes;

/**
 * Connections kept open between interactions, as a browser keeps them: the bench times what the
 * server does, not a TCP handshake. node:http rather than fetch, whose undici default gives up
 * after 300 s without response headers (a 100M-row answer from the table can take longer).
 */
const AGENT = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** POSTs `body` and resolves with the status, content type and bytes; no time limit of its own. @param {string} url @param {string} body */
function post(url, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: AGENT,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        /** @type {Buffer[]} */
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({
            status: response.statusCode,
            type: response.headers['content-type'],
            bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength),
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** One interaction through a server: every widget's plans in one POST, answers decoded. */
async function viaServer(/** @type {string} */ url, /** @type {Record<string, any>} */ plans) {
  const body = JSON.stringify({
    requests: Object.entries(plans).map(([id, plan]) => ({ id, plan })),
  });
  const t0 = performance.now();
  const response = /** @type {{ status: number, type: string, bytes: Uint8Array }} */ (
    await post(`${url}query`, body)
  );
  if (response.type !== RESULTS_CONTENT_TYPE)
    throw new Error(`${response.status}: ${new TextDecoder().decode(response.bytes)}`);
  const answers = decodeResults(response.bytes);
  const ms = performance.now() - t0;
  for (const [id, answer] of answers)
    if (answer instanceof Error) throw new Error(`${id}: ${answer.message}`);
  return { ms, answers };
}

/** The same plans on one native connection, in the same order, capped as the server caps them. */
async function direct(
  /** @type {import('@duckdb/node-api').DuckDBConnection} */ con,
  /** @type {any} */ schema,
  /** @type {Record<string, any>} */ plans,
) {
  const t0 = performance.now();
  for (const plan of Object.values(plans)) {
    const { limit, offset, ...rest } = plan;
    const { sql, params } = renderPlan(rest, schema);
    const cap = limit === undefined || limit > MAX_ROWS ? MAX_ROWS + 1 : limit;
    const reader = await con.runAndReadAll(
      `${sql} LIMIT ${cap}${offset === undefined ? '' : ` OFFSET ${offset}`}`,
      // Bound as the server binds them (duckdb-engine.ts): a Date as its ISO text.
      params.map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
    reader.getColumnsJS();
  }
  return performance.now() - t0;
}

const percentile = (/** @type {number[]} */ xs, /** @type {number} */ p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : /** @type {number} */ (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]);
};
const summary = (/** @type {number[]} */ xs) => ({
  n: xs.length,
  p50: percentile(xs, 50),
  p95: percentile(xs, 95),
  max: Math.max(...xs),
});

/** Every publisher selected at once; resolves once the cubes it queued are built. @param {any} cubed */
async function teachCubes(cubed) {
  const { ms } = await viaServer(cubed.url, dashboardPlans(EVERY_PUBLISHER));
  const t0 = performance.now();
  await storeOf(cubed).builds.idle();
  return { ms, buildsMs: performance.now() - t0, built: storeOf(cubed).stats.built };
}

async function runSize(/** @type {number} */ rows) {
  const data = ensurePartitionedScale(rows);
  const common = {
    data,
    port: 0,
    host: '127.0.0.1',
    logger: false,
    timeoutMs: 300_000,
    threads: SETTINGS.threads,
    concurrency: 1,
  };
  const cubed = await startServer({ ...common });
  const plain = await startServer({ ...common, cubes: false });
  const db = await DuckDBInstance.create(':memory:', { threads: String(SETTINGS.threads) });
  const con = await db.connect();
  const glob = path.join(data, 'applications', '**', '*.parquet').replaceAll("'", "''");
  await con.run(
    `CREATE VIEW applications AS SELECT * FROM read_parquet('${glob}', hive_partitioning = true)`,
  );
  const schema = /** @type {any} */ (cubed.tables.get('applications')).schema;
  const load = os.loadavg();
  /** @type {Record<string, number[]>} */
  const times = { cubes: [], table: [], direct: [] };
  const first = { cubes: 0, table: 0, direct: 0 };
  // The first view (no selection): the dashboard's load.
  const view = dashboardPlans({});
  first.cubes = (await viaServer(cubed.url, view)).ms;
  first.table = (await viaServer(plain.url, view)).ms;
  first.direct = await direct(con, schema, view);
  // The teaching request is answered from the table; its cubes build behind it (off the request
  // path): the time until they are all built is the builds' own.
  const teach = SETTINGS.teach ? await teachCubes(cubed) : null;
  if (teach)
    console.log(
      `  ${rows} teaching request: ${teach.ms.toFixed(0)} ms, then ${teach.buildsMs.toFixed(0)} ms until ${teach.built} cubes were built`,
    );
  const all = gestures(SETTINGS.interactions, SETTINGS.seed);
  const slow = SETTINGS.slowInteractions;
  /** @type {{ publisher: string, kind: string, cubesMs: number, tableMs?: number, directMs?: number, cubesBuilt: number }[]} */
  const steps = [];
  for (const [i, g] of all.entries()) {
    const plans = dashboardPlans(g.selection);
    const builtBefore = storeOf(cubed).stats.built;
    /** @type {Record<string, () => Promise<number>>} */
    const forms = { cubes: async () => (await viaServer(cubed.url, plans)).ms };
    if (i < slow) {
      forms.table = async () => (await viaServer(plain.url, plans)).ms;
      forms.direct = () => direct(con, schema, plans);
    }
    const names = Object.keys(forms);
    const order = names.map((_, k) => names[(k + i) % names.length]); // rotates: A/B interleaved
    /** @type {Record<string, number>} */
    const step = {};
    for (const name of /** @type {string[]} */ (order)) {
      const form = /** @type {() => Promise<number>} */ (forms[name]);
      step[name] = await form();
      // Builds the cubes form queued run before the next form is timed, not beside it.
      await storeOf(cubed).builds.idle();
    }
    for (const [name, ms] of Object.entries(step)) times[name]?.push(ms);
    steps.push({
      publisher: g.publisher,
      kind: g.kind,
      cubesMs: /** @type {number} */ (step.cubes),
      tableMs: step.table,
      directMs: step.direct,
      cubesBuilt: storeOf(cubed).stats.built - builtBefore,
    });
    console.log(
      `  ${rows} #${i} ${g.kind} ${g.publisher}: ${Object.entries(step)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(
          ', ',
        )}${steps.at(-1)?.cubesBuilt ? ` (${steps.at(-1)?.cubesBuilt} cubes built)` : ''}`,
    );
  }
  const ratios = steps
    .filter((s) => s.tableMs !== undefined)
    .map((s) => /** @type {number} */ (s.tableMs) / /** @type {number} */ (s.directMs));
  // Steady state: interactions that built no cube (a build is a one-off per shape and selection columns).
  const steady = steps.filter((s) => s.cubesBuilt === 0).map((s) => s.cubesMs);
  const result = {
    rows,
    loadAvgBefore: load,
    loadAvgAfter: os.loadavg(),
    firstView: first,
    teach,
    cubes: summary(times.cubes ?? []),
    cubesSteady: summary(steady),
    cubesWithBuilds: summary(steps.filter((s) => s.cubesBuilt > 0).map((s) => s.cubesMs)),
    table: summary(times.table ?? []),
    direct: summary(times.direct ?? []),
    tax: { p50: percentile(ratios, 50), p95: percentile(ratios, 95), n: ratios.length },
    cubeStats: { ...storeOf(cubed).stats },
    cubeList: storeOf(cubed).cubes,
    steps,
  };
  con.closeSync();
  db.closeSync();
  await cubed.close();
  await plain.close();
  return result;
}

function browserAt(/** @type {number} */ rows) {
  const file = path.join(ROOT, 'bench/results/crossfilter.json');
  if (!existsSync(file)) return null;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const size = j.sizes?.find((/** @type {{ rows: number }} */ s) => s.rows === rows);
  return {
    date: j.date,
    rows,
    sizes: j.sizes?.map((/** @type {{ rows: number }} */ s) => s.rows),
    cube: size?.cube ?? null,
    base: size?.base ?? null,
  };
}

async function main() {
  /** @type {any[]} */
  const sizes = [];
  for (const rows of SETTINGS.sizes) {
    console.log(`bench:server ${rows} rows`);
    sizes.push(await runSize(rows));
    // Written after every size: a 100M run that is stopped keeps the 10M numbers.
    await write(sizes);
  }
  console.log('wrote bench/results/server.json and bench/RESULTS-server.md');
}

async function write(/** @type {any[]} */ run) {
  // Sizes not run this time stay as they were measured (their own load averages are in them).
  const file = path.join(ROOT, 'bench/results/server.json');
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).sizes ?? []) : [];
  const sizes = [
    ...before.filter((/** @type {any} */ b) => !run.some((r) => r.rows === b.rows)),
    ...run,
  ].sort((a, b) => a.rows - b.rows);
  const duck = await DuckDBInstance.create(':memory:');
  const c = await duck.connect();
  const version = String((await c.runAndReadAll('SELECT version()')).getColumnsJS()[0]?.[0]);
  c.closeSync();
  duck.closeSync();
  const out = {
    date: new Date().toISOString(),
    settings: SETTINGS,
    machine: {
      cpuModel: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
    },
    versions: {
      node: process.version,
      duckdb: version,
      pantau: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })
        .toString()
        .trim(),
    },
    browser10M: browserAt(10_000_000),
    browser1M: browserAt(1_000_000),
    sizes,
  };
  writeFileSync(path.join(ROOT, 'bench/results/server.json'), `${JSON.stringify(out, null, 1)}\n`);
  await writeReport(out, path.join(ROOT, 'bench/RESULTS-server.md'));
}

await main();
AGENT.destroy();
