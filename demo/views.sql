-- The demo's views for `npm run serve` (pantau-server --views demo/views.sql): written from
-- demo/views.ts demoViews() by PANTAU_WRITE_VIEWS=1 npx vitest run --project node
-- packages/server/test/views-file.test.ts. Edit demo/views.ts, not this file.

CREATE OR REPLACE VIEW unit_names AS
SELECT u.code AS unit_code,
              coalesce(u.abbreviation, replace(u.name, 'Kecamatan ', 'Kec. ')) AS unit,
              u.name AS unit_name, u.kind, g.kelompok, g.unit_group
       FROM units u
       LEFT JOIN (VALUES ('skpd', 'Dinas dan badan', 'Agencies'), ('bagian', 'Dinas dan badan', 'Agencies'), ('kecamatan', 'Kecamatan', 'Districts'), ('uptd', 'Puskesmas', 'Health centres')) g(kind, kelompok, unit_group) USING (kind);

CREATE OR REPLACE VIEW ikm_named AS
SELECT r.*, CAST(date_trunc('month', r.date) AS DATE) AS month, strftime(r.date, '%Y') AS tahun, n.unit, n.kelompok, n.unit_group
       FROM ikm_responses r JOIN unit_names n USING (unit_code);

CREATE OR REPLACE VIEW ikm_year AS
SELECT * FROM ikm_named WHERE date >= DATE '2024-01-01' AND date < DATE '2025-01-01';

CREATE OR REPLACE VIEW ikm_years AS
SELECT * FROM ikm_named;

CREATE OR REPLACE VIEW service_years AS
SELECT s.*, strftime(s.month, '%Y') AS tahun, n.kind, n.unit, n.kelompok, n.unit_group
       FROM service_performance s JOIN unit_names n USING (unit_code);

CREATE OR REPLACE VIEW ikm_recent AS
SELECT * FROM ikm_years WHERE tahun IN ('2023', '2024');

CREATE OR REPLACE VIEW complaint_years AS
SELECT c.*, strftime(c.received_at, '%Y') AS tahun, CAST(date_trunc('month', c.received_at) AS DATE) AS month, n.unit, n.kelompok, n.unit_group
       FROM complaints c JOIN unit_names n USING (unit_code);

CREATE OR REPLACE VIEW ikm_groups AS
SELECT * FROM ikm_named WHERE kelompok IS NOT NULL;

CREATE OR REPLACE VIEW service_flow AS
SELECT s.month, s.tahun, s.unit_code, s.unit, s.kelompok, s.unit_group, f.alur, f.flow,
              CASE f.code WHEN 'received' THEN s.received ELSE s.completed END AS jumlah
       FROM service_years s CROSS JOIN (VALUES ('received', 'Diterima', 'Received'), ('completed', 'Selesai', 'Completed')) f(code, alur, flow);

CREATE OR REPLACE VIEW service_units AS
SELECT * FROM service_years WHERE kind IN ('skpd', 'bagian', 'kecamatan', 'uptd');

CREATE OR REPLACE VIEW innovation_labels AS
SELECT i.*, n.unit, n.kelompok, n.unit_group,
              CASE i.form WHEN 'inovasi tata kelola pemerintahan daerah' THEN 'Tata kelola pemerintahan' WHEN 'inovasi pelayanan publik' THEN 'Pelayanan publik' WHEN 'inovasi daerah lainnya' THEN 'Urusan lainnya' ELSE i.form END AS bentuk, CASE i.form WHEN 'inovasi tata kelola pemerintahan daerah' THEN 'Governance' WHEN 'inovasi pelayanan publik' THEN 'Public services' WHEN 'inovasi daerah lainnya' THEN 'Other government affairs' ELSE i.form END AS form_en,
              CASE i.type WHEN 'digital' THEN 'Digital' WHEN 'non-digital' THEN 'Non-digital' ELSE i.type END AS jenis, CASE i.type WHEN 'digital' THEN 'Digital' WHEN 'non-digital' THEN 'Non-digital' ELSE i.type END AS type_en,
              CASE i.stage WHEN 'inisiatif' THEN '1. Inisiatif' WHEN 'uji coba' THEN '2. Uji coba' WHEN 'penerapan' THEN '3. Penerapan' ELSE i.stage END AS tahap, CASE i.stage WHEN 'inisiatif' THEN '1. Initiative' WHEN 'uji coba' THEN '2. Trial' WHEN 'penerapan' THEN '3. Implementation' ELSE i.stage END AS stage_en,
              CASE i.verification_status WHEN 'accepted' THEN 'Terverifikasi' WHEN 'pending' THEN 'Menunggu' WHEN 'rejected' THEN 'Ditolak' ELSE i.verification_status END AS status,
              CASE i.verification_status WHEN 'accepted' THEN 'Verified' WHEN 'pending' THEN 'Pending' WHEN 'rejected' THEN 'Rejected' ELSE i.verification_status END AS status_en,
              -- Text: a number would read "2.022" in Indonesian.
              i.first_assessed_year::VARCHAR AS tahun_dinilai
       FROM innovations i JOIN unit_names n USING (unit_code);

