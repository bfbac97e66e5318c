#!/usr/bin/env node
// @ts-check
/**
 * Generate the Banjarmasin datasets (CSV + Parquet) deterministically from a fixed seed.
 *
 *   npm run datasets                          # datasets/banjarmasin/*.csv|parquet
 *   npm run datasets -- --rows 10000000       # also datasets/scale/applications_10000000.*
 *   npm run datasets -- --rows 1000000 --no-base   # only the scale files
 *   npm run datasets -- --rows 100000000 --partitioned --no-base
 *       # datasets/scale/partitioned_100000000/applications/year=YYYY/month=M/*.parquet
 *
 * Options: --seed <int> (default 20240717), --apps <int> rows of the committed applications table
 * (default 20000), --rows <int> scale rows, --no-base skip the committed tables, --out <dir> write
 * the committed tables to another folder.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { APPLICATION_COLUMNS, generateApplications } from './applications.mjs';
import { COMPLAINT_COLUMNS, generateComplaints } from './complaints.mjs';
import { IKM_COLUMNS, generateIkmResponses } from './ikm-responses.mjs';
import {
  IID_INDICATOR_COLUMNS,
  IID_REGIONAL_COLUMNS,
  INNOVATION_COLUMNS,
  INNOVATION_SCORE_COLUMNS,
  generateInnovations,
} from './innovations.mjs';
import { PEKPPP_COLUMNS, PEKPPP_WEIGHT_COLUMNS, generatePekppp, pekpppWeights } from './pekppp.mjs';
import { SERVICE_PERFORMANCE_COLUMNS, generateServicePerformance } from './service-performance.mjs';
import { UNIT_COLUMNS, buildUnits } from './units.mjs';
import { writePartitioned } from './partitioned.mjs';
import { CsvAppender, csvToParquet, writeTable } from './write.mjs';

export const DEFAULT_SEED = 20240717;
const DATASETS = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string | undefined} v @param {string} name @param {number} fallback */
function intArg(v, name, fallback) {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got ${v}`);
  return n;
}

/** @param {string} path */
function size(path) {
  const b = statSync(path).size;
  return b > 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} kB`;
}

/** Size on disk of a folder's files, recursively. @param {string} dir */
function du(dir) {
  let b = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) b += statSync(join(e.parentPath, e.name)).size;
  return `${(b / 1e9).toFixed(2)} GB`;
}

/** @param {number} seed @param {number} apps @param {string} dir */
async function base(seed, apps, dir) {
  mkdirSync(dir, { recursive: true });
  const inv = generateInnovations(seed);
  /** @type {Array<[string, import('./write.mjs').Columns, () => import('./write.mjs').Row[]]>} */
  const tables = [
    ['units', UNIT_COLUMNS, () => buildUnits()],
    ['innovations', INNOVATION_COLUMNS, () => inv.innovations],
    ['innovation_indicator_scores', INNOVATION_SCORE_COLUMNS, () => inv.scores],
    ['iid_indicators', IID_INDICATOR_COLUMNS, () => inv.indicators],
    ['iid_regional_indicators', IID_REGIONAL_COLUMNS, () => inv.regional],
    ['service_performance', SERVICE_PERFORMANCE_COLUMNS, () => generateServicePerformance(seed)],
    ['ikm_responses', IKM_COLUMNS, () => generateIkmResponses(seed)],
    ['pekppp_scores', PEKPPP_COLUMNS, () => generatePekppp(seed)],
    ['pekppp_weights', PEKPPP_WEIGHT_COLUMNS, () => pekpppWeights()],
    ['complaints', COMPLAINT_COLUMNS, () => generateComplaints(seed)],
  ];
  for (const [name, columns, make] of tables) {
    const { rows } = await writeTable(dir, name, columns, make());
    console.log(
      `${name.padEnd(28)} ${String(rows).padStart(8)} rows  ${size(join(dir, `${name}.csv`)).padStart(8)} csv  ${size(join(dir, `${name}.parquet`)).padStart(8)} parquet`,
    );
  }
  await applications(seed, apps, dir, 'applications');
}

/**
 * Stream the applications table month by month into a CSV, then convert it to Parquet.
 * @param {number} seed @param {number} rows @param {string} dir @param {string} name
 */
async function applications(seed, rows, dir, name) {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `${name}.csv`);
  const parquet = join(dir, `${name}.parquet`);
  const t0 = performance.now();
  const out = new CsvAppender(csv, APPLICATION_COLUMNS);
  generateApplications(seed, rows, (chunk) => out.append(chunk));
  out.close();
  const t1 = performance.now();
  await csvToParquet(csv, parquet, APPLICATION_COLUMNS);
  const t2 = performance.now();
  console.log(
    `${name.padEnd(28)} ${String(out.rows).padStart(8)} rows  ${size(csv).padStart(8)} csv  ${size(parquet).padStart(8)} parquet` +
      `  (csv ${((t1 - t0) / 1000).toFixed(1)} s, parquet ${((t2 - t1) / 1000).toFixed(1)} s)`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      apps: { type: 'string' },
      rows: { type: 'string' },
      'no-base': { type: 'boolean', default: false },
      out: { type: 'string' },
      partitioned: { type: 'boolean', default: false },
    },
  });
  const seed = intArg(values.seed, 'seed', DEFAULT_SEED);
  const apps = intArg(values.apps, 'apps', 20_000);
  const scale = values.rows === undefined ? null : intArg(values.rows, 'rows', 0);
  const t0 = performance.now();
  // --out writes the committed tables elsewhere: the determinism test compares them byte for byte.
  if (!values['no-base']) await base(seed, apps, values.out ?? join(DATASETS, 'banjarmasin'));
  if (scale !== null && values.partitioned) {
    // Server scale: hive-partitioned Parquet straight from DuckDB SQL (partitioned.mjs).
    const t1 = performance.now();
    const out = await writePartitioned(
      seed,
      scale,
      join(DATASETS, 'scale', `partitioned_${scale}`),
    );
    const s = ((performance.now() - t1) / 1000).toFixed(1);
    console.log(`applications (partitioned)   ${scale} rows  ${du(out)}  in ${s} s -> ${out}`);
  } else if (scale !== null) {
    const dir = join(DATASETS, 'scale');
    rmSync(join(dir, `applications_${scale}.parquet`), { force: true });
    await applications(seed, scale, dir, `applications_${scale}`);
  }
  console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s (seed ${seed})`);
}

await main();
