// @ts-check
/**
 * Regional innovations (IID, Kemendagri BSKDN) and the indicator scores the IID formula needs.
 *
 * Real: the count of 33 verified innovations up to 2024 (ANTARA, July 2024) and three named ones
 * (Parak Acil Online - Disdukcapil; Simonik - Bagian Organisasi, running since 2018; SIMPEG - staff
 * system, unit inferred). Everything else (other names, dates, scores) is synthetic.
 */
import { dateMs, formatDate } from './calendar.mjs';
import { Rng } from './prng.mjs';

const TK = 'inovasi tata kelola pemerintahan daerah';
const PP = 'inovasi pelayanan publik';
const DL = 'inovasi daerah lainnya';

/** @typedef {'accepted' | 'rejected' | 'pending'} Verification */
/** @typedef {'inisiatif' | 'uji coba' | 'penerapan'} Stage */
/**
 * @typedef {[string, string, string, 'digital' | 'non-digital', string, string, Verification, Stage]} Spec
 * name, unit_code, form, type, initiator, government_affair, verification_status, stage
 */

const ADMINDUK = 'administrasi kependudukan dan pencatatan sipil';
const TRANTIB = 'ketenteraman dan ketertiban umum serta pelindungan masyarakat';

/** @type {Spec[]} */
// prettier-ignore
const SPECS = [
  // The three named in public sources [V]; SIMPEG's unit is inferred.
  ['Parak Acil Online', 'disdukcapil', PP, 'digital', 'perangkat daerah', ADMINDUK, 'accepted', 'penerapan'],
  ['Simonik', 'bag-organisasi', TK, 'digital', 'perangkat daerah', 'organisasi', 'accepted', 'penerapan'],
  ['SIMPEG', 'bkpsdm', TK, 'digital', 'perangkat daerah', 'kepegawaian', 'accepted', 'penerapan'],
  // Synthetic: 30 more accepted (33 verified in total), names invented for the demo.
  ['Jemput Bola Adminduk ke Sekolah', 'disdukcapil', PP, 'non-digital', 'ASN', ADMINDUK, 'accepted', 'penerapan'],
  ['Antrean Daring Dukcapil', 'disdukcapil', PP, 'digital', 'perangkat daerah', ADMINDUK, 'accepted', 'penerapan'],
  ['Mal Pelayanan Publik Keliling', 'dpmptsp', PP, 'non-digital', 'kepala daerah', 'penanaman modal', 'accepted', 'penerapan'],
  ['Klinik Perizinan Daring', 'dpmptsp', PP, 'digital', 'perangkat daerah', 'penanaman modal', 'accepted', 'penerapan'],
  ['Notifikasi Izin Terbit lewat Pesan Singkat', 'dpmptsp', PP, 'digital', 'ASN', 'penanaman modal', 'accepted', 'penerapan'],
  ['Pajak Daerah Non-Tunai', 'bpkpad', TK, 'digital', 'perangkat daerah', 'keuangan', 'accepted', 'penerapan'],
  ['E-BPHTB Terpadu', 'bpkpad', PP, 'digital', 'perangkat daerah', 'keuangan', 'accepted', 'penerapan'],
  ['Layanan Sosial Keliling Sungai', 'dinsos', PP, 'non-digital', 'ASN', 'sosial', 'accepted', 'penerapan'],
  ['Verifikasi DTKS Berbasis Kelurahan', 'dinsos', TK, 'digital', 'perangkat daerah', 'sosial', 'accepted', 'penerapan'],
  ['Posyandu Remaja Terintegrasi', 'dinkes', PP, 'non-digital', 'masyarakat', 'kesehatan', 'accepted', 'penerapan'],
  ['Konsultasi Gizi Daring', 'dinkes', PP, 'digital', 'ASN', 'kesehatan', 'accepted', 'penerapan'],
  ['Layanan Kesehatan Terapung', 'pkm-alalak-selatan', PP, 'non-digital', 'ASN', 'kesehatan', 'accepted', 'penerapan'],
  ['Kelas Lansia Sehat', 'pkm-teluk-dalam', PP, 'non-digital', 'ASN', 'kesehatan', 'accepted', 'uji coba'],
  ['Sekolah Sungai', 'disdik', DL, 'non-digital', 'masyarakat', 'pendidikan', 'accepted', 'penerapan'],
  ['Rapor Digital Terpadu', 'disdik', TK, 'digital', 'perangkat daerah', 'pendidikan', 'accepted', 'penerapan'],
  ['Tera Keliling Pasar', 'disperdagin', PP, 'non-digital', 'ASN', 'perdagangan', 'accepted', 'penerapan'],
  ['Katalog Daring Produk IKM', 'disperdagin', DL, 'digital', 'perangkat daerah', 'perindustrian', 'accepted', 'penerapan'],
  ['Pekarangan Pangan Lestari Kota', 'dkp3', DL, 'non-digital', 'masyarakat', 'pangan', 'accepted', 'penerapan'],
  ['Peta Digital Rumah Tidak Layak Huni', 'dpkp', TK, 'digital', 'perangkat daerah', 'perumahan dan kawasan permukiman', 'accepted', 'penerapan'],
  ['Relawan Kebakaran Kelurahan', 'damkar', DL, 'non-digital', 'masyarakat', TRANTIB, 'accepted', 'penerapan'],
  ['Satu Data Kota', 'diskominfotik', TK, 'digital', 'kepala daerah', 'statistik', 'accepted', 'penerapan'],
  ['Pusat Kendali Layanan Kota', 'diskominfotik', TK, 'digital', 'kepala daerah', 'komunikasi dan informatika', 'accepted', 'penerapan'],
  ['Musrenbang Daring', 'bappedalitbang', TK, 'digital', 'perangkat daerah', 'perencanaan', 'accepted', 'penerapan'],
  ['Peringatan Dini Pasang Air', 'bpbd', PP, 'digital', 'ASN', TRANTIB, 'accepted', 'uji coba'],
  ['Klinik Konsultasi Pengawasan', 'inspektorat', TK, 'non-digital', 'ASN', 'pengawasan', 'accepted', 'penerapan'],
  ['Evaluasi Kelembagaan Daring', 'bag-organisasi', TK, 'digital', 'ASN', 'organisasi', 'accepted', 'penerapan'],
  ['PATEN Keliling', 'kec-selatan', PP, 'non-digital', 'perangkat daerah', 'pemerintahan umum', 'accepted', 'penerapan'],
  ['Kelurahan Tanggap Sampah', 'kec-tengah', DL, 'non-digital', 'masyarakat', 'lingkungan hidup', 'accepted', 'uji coba'],
  ['Bank Sampah Digital Kelurahan', 'kec-utara', DL, 'digital', 'masyarakat', 'lingkungan hidup', 'accepted', 'penerapan'],
  ['Galeri Sasirangan Digital', 'disbudporapar', DL, 'digital', 'perangkat daerah', 'kebudayaan', 'accepted', 'uji coba'],
  // Synthetic: rejected by the verifier (they still count in n).
  ['Kalender Wisata Sungai Daring', 'disbudporapar', DL, 'digital', 'ASN', 'pariwisata', 'rejected', 'uji coba'],
  ['Absensi Swafoto ASN', 'bkpsdm', TK, 'digital', 'ASN', 'kepegawaian', 'rejected', 'penerapan'],
  ['Aduan Warga lewat Radio', 'diskominfotik', PP, 'non-digital', 'masyarakat', 'komunikasi dan informatika', 'rejected', 'uji coba'],
  ['Kartu Sehat Pelajar', 'dinkes', PP, 'non-digital', 'anggota DPRD', 'kesehatan', 'rejected', 'inisiatif'],
  ['Lapak UMKM Kelurahan', 'kec-barat', DL, 'non-digital', 'masyarakat', 'koperasi, usaha kecil, dan menengah', 'rejected', 'uji coba'],
  ['Arsip Surat Daring', 'setda', TK, 'digital', 'ASN', 'kearsipan', 'rejected', 'penerapan'],
  ['Layanan Izin Malam', 'dpmptsp', PP, 'non-digital', 'ASN', 'penanaman modal', 'rejected', 'uji coba'],
  ['Bibit Ikan untuk Warga', 'dkp3', DL, 'non-digital', 'anggota DPRD', 'kelautan dan perikanan', 'rejected', 'inisiatif'],
  // Synthetic: not yet verified, at earlier stages.
  ['Dasbor Antrean Puskesmas', 'pkm-pekauman', PP, 'digital', 'ASN', 'kesehatan', 'pending', 'uji coba'],
  ['Pendaftaran Sekolah Terpadu', 'disdik', PP, 'digital', 'perangkat daerah', 'pendidikan', 'pending', 'uji coba'],
  ['Tanggap Banjir Berbasis Warga', 'bpbd', DL, 'non-digital', 'masyarakat', TRANTIB, 'pending', 'inisiatif'],
  ['Pendampingan Sertifikasi Halal UMKM', 'disperdagin', DL, 'non-digital', 'ASN', 'perindustrian', 'pending', 'inisiatif'],
  ['Rekomendasi PSU Daring', 'dpkp', PP, 'digital', 'ASN', 'perumahan dan kawasan permukiman', 'pending', 'uji coba'],
  ['Pemantauan Harga Pangan Harian', 'dkp3', TK, 'digital', 'perangkat daerah', 'pangan', 'pending', 'uji coba'],
  ['Jaga Sungai Bersama', 'kec-timur', DL, 'non-digital', 'masyarakat', 'lingkungan hidup', 'pending', 'inisiatif'],
  ['Pelatihan Mikro ASN', 'bkpsdm', TK, 'non-digital', 'ASN', 'kepegawaian', 'pending', 'inisiatif'],
  ['Audit Kinerja Berbasis Risiko', 'inspektorat', TK, 'non-digital', 'perangkat daerah', 'pengawasan', 'pending', 'uji coba'],
  ['Wisata Susur Sungai Inklusif', 'disbudporapar', DL, 'non-digital', 'anggota DPRD', 'pariwisata', 'pending', 'inisiatif'],
  ['Data Disabilitas Kelurahan', 'dinsos', TK, 'digital', 'masyarakat', 'sosial', 'pending', 'uji coba'],
  ['Layanan Pajak Keliling Malam', 'bpkpad', PP, 'non-digital', 'kepala daerah', 'keuangan', 'pending', 'uji coba'],
];

