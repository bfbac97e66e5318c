/**
 * The demo's SQL views over the loaded tables. Widgets read one table each, and the raw tables
 * hold unit codes, one year per row set and Indonesian labels; the views add unit names, pick the
 * reporting year, keep units that did not report ("belum input" rather than dropped), and carry
 * labels in both languages so the language switch only changes which column a chart reads.
 */

import { PantauError, groupQuery, type Coordinator, type SourceInfo } from '@pantau/core';

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
const STAGES: Labels = [
  ['inisiatif', 'Inisiatif', 'Initiative'],
  ['uji coba', 'Uji coba', 'Trial'],
  ['penerapan', 'Penerapan', 'Implementation'],
];
/** The stages numbered in their real order, so that sorting by label keeps that order. */
const NUMBERED_STAGES: Labels = STAGES.map(([code, id, en], i) => [
  code,
  `${i + 1}. ${id}`,
  `${i + 1}. ${en}`,
]);
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

/** The views every widget reads, in dependency order. */
function baseViews(): [name: string, sql: string][] {
  return [
    [
      'unit_names',
      `SELECT code AS unit_code,
              coalesce(abbreviation, replace(name, 'Kecamatan ', 'Kec. ')) AS unit,
              name AS unit_name, kind
       FROM units`,
    ],
    ['ikm_year', `SELECT * FROM ikm_responses WHERE ${yearFilter('date')}`],
    // Whole years as text periods for the KPI tiles (headline year, the year before, sparkline):
    // text, because a date would read as a month and a number as "2.024".
    ['ikm_years', `SELECT *, strftime(date, '%Y') AS tahun FROM ikm_responses`],
    ['service_years', `SELECT *, strftime(month, '%Y') AS tahun FROM service_performance`],
    // The radar's two outlines: this year and the one before.
    ['ikm_recent', `SELECT * FROM ikm_years WHERE tahun IN ('${YEAR - 1}', '${YEAR}')`],
    ['complaint_years', `SELECT *, strftime(received_at, '%Y') AS tahun FROM complaints`],
    [
      'ikm_groups',
      `SELECT r.*, g.kelompok, g.unit_group
       FROM ikm_responses r JOIN unit_names n USING (unit_code)
       JOIN ${labelTable(UNIT_GROUPS, 'g', ['kind', 'kelompok', 'unit_group'])} USING (kind)`,
    ],
    // Received and completed as one long table, so one line chart draws both as series.
    [
      'service_flow',
      `SELECT s.month, f.alur, f.flow, CASE f.code WHEN 'received' THEN s.received ELSE s.completed END AS jumlah
       FROM service_performance s CROSS JOIN ${labelTable(FLOWS, 'f', ['code', 'alur', 'flow'])}`,
    ],
    [
      'service_units',
      `SELECT s.*, n.unit
       FROM service_performance s JOIN unit_names n USING (unit_code)
       WHERE n.${SURVEYED_KINDS}`,
    ],
    [
      'innovation_labels',
      `SELECT i.*, n.unit,
              ${relabel('i.form', FORMS, 1)} AS bentuk, ${relabel('i.form', FORMS, 2)} AS form_en,
              ${relabel('i.type', TYPES, 1)} AS jenis, ${relabel('i.type', TYPES, 2)} AS type_en,
              ${relabel('i.stage', STAGES, 1)} AS tahap, ${relabel('i.stage', STAGES, 2)} AS stage_en,
              ${relabel('i.verification_status', STATUSES, 1)} AS status,
              ${relabel('i.verification_status', STATUSES, 2)} AS status_en,
              -- Text: a number would read "2.022" in Indonesian.
              i.first_assessed_year::VARCHAR AS tahun_dinilai
       FROM innovations i JOIN unit_names n USING (unit_code)`,
    ],
    // Every stage x status pair, counted: a pair with no innovation is a true 0, not "belum input".
    [
      'innovation_stages',
      `SELECT st.tahap, st.stage_en, vs.status, vs.status_en, count(i.id) AS jumlah
       FROM ${labelTable(NUMBERED_STAGES, 'st', ['stage', 'tahap', 'stage_en'])}
       CROSS JOIN ${labelTable(STATUSES, 'vs', ['verification_status', 'status', 'status_en'])}
       LEFT JOIN innovations i USING (stage, verification_status)
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
 * "belum input", never dropped and never zero. Built after `ikm_year` exists, from its schema.
 */
async function unitRankingView(coordinator: Coordinator): Promise<string> {
  const perUnit = groupQuery({
    table: await coordinator.describe('ikm_year'),
    groupBy: ['unit_code'],
    measures: { nilai_ikm: 'ikm', responden: 'ikm_respondents' },
  });
  if ((perUnit.params ?? []).length > 0) {
    throw new Error('demo: the IKM-per-unit query has bound values and cannot be a view');
  }
  // A score from a handful of respondents is shown, but with its sample size in the label.
  return `SELECT CASE WHEN s.responden < ${SMALL_SAMPLE}
                      THEN n.unit || ' (n = ' || s.responden::BIGINT || ')' ELSE n.unit END AS unit,
                 n.unit_name, n.kind, s.nilai_ikm, s.responden
          FROM unit_names n LEFT JOIN (${perUnit.sql}) s USING (unit_code)
          WHERE n.${SURVEYED_KINDS}`;
}

/** Every view name, for the widgets to wait on. */
export const VIEW_NAMES = [...baseViews().map(([name]) => name), 'ikm_units'];

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
  await coordinator.exec(
    baseViews()
      .map(([name, sql]) => `CREATE OR REPLACE VIEW ${name} AS ${sql}`)
      .join(';\n'),
  );
  await coordinator.exec(
    `CREATE OR REPLACE VIEW ikm_units AS ${await unitRankingView(coordinator)}`,
  );
}
