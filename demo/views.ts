/**
 * The demo's SQL views over the loaded tables. Widgets read one table each, and the raw tables
 * hold unit codes, one year per row set and Indonesian labels; the views add unit names, pick the
 * reporting year, keep units that did not report ("belum input" rather than dropped), and carry
 * labels in both languages so the language switch only changes which column a chart reads.
 *
 * Cross-filtering matches clauses to views by column name, so the views share their names: every
 * unit-level view keeps `unit_code` and carries the same `unit` name and unit group (`kelompok` /
 * `unit_group`); every monthly view a `month` (first day, DATE); yearly ones `tahun`; the
 * innovation views the same label columns. A click on a unit, a month range, a group, a form
 * then filters every view that has that column, and leaves the others alone.
 */

import {
  PantauError,
  groupQuery,
  type Coordinator,
  type SourceInfo,
  type TableSchema,
} from '@pantau/core';
import { execTrusted } from '../packages/core/src/coordinator/trusted-exec.ts';

/** The reporting year of the headline figures and rankings. */
export const YEAR = 2024;

/** A SQL string literal from the demo's own constants (never from data or the URL). */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** [code in the data, Indonesian label, English label]. */
type Labels = readonly (readonly [code: string, id: string, en: string])[];

const FORMS: Labels = [
  ['inovasi tata kelola pemerintahan daerah', 'Tata kelola pemerintahan', 'Governance'],
  ['inovasi pelayanan publik', 'Pelayanan publik', 'Public services'],
  ['inovasi daerah lainnya', 'Urusan lainnya', 'Other government affairs'],
];
const TYPES: Labels = [
  ['digital', 'Digital', 'Digital'],
  ['non-digital', 'Non-digital', 'Non-digital'],
];
/**
 * The stages numbered in their real order, so that sorting by label keeps that order; the same
 * labels in the list and in the stage chart, so a click on a stage finds its innovations.
 */
const STAGES: Labels = [
  ['inisiatif', '1. Inisiatif', '1. Initiative'],
  ['uji coba', '2. Uji coba', '2. Trial'],
  ['penerapan', '3. Penerapan', '3. Implementation'],
];
const STATUSES: Labels = [
  ['accepted', 'Terverifikasi', 'Verified'],
  ['pending', 'Menunggu', 'Pending'],
  ['rejected', 'Ditolak', 'Rejected'],
];
const FLOWS: Labels = [
  ['received', 'Diterima', 'Received'],
  ['completed', 'Selesai', 'Completed'],
];
const UNIT_GROUPS: Labels = [
  ['skpd', 'Dinas dan badan', 'Agencies'],
  ['bagian', 'Dinas dan badan', 'Agencies'],
  ['kecamatan', 'Kecamatan', 'Districts'],
  ['uptd', 'Puskesmas', 'Health centres'],
];

/** `CASE column WHEN code THEN label ... END`, labels from the demo's tables above. */
function relabel(column: string, labels: Labels, lang: 1 | 2): string {
  const whens = labels.map((row) => `WHEN ${literal(row[0])} THEN ${literal(row[lang])}`);
  return `CASE ${column} ${whens.join(' ')} ELSE ${column} END`;
}

/** The labels as an inline table `(VALUES ...) alias(code, id, en)`. */
function labelTable(labels: Labels, alias: string, columns: [string, string, string]): string {
  const rows = labels.map((row) => `(${row.map(literal).join(', ')})`);
  return `(VALUES ${rows.join(', ')}) ${alias}(${columns.join(', ')})`;
}

const yearFilter = (column: string) =>
  `${column} >= DATE '${YEAR}-01-01' AND ${column} < DATE '${YEAR + 1}-01-01'`;

/**
 * Below this many respondents a year a unit's IKM is flagged in its label. The regulation's
 * Krejcie-Morgan sizes depend on the population served, which the data does not hold; 30 is the
 * demo's own floor [I], low enough to flag only the samples that are small on purpose.
 */
const SMALL_SAMPLE = 30;

/** Units that run the IKM survey or report services city-wide: not the 52 kelurahan. */
const SURVEYED_KINDS = `kind IN ('skpd', 'bagian', 'kecamatan', 'uptd')`;