const PROV_REAL =
  'real: name and unit reported in public sources (ANTARA 2024-07; kalimantanpost.com 2023-11; DOMAIN.md [V]); form, type, initiator, dates and scores synthetic';
const PROV_SIMPEG =
  'real: name reported in public sources (DOMAIN.md [V]); unit inferred [I]; form, type, initiator, dates and scores synthetic';
const PROV_SIMONIK =
  'real: name, unit and running since 2018 reported in public sources (kalimantanpost.com 2023-11; DOMAIN.md [V]); exact dates, form, type, initiator and scores synthetic';
const PROV_SYN = 'synthetic: invented for the demo (not a real innovation record)';

export const INNOVATION_COLUMNS = /** @type {const} */ ([
  ['id', 'INTEGER'],
  ['name', 'VARCHAR'],
  ['unit_code', 'VARCHAR'],
  ['form', 'VARCHAR'],
  ['type', 'VARCHAR'],
  ['initiator', 'VARCHAR'],
  ['stage', 'VARCHAR'],
  ['trial_date', 'DATE'],
  ['implementation_date', 'DATE'],
  ['government_affair', 'VARCHAR'],
  ['verification_status', 'VARCHAR'],
  ['first_assessed_year', 'INTEGER'],
  ['provenance', 'VARCHAR'],
]);
export const INNOVATION_SCORE_COLUMNS = /** @type {const} */ ([
  ['year', 'INTEGER'],
  ['innovation_id', 'INTEGER'],
  ['indicator', 'INTEGER'],
  ['score', 'INTEGER'],
]);
export const IID_INDICATOR_COLUMNS = /** @type {const} */ ([
  ['indicator', 'INTEGER'],
  ['aspect', 'VARCHAR'],
  ['max_score', 'INTEGER'],
]);
export const IID_REGIONAL_COLUMNS = /** @type {const} */ ([
  ['year', 'INTEGER'],
  ['indicator', 'INTEGER'],
  ['score', 'INTEGER'],
]);

