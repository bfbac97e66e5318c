#!/usr/bin/env node
// @ts-check
/**
 * Sanity checks over the generated Banjarmasin datasets with native DuckDB (reads the Parquet
 * files). Prints a few summaries and fails (exit code 1) when an invariant is broken.
 *
 *   node datasets/generate/check.mjs
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'banjarmasin');
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
for (const t of [
  'units',
  'innovations',
  'innovation_indicator_scores',
  'iid_indicators',
  'iid_regional_indicators',
  'service_performance',
  'ikm_responses',
  'applications',
  'pekppp_scores',
  'pekppp_weights',
  'complaints',
]) {
  await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(DIR, `${t}.parquet`)}')`);
}

/** @param {string} sql */
async function rows(sql) {
  const r = await con.runAndReadAll(sql);
  return r.getRowObjectsJson();
}
/** @param {string} title @param {string} sql */
async function show(title, sql) {
  console.log(`\n## ${title}`);
  console.table(await rows(sql));
}
let failures = 0;
/** @param {string} title @param {string} sql query returning one row with column `bad` (0 = ok) */
async function expectZero(title, sql) {
  const [r] = await rows(sql);
  const bad = Number(r?.bad);
  console.log(`${bad === 0 ? 'ok  ' : 'FAIL'} ${title}${bad === 0 ? '' : ` (${bad})`}`);
  if (bad !== 0) failures++;
}

await show(
  'row counts',
  `SELECT * FROM (VALUES
     ('units', (SELECT count(*) FROM units)), ('innovations', (SELECT count(*) FROM innovations)),
     ('innovation_indicator_scores', (SELECT count(*) FROM innovation_indicator_scores)),
     ('iid_indicators', (SELECT count(*) FROM iid_indicators)),
     ('iid_regional_indicators', (SELECT count(*) FROM iid_regional_indicators)),
     ('service_performance', (SELECT count(*) FROM service_performance)),
     ('ikm_responses', (SELECT count(*) FROM ikm_responses)), ('applications', (SELECT count(*) FROM applications)),
     ('pekppp_scores', (SELECT count(*) FROM pekppp_scores)), ('pekppp_weights', (SELECT count(*) FROM pekppp_weights)),
     ('complaints', (SELECT count(*) FROM complaints))) t(table_name, row_count)`,
);
await show('units by kind', `SELECT kind, count(*) AS n FROM units GROUP BY ALL ORDER BY n DESC`);

const IKM = `
  WITH s AS (
    SELECT unit_code, year(date) AS year, CASE WHEN month(date) <= 6 THEN 1 ELSE 2 END AS semester, count(*) AS n,
      (avg(u1) + avg(u2) + avg(u3) + avg(u4) + avg(u5) + avg(u6) + avg(u7) + avg(u8) + avg(u9)) / 9 * 25 AS ikm
    FROM ikm_responses GROUP BY ALL)
  SELECT *, CASE WHEN ikm >= 88.31 THEN 'A' WHEN ikm >= 76.61 THEN 'B' WHEN ikm >= 65 THEN 'C' ELSE 'D' END AS category FROM s`;
await show(
  'IKM 2024-S2 per unit (converted, weight 1/9)',
  `SELECT unit_code, n, round(ikm, 2) AS ikm, category FROM (${IKM}) WHERE year = 2024 AND semester = 2 ORDER BY ikm DESC`,
);
await show(
  'IKM categories over all unit-semesters',
  `SELECT category, count(*) AS unit_semesters, count(*) FILTER (WHERE n < 30) AS with_under_30_respondents FROM (${IKM}) GROUP BY ALL ORDER BY category`,
);
await expectZero(
  'IKM answers within 1..4',
  `SELECT count(*) AS bad FROM ikm_responses WHERE least(u1,u2,u3,u4,u5,u6,u7,u8,u9) < 1 OR greatest(u1,u2,u3,u4,u5,u6,u7,u8,u9) > 4`,
);

await show(
  'service_performance: on-time rate by year (completed_on_time / completed)',
  `SELECT year(month) AS year, round(sum(completed_on_time) / sum(completed) FILTER (WHERE completed_on_time IS NOT NULL), 4) AS on_time_rate,
          round(min(completed_on_time / completed), 4) AS min_row_rate, round(max(completed_on_time / completed), 4) AS max_row_rate
   FROM service_performance GROUP BY ALL ORDER BY year`,
);
await show(
  'the unit that improves and the one that slips (on-time rate per year)',
  `SELECT unit_code, year(month) AS year, round(sum(completed_on_time) / sum(completed), 3) AS on_time_rate
   FROM service_performance WHERE unit_code IN ('dpmptsp', 'dpkp') GROUP BY ALL ORDER BY unit_code, year`,
);
await show(
  'seasonality: Disdukcapil received per month in 2023',
  `SELECT strftime(month, '%Y-%m') AS month, sum(received) AS received FROM service_performance
   WHERE unit_code = 'disdukcapil' AND year(month) = 2023 GROUP BY ALL ORDER BY month`,
);
await show(
  'not reported: unit-months missing or with NULL measures',
  `SELECT unit_code, count(DISTINCT month) AS months_reported, 36 - count(DISTINCT month) AS months_missing,
          count(*) FILTER (WHERE completed_on_time IS NULL) AS rows_null_on_time
   FROM service_performance GROUP BY ALL HAVING months_missing > 0 OR rows_null_on_time > 0 ORDER BY months_missing DESC, unit_code LIMIT 20`,
);
await expectZero(
  'on-time rate within 0..1',
  `SELECT count(*) AS bad FROM service_performance WHERE completed_on_time > completed OR completed_on_time < 0`,
);
await expectZero(
  'no zero received (not reported is NULL or no row)',
  `SELECT count(*) AS bad FROM service_performance WHERE received = 0`,
);
await expectZero(
  'received = completed + rejected + pending >= 0',
  `SELECT count(*) AS bad FROM service_performance WHERE received < completed + rejected`,
);
await expectZero(
  'no zero in measures meant as "not reported"',
  `SELECT count(*) AS bad FROM service_performance WHERE median_days = 0 OR mean_days = 0 OR online_share = 0`,
);
await show(
  'service_performance: zero counts that are true zeros',
  `SELECT count(*) FILTER (WHERE completed = 0) AS completed_zero, count(*) FILTER (WHERE completed_on_time = 0) AS on_time_zero, count(*) FILTER (WHERE rejected = 0) AS rejected_zero FROM service_performance`,
);

