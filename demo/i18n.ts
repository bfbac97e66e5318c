/**
 * The demo page's own words in Indonesian and English. The widgets translate themselves from the
 * dashboard's `lang`; this covers what the page says around them (masthead, section headings,
 * chart titles and descriptions it passes as attributes) and which view columns hold labels in
 * which language. Text reaches the DOM through textContent and setAttribute only.
 */

export type Lang = 'id' | 'en';

interface Bilingual {
  id: string;
  en: string;
}

export const TEXT = {
  pageTitle: {
    id: 'Pantau · Monitoring Kinerja Pelayanan Publik Kota Banjarmasin',
    en: 'Pantau · Public Service Performance Monitoring, Banjarmasin City',
  },
  skip: { id: 'Lewati ke isi', en: 'Skip to content' },
  agency: { id: 'Pemerintah Kota Banjarmasin', en: 'Banjarmasin City Government' },
  headline: {
    id: 'Monitoring Kinerja Pelayanan Publik',
    en: 'Public Service Performance Monitoring',
  },
  period: {
    id: 'Periode laporan Januari–Desember 2024 · tren bulanan Januari 2022–Desember 2024',
    en: 'Reporting period January–December 2024 · monthly trends January 2022–December 2024',
  },
  synthetic: {
    id: 'Data contoh bersifat sintetis: nama perangkat daerah nyata, tetapi semua angka dibuat untuk peragaan dan bukan data resmi Pemerintah Kota Banjarmasin.',
    en: 'Sample data is synthetic: the unit names are real, but every number is generated for demonstration and is not official Banjarmasin City Government data.',
  },
  langGroup: { id: 'Bahasa', en: 'Language' },
  themeToggle: { id: 'Mode gelap', en: 'Dark mode' },
  printPage: { id: 'Cetak', en: 'Print' },
  navLabel: { id: 'Bagian halaman', en: 'Page sections' },
  navSummary: { id: 'Ringkasan', en: 'At a glance' },
  navIkm: { id: 'Kepuasan masyarakat', en: 'Satisfaction' },
  navService: { id: 'Kinerja layanan', en: 'Service performance' },
  navInnovation: { id: 'Inovasi daerah', en: 'Innovation' },
  status: { id: 'Memuat data…', en: 'Loading data…' },
  statusReady: { id: 'Data siap', en: 'Data ready' },
  crossfilterHint: {
    id: 'Klik batang, irisan, sel atau butir legenda untuk menyaring semua grafik; seret pada grafik garis untuk memilih rentang bulan. Esc atau “Atur ulang” menghapus filter.',
    en: 'Click a bar, slice, cell or legend item to filter every chart; drag across a line chart to choose a range of months. Esc or “Reset” clears the filter.',
  },
  statusFailed: {
    id: 'Sebagian data gagal dimuat; lihat pesan di widget yang bersangkutan.',
    en: 'Some data failed to load; see the message in the widget concerned.',
  },

  // Section 1: headline figures.
  summaryHeading: { id: 'Ringkasan kinerja 2024', en: 'Performance at a glance, 2024' },
  summaryLede: {
    id: 'Angka utama tahun 2024, dibandingkan dengan tahun 2023.',
    en: 'Headline figures for 2024, compared with 2023.',
  },
  kpiIkm: { id: 'IKM Kota', en: 'City IKM' },
  kpiOnTime: { id: 'Selesai tepat waktu', en: 'Completed on time' },
  kpiCompleted: { id: 'Permohonan selesai', en: 'Applications completed' },
  kpiResolved: { id: 'Pengaduan tuntas', en: 'Complaints resolved' },
  kpiInnovations: { id: 'Inovasi terverifikasi', en: 'Verified innovations' },

  // Section 2: IKM.
  ikmHeading: {
    id: 'Indeks Kepuasan Masyarakat (IKM)',
    en: 'Community Satisfaction Index (IKM)',
  },
  ikmLede: {
    id: 'Survei IKM menurut PermenPANRB 14/2017: sembilan unsur pelayanan (U1–U9), nilai konversi 25–100 dengan mutu A (Sangat Baik), B (Baik), C (Kurang Baik), D (Tidak Baik).',
    en: 'IKM survey per PermenPANRB 14/2017: nine service elements (U1–U9), converted to 25–100 and graded A (Very good), B (Good), C (Fair), D (Poor).',
  },
  rankingTitle: { id: 'IKM per perangkat daerah, 2024', en: 'IKM by unit, 2024' },
  rankingDescription: {
    id: 'Dinas, badan, kecamatan dan puskesmas. Unit tanpa responden ditandai “belum input”, bukan nol; (n = …): kurang dari 30 responden. Kelurahan tidak menjalankan survei IKM.',
    en: 'Agencies, districts and health centres. Units without respondents are marked “not reported”, not zero; (n = …): fewer than 30 respondents. Kelurahan do not run the IKM survey.',
  },
  gaugeTitle: { id: 'IKM Kota pada pita mutu, 2024', en: 'City IKM on the grade bands, 2024' },
  trendTitle: { id: 'IKM per tahun menurut kelompok unit', en: 'IKM by year and group of units' },
  trendDescription: {
    id: 'Dinas dan badan, kecamatan, puskesmas: 2022–2024.',
    en: 'Agencies, districts, health centres: 2022–2024.',
  },
  radarTitle: {
    id: 'Nilai per unsur pelayanan, 2023 dan 2024',
    en: 'Score by service element, 2023 and 2024',
  },
  radarDescription: {
    id: 'Nilai rata-rata per unsur (NRR, skala 1–4), seluruh responden kota.',
    en: 'Mean score per element (NRR, scale 1–4), all respondents in the city.',
  },
  // Section 3: service performance.
  serviceHeading: { id: 'Kinerja layanan', en: 'Service performance' },
  serviceLede: {
    id: 'Laporan bulanan perangkat daerah, kecamatan, kelurahan dan puskesmas. Bulan yang tidak dilaporkan tidak dihitung sebagai nol.',
    en: 'Monthly reports of agencies, districts, kelurahan and health centres. Months not reported are not counted as zero.',
  },
  applicationsTitle: { id: 'Permohonan layanan per bulan', en: 'Service applications per month' },
  applicationsDescription: {
    id: 'Permohonan diterima dan diselesaikan setiap bulan, seluruh unit yang melapor.',
    en: 'Applications received and completed each month, all reporting units.',
  },
  onTimeTitle: { id: 'Ketepatan waktu penyelesaian', en: 'On-time completion' },
  onTimeDescription: {
    id: 'Selesai sesuai standar pelayanan ÷ selesai. Garis target 90%.',
    en: 'Completed within the service standard ÷ completed. Target line at 90%.',
  },
  heatmapTitle: {
    id: 'Ketepatan waktu per unit dan bulan',
    en: 'On-time rate by unit and month',
  },
  heatmapDescription: {
    id: 'Dinas, badan, kecamatan dan puskesmas, 2022–2024. Sel berarsir: belum input.',
    en: 'Agencies, districts and health centres, 2022–2024. Hatched cells: not reported.',
  },

  // Section 4: innovations.
  innovationHeading: { id: 'Inovasi daerah', en: 'Regional innovation' },
  innovationLede: {
    id: 'Inovasi yang dilaporkan ke Indeks Inovasi Daerah (Kemendagri), dengan status verifikasi penilaian 2024.',
    en: 'Innovations reported to the Regional Innovation Index (Ministry of Home Affairs), with their 2024 verification status.',
  },
  formTitle: { id: 'Menurut bentuk inovasi', en: 'By form of innovation' },
  typeTitle: { id: 'Digital dan non-digital', en: 'Digital and non-digital' },
  stageTitle: { id: 'Menurut tahap dan status verifikasi', en: 'By stage and verification status' },
  stageDescription: {
    id: 'Jumlah inovasi per tahap: inisiatif, uji coba, penerapan.',
    en: 'Number of innovations per stage: initiative, trial, implementation.',
  },
  tableTitle: { id: 'Daftar inovasi daerah', en: 'Regional innovations' },
  tableDescription: {
    id: 'Semua inovasi yang dilaporkan; urutkan dengan mengeklik judul kolom.',
    en: 'Every innovation reported; sort by clicking a column heading.',
  },

  // Footer.
  aboutHeading: { id: 'Tentang halaman ini', en: 'About this page' },
  aboutText: {
    id: 'Dibangun dengan Pantau: widget web yang membaca data langsung di peramban dengan DuckDB (WebAssembly) dari berkas Parquet di server ini. Tidak ada server basis data dan tidak ada CDN pihak ketiga.',
    en: 'Built with Pantau: web widgets that read the data right in the browser with DuckDB (WebAssembly) from Parquet files on this server. No database server and no third-party CDN.',
  },
  aboutTextServer: {
    id: 'Dasbor yang sama, dengan markup yang sama, tetapi dijawab oleh server Pantau: DuckDB di server membaca berkas Parquet di tempatnya, dan peramban hanya menerima angka yang digambar. Halaman ini tidak memuat DuckDB.',
    en: 'The same dashboard, with the same markup, answered by a Pantau server: DuckDB on the server reads the Parquet files where they lie, and the browser receives only the figures it draws. This page loads no DuckDB.',
  },
  serverLink: {
    id: 'Versi server: dasbor yang sama, dijawab server Pantau',
    en: 'Server version: the same dashboard, answered by a Pantau server',
  },
  pageLink: {
    id: 'Versi peramban: dasbor yang sama, dengan DuckDB di peramban',
    en: 'Browser version: the same dashboard, with DuckDB in the browser',
  },
  timingsHeading: { id: 'Waktu muat halaman ini', en: 'Load times of this page' },
  timingEngine: { id: 'Mesin DuckDB siap', en: 'DuckDB engine ready' },
  timingSources: { id: 'Data dan view siap', en: 'Data and views ready' },
  timingWidgets: { id: 'Semua widget tergambar', en: 'All widgets drawn' },
  timingTotal: { id: 'Total sampai tampil', en: 'Total until shown' },
  timingUnit: { id: 'md', en: 'ms' },
  footerNote: {
    id: 'Pantau · data contoh sintetis · bukan data resmi',
    en: 'Pantau · synthetic sample data · not official figures',
  },

  // Columns of the demo's views that hold labels, per language.
  colForm: { id: 'bentuk', en: 'form_en' },
  colType: { id: 'jenis', en: 'type_en' },
  colStage: { id: 'tahap', en: 'stage_en' },
  colGroup: { id: 'kelompok', en: 'unit_group' },
  colFlow: { id: 'alur', en: 'flow' },
  colStatus: { id: 'status', en: 'status_en' },
  // No stage dates: they are empty by design until a stage is reached, and would read "belum input".
  innovationColumns: {
    id: 'name:Nama inovasi, unit_code:Kode unit, units.name:Perangkat daerah, bentuk:Bentuk, jenis:Jenis, tahap:Tahap, status:Status verifikasi, tahun_dinilai:Dinilai sejak',
    en: 'name:Innovation, unit_code:Unit code, units.name:Unit, form_en:Form, type_en:Type, stage_en:Stage, status_en:Verification, tahun_dinilai:Assessed since',
  },
} as const satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}

function isKey(key: string): key is TextKey {
  return Object.hasOwn(TEXT, key);
}

/**
 * Puts the page in `lang`: `data-i18n="key"` sets an element's text, and
 * `data-i18n-attr="title:key; description:key"` sets attributes (chart titles, the column a
 * chart reads its labels from). Unknown keys are reported, not silently left in the old language.
 */
export function translatePage(root: ParentNode, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset['i18n'] ?? '';
    if (isKey(key)) el.textContent = t(key, lang);
    else console.warn(`demo: no text for data-i18n="${key}"`);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of (el.dataset['i18nAttr'] ?? '').split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (!attribute || !key) continue;
      if (!isKey(key)) {
        console.warn(`demo: no text for ${attribute}="${key}"`);
        continue;
      }
      const value = t(key, lang);
      if (el.getAttribute(attribute) !== value) el.setAttribute(attribute, value);
    }
  }
}
