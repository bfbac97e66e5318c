/**
 * The input rows of `npm run bench:render`, built inside duckdb-wasm so the aggregating charts
 * (bars, donut, heatmap, gauge, KPI, radar, table) are timed on what their element's query
 * returns. One row is one service transaction with its IKM survey answers: a unit (40 real
 * Banjarmasin units), a day in 2022-2024, channel, status, completion, and answers U1..U9, so the
 * `ikm`, `ikm_nrr_u*` and `on_time_rate` metrics of @pantau/core apply unchanged.
 *
 * Deterministic: every "random" value is `hash(row, k)` in DuckDB. About 4 % of unit-months have
 * no rows at any size (their rows move to the next month), so "belum input" cells and points exist.
 */

import type { DuckDBConnector } from '@pantau/core';
import { writerOf } from '../../packages/core/src/engine/engine-access.ts';
import { buildUnits } from '../../datasets/generate/units.mjs';

export const TABLE = 'layanan';
export const UNIT_COUNT = 40;
export const MONTHS = 36;

/** Units as labels: every SKPD, kecamatan and Puskesmas, then kelurahan up to 40 (long names). */
export function benchUnits(): string[] {
  const units = buildUnits();
  const ordered = [
    ...units.filter((u) => u.kind !== 'kelurahan'),
    ...units.filter((u) => u.kind === 'kelurahan'),
  ];
  return ordered.slice(0, UNIT_COUNT).map((u) => u.abbreviation ?? u.name);
}

const KECAMATAN = ['Barat', 'Selatan', 'Tengah', 'Timur', 'Utara'].map((k) => `Banjarmasin ${k}`);

/** Uniform in [0, 1) from the row number and a stream number. */
const uniform = (k: number) => `((hash(i, ${k}) % 1000000) / 1000000.0)`;

/** One IKM answer 1..4; unit quality q in [0, 1] moves answers up (IKM from about 70 to 92). */
function answer(k: number): string {
  const r = uniform(10 + k);
  return `(CASE WHEN ${r} < 0.15 + 0.6 * q THEN 4 WHEN ${r} < 0.70 + 0.25 * q THEN 3 WHEN ${r} < 0.97 THEN 2 ELSE 1 END)::INTEGER AS u${k}`;
}

/** The statement that builds `layanan` with `rows` rows (needs the `bench_units` source). */
export function generateSql(rows: number): string {
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`bad row count ${rows}`);
  const answers = Array.from({ length: 9 }, (_, k) => answer(k + 1)).join(',\n    ');
  return `CREATE OR REPLACE TABLE ${TABLE} AS
WITH base AS (
  SELECT i, (i % ${UNIT_COUNT})::INTEGER AS u, ((i // ${UNIT_COUNT}) % ${MONTHS})::INTEGER AS m0
  FROM range(${rows}) t(i)
), placed AS (
  -- a few unit-months are "not reported": their rows move to the next month
  SELECT i, u, CASE WHEN hash(u, m0) % 25 = 0 THEN (m0 + 1) % ${MONTHS} ELSE m0 END AS m,
         u / ${UNIT_COUNT - 1}.0 AS q
  FROM base
), dated AS (
  SELECT *, (DATE '2022-01-01' + to_months(m) + to_days((hash(i, 1) % 28)::INTEGER))::DATE AS day
  FROM placed
)
SELECT
    i::INTEGER AS id,
    units.unit AS unit,
    units.kecamatan AS kecamatan,
    day,
    date_trunc('week', day)::DATE AS week,
    date_trunc('month', day)::DATE AS month,
    year(day)::INTEGER AS year,
    CASE WHEN ${uniform(2)} < 0.35 + 0.3 * q THEN 'online' ELSE 'offline' END AS channel,
    CASE WHEN ${uniform(3)} < 0.85 THEN 'selesai' WHEN ${uniform(3)} < 0.93 THEN 'ditolak'
         ELSE 'diproses' END AS status,
    (${uniform(3)} < 0.85)::INTEGER AS completed,
    (${uniform(3)} < 0.85 AND ${uniform(4)} < 0.6 + 0.35 * q)::INTEGER AS completed_on_time,
    round(${uniform(5)} * 20, 1) AS days,
    ${answers}
FROM dated JOIN bench_units units ON units.idx = dated.u`;
}

/** A fresh table of `rows` rows in `connector`'s database. */
export async function buildTable(connector: DuckDBConnector, rows: number): Promise<number> {
  const units = benchUnits().map((unit, idx) => ({
    idx,
    unit,
    kecamatan: KECAMATAN[idx % KECAMATAN.length] ?? '',
  }));
  await connector.registerSource({ name: 'bench_units', data: units });
  const start = performance.now();
  await writerOf(connector)!.exec(generateSql(rows));
  return performance.now() - start;
}
