/**
 * `node bench/results-decode/run.mjs`: a query's answer from duckdb-wasm (the blocking bundle in
 * Node: the same engine build and the same bindings calls the browser worker makes) to Pantau's
 * plain columns, the route before against the route now, for plain and prepared statements:
 *
 * - before (git fb187ee): `conn.query(sql)` / `conn.prepare(sql).query(...params)`, which decode
 *   the IPC bytes with apache-arrow into a Table, then `toQueryResult(table)`;
 * - now: the bindings' `runQuery` / `runPrepared` (IPC bytes, no decoding), then
 *   `decodeResult(bytes)` (Flechette).
 *
 * Answers: a dashboard's grouped summary (40 rows, BIGINT count, HUGEINT sum, DOUBLE mean) and a
 * table page (10 000 rows of text, dates, integers, decimals). BENCH_RUNS (default 30) per side,
 * alternating; medians. Both routes' rows are compared before timing. The decoding alone is timed
 * too, on the same bytes: apache-arrow's tableFromIPC + toQueryResult against decodeResult.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { tableFromIPC } from 'apache-arrow';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BEFORE = 'fb187ee';

/** Compiles `entry` (a path in packages/core/src) as it is now, or as it was at BEFORE. */
async function compile(dir, entry, files, atCommit) {
  let source = path.join(root, 'packages/core/src', entry);
  if (atCommit) {
    for (const file of files) {
      const text = execFileSync('git', ['show', `${BEFORE}:packages/core/src/${file}`], {
        cwd: root,
        encoding: 'utf8',
      });
      mkdirSync(path.dirname(path.join(dir, 'src', file)), { recursive: true });
      writeFileSync(path.join(dir, 'src', file), text);
    }
    source = path.join(dir, 'src', entry);
  }
  const outfile = path.join(dir, `${atCommit ? 'before' : 'now'}-${path.basename(entry)}.mjs`);
  await build({
    entryPoints: [source],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const normalise = (rows) => JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? Number(v) : v));

const dir = mkdtempSync(path.join(root, 'node_modules/.cache-results-decode-'));
try {
  const before = await compile(
    dir,
    'results/query-result.ts',
    ['results/query-result.ts', 'results/plain-values.ts', 'results/arrow-type-ids.ts'],
    true,
  );
  const now = await compile(dir, 'results/decode-result.ts', [], false);
  const { openBlockingDuckDB } = await compile(dir, 'node/node-driver.ts', [], false);
  const { db, conn } = await openBlockingDuckDB();
  const id = conn.useUnsafe((_, c) => c);
  conn.query(`CREATE TABLE applications AS SELECT i AS id, 'unit ' || (i % 40) AS unit,
    DATE '2022-01-01' + (i % 1000)::INTEGER AS submitted, (i % 30)::INTEGER AS days,
    (i % 997)::DECIMAL(10,2) / 10 AS fee FROM range(1000000) t(i)`);

  const cases = [
    {
      name: 'grouped summary (40 rows)',
      sql: `SELECT unit, count(*) AS n, sum(days) AS total, avg(days) AS mean FROM applications
            WHERE submitted >= ?::DATE GROUP BY unit ORDER BY unit`,
      params: ['2022-06-01'],
    },
    {
      name: 'table page (10,000 rows)',
      sql: `SELECT id, unit, submitted, days, fee FROM applications WHERE days >= ? ORDER BY id LIMIT 10000`,
      params: [3],
    },
  ];

  const routes = {
    'before: conn.prepare().query() -> apache-arrow Table -> toQueryResult': (c) => {
      const statement = conn.prepare(c.sql);
      try {
        return before.toQueryResult(statement.query(...c.params));
      } finally {
        statement.close();
      }
    },
    'now: bindings runPrepared -> IPC bytes -> decodeResult': (c) => {
      const statement = db.createPrepared(id, c.sql);
      try {
        return now.decodeResult(db.runPrepared(id, statement, c.params));
      } finally {
        db.closePrepared(id, statement);
      }
    },
    'before: conn.query() -> apache-arrow Table -> toQueryResult (no parameters)': (c) =>
      before.toQueryResult(conn.query(c.sql.replace('?', `'${c.params[0]}'`))),
    'now: bindings runQuery -> IPC bytes -> decodeResult (no parameters)': (c) =>
      now.decodeResult(db.runQuery(id, c.sql.replace('?', `'${c.params[0]}'`))),
  };
  const names = Object.keys(routes);
  console.log(
    `duckdb-wasm ${db.getVersion()} (blocking, Node ${process.version}), ${RUNS} runs each`,
  );
  for (const c of cases) {
    const reference = normalise(routes[names[0]](c).rows());
    for (const name of names) {
      if (normalise(routes[name](c).rows()) !== reference)
        throw new Error(`${c.name}: ${name} differs`);
    }
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const name of run % 2 === 0 ? names : [...names].reverse()) {
        const start = performance.now();
        routes[name](c).rows();
        samples[name].push(performance.now() - start);
      }
    }
    console.log(`\n${c.name}`);
    for (const name of names)
      console.log(`  ${name}: median ${median(samples[name]).toFixed(2)} ms`);
    const bytes = db.runQuery(id, c.sql.replace('?', `'${c.params[0]}'`));
    const decoders = {
      'apache-arrow tableFromIPC + toQueryResult (before)': () =>
        before.toQueryResult(tableFromIPC(bytes)).rows(),
      'Flechette decodeResult (now)': () => now.decodeResult(bytes).rows(),
    };
    const decodeSamples = Object.fromEntries(Object.keys(decoders).map((n) => [n, []]));
    for (let run = 0; run < RUNS * 3; run++) {
      for (const [name, decode] of Object.entries(decoders)) {
        const start = performance.now();
        decode();
        decodeSamples[name].push(performance.now() - start);
      }
    }
    for (const [name, ms] of Object.entries(decodeSamples)) {
      console.log(`  decoding only, ${name}: median ${median(ms).toFixed(3)} ms`);
    }
  }
  conn.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
