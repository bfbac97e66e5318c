/**
 * The browser half of `npm run bench:engine`. Measures, in the page's own duckdb-wasm:
 *
 * 1. instantiate: `createBrowserConnector()` to the first `SELECT 1` answered, on fresh connectors;
 * 2. generate: the `applications` table built inside DuckDB (the private writer, `writerOf(connector).exec`), once per size;
 * 3. each dashboard query through Pantau (`coordinator.query(..., {cache: false})`: statement gate,
 *    duckdb-wasm, Arrow bytes decoded to plain columns) against the same SQL on the raw driver (its
 *    IPC bytes, undecoded) of the same database (`(await driverOf(connector)).query(sql)`), in
 *    alternating A B B A order.
 *
 * Settings come from the URL (`?sizes=1000000,10000000&rounds=20&warmup=2&instantiate=3`); the
 * results are exposed as `window.__benchResults` (a promise) for bench/engine/run.mjs.
 */
import {
  Coordinator,
  createBrowserConnector,
  decodeResult,
  type DuckDBConnector,
} from '@pantau/core';
import { checkStatements } from '../../packages/core/src/engine/statement-gate.ts';
import { driverOf, writerOf } from '../../packages/core/src/engine/engine-access.ts';
import spec from './queries.json';

export interface Samples {
  /** Every timed run, in milliseconds, in the order they ran. */
  samples: number[];
  median: number;
  p95: number;
}

export interface QueryBench {
  name: string;
  sql: string;
  resultRows: number;
  direct: Samples;
  pantau: Samples;
  /** pantau.median / direct.median */
  ratio: number;
  /** The layer alone, timed after the rounds: mean milliseconds per call in each batch of calls. */
  layer: { statementGate: Samples; decodeResult: Samples };
}

export interface SizeBench {
  rows: number;
  /** The generate statement's time, once (milliseconds). */
  generateMs: number;
  /** DuckDB's own memory accounting after generating (bytes), and the JS heap where Chromium reports it. */
  memory: { duckdbBytes: number | null; jsHeapBytes: number | null };
  queries: QueryBench[];
  error?: string;
}

export interface PageResults {
  userAgent: string;
  engine: string;
  threads: string;
  memoryLimit: string;
  settings: { sizes: number[]; rounds: number; warmup: number; instantiateRuns: number };
  instantiate: Samples;
  sizes: SizeBench[];
}

declare global {
  interface Window {
    __benchResults?: Promise<PageResults>;
    __benchLog?: (line: string) => void;
  }
}

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') ?? '1000000,10000000').split(',').map(Number);
const ROUNDS = Number(params.get('rounds') ?? 20);
const WARMUP = Number(params.get('warmup') ?? 2);
const INSTANTIATE_RUNS = Number(params.get('instantiate') ?? 3);
const LAYER_CALLS = 200;
const LAYER_BATCHES = 15;

function log(line: string): void {
  console.log(`[bench] ${line}`);
  const pre = document.getElementById('log');
  if (pre) pre.textContent += `${line}\n`;
}