/**
 * Synthetic maxima chosen so the aspects weigh as in the 2023 structure [V]: SPD (1..15) max 252,
 * SID max 748 = per-innovation indicators 16..35 (20 x 35 = 700) + number of innovations (36: 48);
 * maximum total 1000.
 * @returns {import('./write.mjs').Row[]}
 */
export function iidIndicators() {
  /** @type {import('./write.mjs').Row[]} */
  const rows = [];
  for (let i = 1; i <= 15; i++)
    rows.push({ indicator: i, aspect: 'spd', max_score: i <= 12 ? 17 : 16 });
  for (let i = 16; i <= 35; i++) rows.push({ indicator: i, aspect: 'sid', max_score: 35 });
  rows.push({ indicator: 36, aspect: 'sid_jumlah_inovasi', max_score: 48 });
  return rows;
}

/**
 * @param {Rng} rng
 * @param {number} y0
 * @param {number} m0
 * @param {number} y1
 * @param {number} m1
 * @returns {number} a date (ms) uniformly between the first day of two months
 */
function between(rng, y0, m0, y1, m1) {
  const a = dateMs(y0, m0, 1);
  const b = dateMs(y1, m1, 1);
  return a + Math.floor(rng.next() * ((b - a) / 86_400_000)) * 86_400_000;
}