await show(
  'applications: status and on-time',
  `SELECT status, count(*) AS n, round(avg(on_time::INT), 3) AS on_time_rate, count(completed_at) AS with_completed_at FROM applications GROUP BY ALL ORDER BY n DESC`,
);
await expectZero(
  'applications: completed_at after submitted_at',
  `SELECT count(*) AS bad FROM applications WHERE completed_at <= submitted_at`,
);
await expectZero(
  'applications: completed_at NULL iff diproses',
  `SELECT count(*) AS bad FROM applications WHERE (completed_at IS NULL) <> (status = 'diproses')`,
);
await expectZero(
  'applications: unit codes exist',
  `SELECT count(*) AS bad FROM applications a ANTI JOIN units u ON a.unit_code = u.code`,
);

await show(
  'innovations by verification status and stage',
  `SELECT verification_status, stage, count(*) AS n FROM innovations GROUP BY ALL ORDER BY ALL`,
);
await expectZero(
  '33 accepted innovations',
  `SELECT abs(count(*) - 33) AS bad FROM innovations WHERE verification_status = 'accepted'`,
);
await show(
  'IID per year (SPD + SID, SID = sum of innovation scores / max(10, n) + indicator 36)',
  `WITH inv AS (SELECT year, sum(score) AS s, count(DISTINCT innovation_id) AS n FROM innovation_indicator_scores GROUP BY year),
        spd AS (SELECT year, sum(score) FILTER (WHERE indicator <= 15) AS spd, sum(score) FILTER (WHERE indicator = 36) AS i36 FROM iid_regional_indicators GROUP BY year),
        mx AS (SELECT sum(max_score) FILTER (WHERE indicator <= 15) + sum(max_score) FILTER (WHERE indicator BETWEEN 16 AND 35) + sum(max_score) FILTER (WHERE indicator = 36) AS m FROM iid_indicators)
   SELECT inv.year, n, spd, round(s / greatest(10, n) + i36, 1) AS sid, round((spd + s / greatest(10, n) + i36) / m * 100, 2) AS iid
   FROM inv JOIN spd USING (year), mx ORDER BY year`,
);
await show(
  'PEKPPP index per year (0..5): city mean, min and max over units',
  `WITH u AS (SELECT p.year, p.unit_code, sum(w.aspect_weight * w.indicator_weight * p.score) AS idx
             FROM pekppp_scores p JOIN pekppp_weights w USING (aspect, indicator) GROUP BY ALL)
   SELECT year, count(*) AS units, round(avg(idx), 2) AS mean, round(min(idx), 2) AS min, round(max(idx), 2) AS max FROM u GROUP BY ALL ORDER BY year`,
);
await expectZero(
  'PEKPPP scores within 0..5',
  `SELECT count(*) AS bad FROM pekppp_scores WHERE score NOT BETWEEN 0 AND 5`,
);
await expectZero(
  'PEKPPP weights sum to 1',
  `SELECT CASE WHEN abs(sum(aspect_weight * indicator_weight) - 1) < 1e-3 THEN 0 ELSE 1 END AS bad FROM pekppp_weights`,
);
await show(
  'complaints per year',
  `SELECT year(received_at) AS year, count(*) AS received, count(followed_up_at) AS followed_up, count(resolved_at) AS resolved,
          round(median(days_to_respond), 2) AS median_days_to_respond FROM complaints GROUP BY ALL ORDER BY year`,
);

// The browser decodes Parquet with hyparquet: make sure it can read every file.
const { parquetReadObjects } = await import('hyparquet');
for (const t of ['applications', 'service_performance', 'ikm_responses', 'innovations']) {
  const buf = readFileSync(join(DIR, `${t}.parquet`));
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const objs = await parquetReadObjects({ file, rowStart: 0, rowEnd: 2 });
  console.log(
    `ok   hyparquet reads ${t}.parquet: ${JSON.stringify(objs[0], (_, v) => (typeof v === 'bigint' ? Number(v) : v))}`,
  );
}

if (failures) {
  console.error(`\n${failures} check(s) failed`);
  process.exit(1);
}
console.log('\nall checks passed');