/** The month (first day, DATE) of a date or timestamp, as the monthly views name it. */
const monthOf = (column: string) => `CAST(date_trunc('month', ${column}) AS DATE) AS month`;

/** The unit columns every unit-level view carries, from `unit_names` aliased `n`. */
const UNIT_COLUMNS = 'n.unit, n.kelompok, n.unit_group';

/** The views every widget reads, in dependency order. */
function baseViews(): [name: string, sql: string][] {
  return [
    [
      'unit_names',
      `SELECT u.code AS unit_code,
              coalesce(u.abbreviation, replace(u.name, 'Kecamatan ', 'Kec. ')) AS unit,
              u.name AS unit_name, u.kind, g.kelompok, g.unit_group
       FROM units u
       LEFT JOIN ${labelTable(UNIT_GROUPS, 'g', ['kind', 'kelompok', 'unit_group'])} USING (kind)`,
    ],
    // Survey responses with their unit and month: the IKM views below read this.
    [
      'ikm_named',
      `SELECT r.*, ${monthOf('r.date')}, strftime(r.date, '%Y') AS tahun, ${UNIT_COLUMNS}
       FROM ikm_responses r JOIN unit_names n USING (unit_code)`,
    ],
    ['ikm_year', `SELECT * FROM ikm_named WHERE ${yearFilter('date')}`],
    // Whole years as text periods for the KPI tiles (headline year, the year before, sparkline):
    // text, because a date would read as a month and a number as "2.024".
    ['ikm_years', `SELECT * FROM ikm_named`],
    // Service reports with their unit (and its group) and year: KPIs, the on-time line.
    [
      'service_years',
      `SELECT s.*, strftime(s.month, '%Y') AS tahun, n.kind, ${UNIT_COLUMNS}
       FROM service_performance s JOIN unit_names n USING (unit_code)`,
    ],
    // The radar's two outlines: this year and the one before.
    ['ikm_recent', `SELECT * FROM ikm_years WHERE tahun IN ('${YEAR - 1}', '${YEAR}')`],
    [
      'complaint_years',
      `SELECT c.*, strftime(c.received_at, '%Y') AS tahun, ${monthOf('c.received_at')}, ${UNIT_COLUMNS}
       FROM complaints c JOIN unit_names n USING (unit_code)`,
    ],
    // Kelurahan do not run the survey: only units in a group.
    ['ikm_groups', `SELECT * FROM ikm_named WHERE kelompok IS NOT NULL`],
    // Received and completed as one long table, so one line chart draws both as series.
    [
      'service_flow',
      `SELECT s.month, s.tahun, s.unit_code, s.unit, s.kelompok, s.unit_group, f.alur, f.flow,
              CASE f.code WHEN 'received' THEN s.received ELSE s.completed END AS jumlah
       FROM service_years s CROSS JOIN ${labelTable(FLOWS, 'f', ['code', 'alur', 'flow'])}`,
    ],
    ['service_units', `SELECT * FROM service_years WHERE ${SURVEYED_KINDS}`],
    [
      'innovation_labels',
      `SELECT i.*, ${UNIT_COLUMNS},
              ${relabel('i.form', FORMS, 1)} AS bentuk, ${relabel('i.form', FORMS, 2)} AS form_en,
              ${relabel('i.type', TYPES, 1)} AS jenis, ${relabel('i.type', TYPES, 2)} AS type_en,
              ${relabel('i.stage', STAGES, 1)} AS tahap, ${relabel('i.stage', STAGES, 2)} AS stage_en,
              ${relabel('i.verification_status', STATUSES, 1)} AS status,
              ${relabel('i.verification_status', STATUSES, 2)} AS status_en,
              -- Text: a number would read "2.022" in Indonesian.
              i.first_assessed_year::VARCHAR AS tahun_dinilai
       FROM innovations i JOIN unit_names n USING (unit_code)`,
    ],
    // Every stage x status pair counted for every unit, form and type that has innovations: a
    // pair with none is a true 0, not "belum input", also once a unit or a form filters it.
    [
      'innovation_stages',
      `WITH keys AS (
         SELECT DISTINCT unit_code, unit, kelompok, unit_group, form, bentuk, form_en,
                type, jenis, type_en
         FROM innovation_labels)
       SELECT st.tahap, st.stage_en, vs.status, vs.status_en, k.unit_code, k.unit, k.kelompok,
              k.unit_group, k.bentuk, k.form_en, k.jenis, k.type_en, count(i.id) AS jumlah
       FROM ${labelTable(STAGES, 'st', ['stage', 'tahap', 'stage_en'])}
       CROSS JOIN ${labelTable(STATUSES, 'vs', ['verification_status', 'status', 'status_en'])}
       CROSS JOIN keys k
       LEFT JOIN innovations i
         ON i.stage = st.stage AND i.verification_status = vs.verification_status
        AND i.unit_code = k.unit_code AND i.form = k.form AND i.type = k.type
       GROUP BY ALL`,
    ],
    [
      'innovations_verified',
      `SELECT * FROM innovation_labels WHERE verification_status = 'accepted'`,
    ],
  ];
}