/**
 * @param {number} seed
 */
export function generateInnovations(seed) {
  const rng = Rng.for(seed, 'innovations');
  /** @type {import('./write.mjs').Row[]} */
  const innovations = [];
  /** @type {import('./write.mjs').Row[]} */
  const scores = [];
  SPECS.forEach(([name, unit_code, form, type, initiator, affair, status, stage], i) => {
    /** @type {number | null} */
    let trial = null;
    /** @type {number | null} */
    let impl = null;
    if (name === 'Simonik') {
      trial = between(rng, 2018, 1, 2018, 4); // running since 2018 [V]; the day is synthetic
      impl = between(rng, 2018, 6, 2018, 12);
    } else if (stage === 'penerapan') {
      trial = between(rng, 2018, 6, 2023, 6);
      impl = trial + rng.int(90, 360) * 86_400_000;
    } else if (stage === 'uji coba') {
      trial =
        status === 'pending' ? between(rng, 2024, 1, 2024, 10) : between(rng, 2022, 6, 2024, 6);
    }
    const startYear = trial === null ? 2024 : new Date(trial).getUTCFullYear();
    const firstYear = status === 'pending' ? 2024 : Math.max(2022, Math.min(2024, startYear));
    innovations.push({
      id: i + 1,
      name,
      unit_code,
      form,
      type,
      initiator,
      stage,
      trial_date: trial === null ? null : formatDate(trial),
      implementation_date: impl === null ? null : formatDate(impl),
      government_affair: affair,
      verification_status: status,
      first_assessed_year: firstYear,
      provenance:
        name === 'Simonik' ? PROV_SIMONIK : i < 2 ? PROV_REAL : i === 2 ? PROV_SIMPEG : PROV_SYN,
    });
    // Indicator scores 16..35 in levels of 7 (0..35) for each year the innovation is assessed.
    const base =
      status === 'accepted'
        ? rng.uniform(0.55, 0.9)
        : status === 'rejected'
          ? rng.uniform(0.1, 0.4)
          : rng.uniform(0.2, 0.5);
    const stageBonus = stage === 'penerapan' ? 0.08 : stage === 'uji coba' ? 0 : -0.1;
    for (let year = firstYear; year <= 2024; year++) {
      const q = base + stageBonus + 0.04 * (year - firstYear);
      for (let ind = 16; ind <= 35; ind++) {
        const level = Math.min(5, Math.max(0, Math.round(5 * (q + 0.15 * rng.normal()))));
        scores.push({ year, innovation_id: i + 1, indicator: ind, score: 7 * level });
      }
    }
  });
  scores.sort(
    (a, b) =>
      Number(a.year) - Number(b.year) ||
      Number(a.innovation_id) - Number(b.innovation_id) ||
      Number(a.indicator) - Number(b.indicator),
  );

  // Regional (SPD) indicators 1..15 per year, plus indicator 36 from the number of innovations.
  /** @type {import('./write.mjs').Row[]} */
  const regional = [];
  const maxima = iidIndicators();
  for (let year = 2022; year <= 2024; year++) {
    const frac = 0.62 + 0.08 * (year - 2022);
    for (let ind = 1; ind <= 15; ind++) {
      const max = Number(maxima[ind - 1]?.max_score);
      const score = Math.min(max, Math.max(0, Math.round(max * (frac + 0.12 * rng.normal()))));
      regional.push({ year, indicator: ind, score });
    }
    const n = innovations.filter((r) => Number(r.first_assessed_year) <= year).length;
    regional.push({ year, indicator: 36, score: Math.round(48 * Math.min(1, n / 50)) });
  }
  return { innovations, scores, regional, indicators: maxima };
}