export function summarize(samples: number[]): Samples {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { samples, median, p95: at(0.95) };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function measureInstantiate(): Promise<Samples> {
  const samples: number[] = [];
  for (let i = 0; i < INSTANTIATE_RUNS; i++) {
    const connector = createBrowserConnector();
    const ms = await time(() => connector.query('SELECT 1'));
    await connector.close();
    samples.push(ms);
    log(`instantiate #${i + 1}: ${ms.toFixed(0)} ms`);
  }
  return summarize(samples);
}

/** One scalar from a query on the raw driver (settings, memory). */
async function scalar(connector: DuckDBConnector, sql: string): Promise<unknown> {
  const result = decodeResult(await (await driverOf(connector)).query(sql));
  return result.columns[result.names[0] ?? '']?.[0] ?? null;
}

async function benchQuery(
  connector: DuckDBConnector,
  name: string,
  sql: string,
): Promise<QueryBench> {
  const coordinator = new Coordinator(connector);
  const direct = async () => (await driverOf(connector)).query(sql);
  const pantau = () => coordinator.query({ sql }, { cache: false });

  for (let i = 0; i < WARMUP; i++) {
    await direct();
    await pantau();
  }
  const directSamples: number[] = [];
  const pantauSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A B B A: each side runs first in half the rounds.
    if (round % 2 === 0) {
      directSamples.push(await time(direct));
      pantauSamples.push(await time(pantau));
    } else {
      pantauSamples.push(await time(pantau));
      directSamples.push(await time(direct));
    }
  }

  // The layer's own costs, on this query's SQL and its real Arrow answer.
  const bytes = await direct();
  const resultRows = decodeResult(bytes).numRows;
  const check = pantau();
  if ((await check).numRows !== resultRows)
    throw new Error(`${name}: Pantau and direct disagree on row count`);
  // performance.now() is coarsened to 0.1 ms on a page that is not cross-origin isolated: time
  // batches of calls and keep the mean per call of each batch.
  const gate: number[] = [];
  const convert: number[] = [];
  for (let batch = 0; batch < LAYER_BATCHES; batch++) {
    let start = performance.now();
    for (let i = 0; i < LAYER_CALLS; i++) checkStatements(sql, 'read');
    gate.push((performance.now() - start) / LAYER_CALLS);
    start = performance.now();
    for (let i = 0; i < LAYER_CALLS; i++) decodeResult(bytes);
    convert.push((performance.now() - start) / LAYER_CALLS);
  }

  const bench: QueryBench = {
    name,
    sql,
    resultRows,
    direct: summarize(directSamples),
    pantau: summarize(pantauSamples),
    ratio: NaN,
    layer: { statementGate: summarize(gate), decodeResult: summarize(convert) },
  };
  bench.ratio = bench.pantau.median / bench.direct.median;
  log(
    `  ${name} (${resultRows} rows): direct ${bench.direct.median.toFixed(2)} ms, pantau ${bench.pantau.median.toFixed(2)} ms, ratio ${bench.ratio.toFixed(3)}`,
  );
  return bench;
}

async function benchSize(rows: number): Promise<SizeBench> {
  // A database of its own per size, so the larger run does not inherit the smaller one's memory.
  const connector = createBrowserConnector();
  const result: SizeBench = {
    rows,
    generateMs: NaN,
    memory: { duckdbBytes: null, jsHeapBytes: null },
    queries: [],
  };
  try {
    await connector.query('SELECT 1');
    log(`${rows.toLocaleString('en')} rows: generating...`);
    result.generateMs = await time(() =>
      writerOf(connector)!.exec(spec.generate.replace('{rows}', String(rows))),
    );
    const count = Number(await scalar(connector, 'SELECT count(*) FROM applications'));
    if (count !== rows) throw new Error(`generated ${count} rows, expected ${rows}`);
    log(`  generated in ${result.generateMs.toFixed(0)} ms`);
    const used = await scalar(
      connector,
      'SELECT sum(memory_usage_bytes)::DOUBLE FROM duckdb_memory()',
    );
    result.memory.duckdbBytes = used === null ? null : Number(used);
    const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    result.memory.jsHeapBytes = heap?.usedJSHeapSize ?? null;
    for (const [name, sql] of Object.entries(spec.queries)) {
      result.queries.push(await benchQuery(connector, name, sql));
    }
  } catch (error) {
    result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log(`  FAILED: ${result.error}`);
  } finally {
    await connector.close().catch(() => undefined);
  }
  return result;
}

async function main(): Promise<PageResults> {
  log(`sizes ${SIZES.join(', ')}; ${WARMUP} warm-up + ${ROUNDS} rounds per side`);
  const instantiate = await measureInstantiate();

  const probe = createBrowserConnector();
  const engine = (await driverOf(probe)).engine;
  const threads = String(await scalar(probe, "SELECT current_setting('threads')"));
  const memoryLimit = String(await scalar(probe, "SELECT current_setting('memory_limit')"));
  await probe.close();

  const sizes: SizeBench[] = [];
  for (const rows of SIZES) sizes.push(await benchSize(rows));
  log('done');
  return {
    userAgent: navigator.userAgent,
    engine,
    threads,
    memoryLimit,
    settings: { sizes: SIZES, rounds: ROUNDS, warmup: WARMUP, instantiateRuns: INSTANTIATE_RUNS },
    instantiate,
    sizes,
  };
}

window.__benchResults = main();