/**
 * IKM per unit for the year with core's `ikm` metric (so the formula is the regulation's, written
 * once), joined from the unit list so that a unit without respondents stays as a NULL score:
 * "belum input", never dropped and never zero. Built from `ikm_year`'s schema once it exists.
 */
function unitRankingView(ikmYear: TableSchema): string {
  const perUnit = groupQuery({
    table: ikmYear,
    groupBy: ['unit_code'],
    measures: { nilai_ikm: 'ikm', responden: 'ikm_respondents' },
  });
  if ((perUnit.params ?? []).length > 0) {
    throw new Error('demo: the IKM-per-unit query has bound values and cannot be a view');
  }
  // A score from a handful of respondents is shown, but with its sample size in its label; the
  // ranking is by code, so a click filters every view by `unit_code` whatever the label says.
  return `SELECT n.unit_code, n.unit, n.unit_name, n.kind, n.kelompok, n.unit_group,
                 CASE WHEN s.responden < ${SMALL_SAMPLE}
                      THEN n.unit || ' (n = ' || s.responden::BIGINT || ')' ELSE n.unit END AS unit_label,
                 s.nilai_ikm, s.responden
          FROM unit_names n LEFT JOIN (${perUnit.sql}) s USING (unit_code)
          WHERE n.${SURVEYED_KINDS}`;
}

/**
 * Every view in dependency order, as a Pantau server takes them (`startServer({ views })`): the
 * same SQL in the page's DuckDB and on the server, so server.html draws the same figures.
 */
export function demoViews(): {
  name: string;
  sql: string | ((schemaOf: (table: string) => TableSchema) => string);
}[] {
  return [
    ...baseViews().map(([name, sql]) => ({ name, sql })),
    { name: 'ikm_units', sql: (schemaOf) => unitRankingView(schemaOf('ikm_year')) },
  ];
}

/** Every view name, for the widgets to wait on. */
export const VIEW_NAMES = demoViews().map((view) => view.name);

/** Creates the views once the tables they read are loaded; rejects if any table failed. */
export async function createViews(
  coordinator: Coordinator,
  tables: Promise<(SourceInfo | null)[]>,
): Promise<void> {
  const loaded = await tables;
  if (loaded.some((info) => info === null)) {
    // The widgets reading a view show this, in the page's language.
    throw new PantauError({
      code: 'SOURCE_NOT_FOUND',
      text: {
        id: 'Sebagian tabel data gagal dimuat, sehingga tampilan (view) yang membacanya tidak dapat dibuat. Muat ulang halaman.',
        en: 'Some data tables failed to load, so the views that read them could not be created. Reload the page.',
      },
    });
  }
  // One round trip to the DuckDB worker for all of them.
  await execTrusted(
    coordinator,
    baseViews()
      .map(([name, sql]) => `CREATE OR REPLACE VIEW ${name} AS ${sql}`)
      .join(';\n'),
  );
  await execTrusted(
    coordinator,
    `CREATE OR REPLACE VIEW ikm_units AS ${unitRankingView(await coordinator.describe('ikm_year'))}`,
  );
}