CREATE OR REPLACE VIEW innovation_stages AS
WITH keys AS (
         SELECT DISTINCT unit_code, unit, kelompok, unit_group, form, bentuk, form_en,
                type, jenis, type_en
         FROM innovation_labels)
       SELECT st.tahap, st.stage_en, vs.status, vs.status_en, k.unit_code, k.unit, k.kelompok,
              k.unit_group, k.bentuk, k.form_en, k.jenis, k.type_en, count(i.id) AS jumlah
       FROM (VALUES ('inisiatif', '1. Inisiatif', '1. Initiative'), ('uji coba', '2. Uji coba', '2. Trial'), ('penerapan', '3. Penerapan', '3. Implementation')) st(stage, tahap, stage_en)
       CROSS JOIN (VALUES ('accepted', 'Terverifikasi', 'Verified'), ('pending', 'Menunggu', 'Pending'), ('rejected', 'Ditolak', 'Rejected')) vs(verification_status, status, status_en)
       CROSS JOIN keys k
       LEFT JOIN innovations i
         ON i.stage = st.stage AND i.verification_status = vs.verification_status
        AND i.unit_code = k.unit_code AND i.form = k.form AND i.type = k.type
       GROUP BY ALL;

CREATE OR REPLACE VIEW innovations_verified AS
SELECT * FROM innovation_labels WHERE verification_status = 'accepted';

CREATE OR REPLACE VIEW ikm_units AS
SELECT n.unit_code, n.unit, n.unit_name, n.kind, n.kelompok, n.unit_group,
                 CASE WHEN s.responden < 30
                      THEN n.unit || ' (n = ' || s.responden::BIGINT || ')' ELSE n.unit END AS unit_label,
                 s.nilai_ikm, s.responden
          FROM unit_names n LEFT JOIN (SELECT "unit_code", (CASE WHEN (count(*) FILTER (WHERE (NOT (coalesce((TRY_CAST("u1" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u2" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u3" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u4" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u5" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u6" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u7" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u8" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u9" AS DOUBLE) IN (1, 2, 3, 4)), false)))) > 0) THEN error('IKM: some answers are empty, not numbers, or outside 1..4 (see validateIkmAnswers); rows: ' || CAST(count(*) FILTER (WHERE (NOT (coalesce((TRY_CAST("u1" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u2" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u3" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u4" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u5" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u6" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u7" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u8" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u9" AS DOUBLE) IN (1, 2, 3, 4)), false)))) AS VARCHAR) || ' / IKM: ada jawaban kosong, bukan angka, atau di luar 1..4 (periksa dengan validateIkmAnswers); baris: ' || CAST(count(*) FILTER (WHERE (NOT (coalesce((TRY_CAST("u1" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u2" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u3" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u4" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u5" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u6" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u7" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u8" AS DOUBLE) IN (1, 2, 3, 4)), false) AND coalesce((TRY_CAST("u9" AS DOUBLE) IN (1, 2, 3, 4)), false)))) AS VARCHAR)) ELSE ((25::DOUBLE * (((((((((0.1111111111111111::DOUBLE * sum(TRY_CAST("u1" AS DOUBLE))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u2" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u3" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u4" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u5" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u6" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u7" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u8" AS DOUBLE)))) + (0.1111111111111111::DOUBLE * sum(TRY_CAST("u9" AS DOUBLE))))) / CASE WHEN count(*) = 0 THEN 'NaN'::DOUBLE ELSE count(*) END) END)::DOUBLE AS "nilai_ikm", count(*)::DOUBLE AS "responden" FROM "ikm_year" GROUP BY "unit_code") s USING (unit_code)
          WHERE n.kind IN ('skpd', 'bagian', 'kecamatan', 'uptd');
