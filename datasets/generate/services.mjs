// @ts-check
/**
 * Synthetic service catalogue and the latent monthly model shared by `service_performance`
 * (monthly aggregates) and `applications` (transactions). Service names are typical Indonesian
 * local-government services; every number here (SLA days, volumes, rates) is synthetic.
 */
import { KELURAHAN_BY_KECAMATAN, PUSKESMAS_CODES, slug } from './units.mjs';
import { LEBARAN_MONTH, RAMADAN_DAYS, normInv } from './calendar.mjs';
import { Rng, hash32 } from './prng.mjs';

/**
 * @typedef {object} Service
 * @property {string} id `${unit_code}/${slug(service)}`
 * @property {string} unit_code
 * @property {string} service service name (Indonesian)
 * @property {number} sla_days service standard: days to complete
 * @property {number} volume mean applications per month (before seasonality and growth)
 * @property {[number, number]} onTime probability of completing within the SLA, first and last month
 * @property {[number, number]} online share submitted online, first and last month
 * @property {number} sigma log-sd of the completion time
 * @property {number} reject share of applications rejected
 * @property {number} ramadan extra volume per full month of Ramadan (0.4 = +40 %)
 * @property {Record<string, number>} peaks extra factors keyed by `MM` (every year) or `YYYY-MM`
 */

/**
 * @param {string} unit_code
 * @param {string} service
 * @param {number} sla_days
 * @param {number} volume
 * @param {Partial<Omit<Service, 'id' | 'unit_code' | 'service' | 'sla_days' | 'volume'>>} [o]
 * @returns {Service}
 */
function svc(unit_code, service, sla_days, volume, o = {}) {
  return {
    id: `${unit_code}/${slug(service)}`,
    unit_code,
    service,
    sla_days,
    volume,
    onTime: o.onTime ?? [0.86, 0.92],
    online: o.online ?? [0.1, 0.3],
    sigma: o.sigma ?? 0.7,
    reject: o.reject ?? 0.03,
    ramadan: o.ramadan ?? 0,
    peaks: o.peaks ?? {},
  };
}

const SCHOOL = { '06': 1.6, '07': 1.8 };
const IDUL_ADHA = { '2022-07': 3, '2023-06': 3, '2024-06': 3 };
const RAINY = { '01': 1.8, '02': 1.5, 12: 1.5 };

/** @returns {Service[]} */
export function buildServices() {
  /** @type {Service[]} */
  // prettier-ignore
  const s = [
    // Disdukcapil: big volumes, Ramadan peak (documents before mudik), online share rising with
    // Parak Acil Online.
    svc('disdukcapil', 'KTP-el', 1, 2600, { onTime: [0.9, 0.96], online: [0.1, 0.45], ramadan: 0.35 }),
    svc('disdukcapil', 'Kartu Keluarga', 1, 3200, { onTime: [0.88, 0.95], online: [0.15, 0.6], ramadan: 0.4 }),
    svc('disdukcapil', 'Akta Kelahiran', 3, 1100, { onTime: [0.85, 0.95], online: [0.2, 0.65], ramadan: 0.1 }),
    svc('disdukcapil', 'Akta Kematian', 3, 320, { onTime: [0.85, 0.93], online: [0.1, 0.5] }),
    svc('disdukcapil', 'Surat Pindah Datang', 1, 700, { onTime: [0.9, 0.95], online: [0.15, 0.55], ramadan: 0.6 }),
    // DPMPTSP: the unit that improves.
    svc('dpmptsp', 'Persetujuan Bangunan Gedung (PBG)', 28, 90, { onTime: [0.58, 0.93], online: [0.7, 0.98], sigma: 0.5 }),
    svc('dpmptsp', 'Nomor Induk Berusaha (NIB) Usaha Mikro', 1, 650, { onTime: [0.78, 0.97], online: [0.85, 0.99] }),
    svc('dpmptsp', 'Surat Izin Praktik Tenaga Kesehatan', 14, 140, { onTime: [0.66, 0.95], online: [0.6, 0.95], sigma: 0.55 }),
    svc('dpmptsp', 'Izin Reklame', 7, 60, { onTime: [0.62, 0.9], online: [0.4, 0.9], sigma: 0.6 }),
    svc('bpkpad', 'Pendaftaran Objek PBB-P2 Baru', 14, 210, { onTime: [0.8, 0.86], online: [0.2, 0.45], peaks: { '12': 1.3 } }),
    svc('bpkpad', 'Mutasi PBB-P2', 14, 380, { onTime: [0.78, 0.85], online: [0.2, 0.45], peaks: { '12': 1.3 } }),
    svc('bpkpad', 'Validasi BPHTB', 3, 520, { onTime: [0.88, 0.93], online: [0.5, 0.8] }),
    svc('dinsos', 'Pendaftaran DTKS', 14, 800, { onTime: [0.74, 0.8], online: [0.05, 0.2], ramadan: 0.2, reject: 0.08 }),
    svc('dinsos', 'Rekomendasi PBI-JK', 3, 260, { onTime: [0.85, 0.88], online: [0.05, 0.2], reject: 0.06 }),
    svc('dinkes', 'Sertifikat Laik Higiene Sanitasi', 14, 40, { onTime: [0.8, 0.86], online: [0.3, 0.6] }),
    svc('dinkes', 'Sertifikat Produksi Pangan Industri Rumah Tangga', 14, 70, { onTime: [0.8, 0.85], online: [0.3, 0.6] }),
    svc('disdik', 'Legalisir Ijazah', 1, 450, { onTime: [0.92, 0.95], online: [0.05, 0.3], peaks: SCHOOL }),
    svc('disdik', 'Surat Keterangan Pindah Sekolah', 3, 180, { onTime: [0.88, 0.92], online: [0.05, 0.3], peaks: SCHOOL }),
    svc('disperdagin', 'Tera dan Tera Ulang UTTP', 7, 300, { onTime: [0.85, 0.9], online: [0.05, 0.15] }),
    svc('dkp3', 'Surat Keterangan Kesehatan Hewan', 3, 90, { onTime: [0.9, 0.93], online: [0.05, 0.2], peaks: IDUL_ADHA }),
    // DPKP: the unit that slips.
    svc('dpkp', 'Rekomendasi Teknis PSU Perumahan', 14, 25, { onTime: [0.9, 0.62], online: [0.2, 0.4], sigma: 0.55 }),
    svc('dpkp', 'Bantuan Rumah Tidak Layak Huni', 30, 120, { onTime: [0.88, 0.64], online: [0.05, 0.15], sigma: 0.5, reject: 0.12 }),
    svc('damkar', 'Rekomendasi Proteksi Kebakaran', 7, 45, { onTime: [0.9, 0.93], online: [0.2, 0.5] }),
    svc('diskominfotik', 'Permohonan Informasi Publik (PPID)', 10, 40, { onTime: [0.9, 0.97], online: [0.7, 0.9], reject: 0.05 }),
    svc('diskominfotik', 'Pembuatan Subdomain dan Email Dinas', 3, 20, { onTime: [0.9, 0.97], online: [0.95, 0.99] }),
    svc('disbudporapar', 'Rekomendasi Izin Kegiatan Kesenian', 5, 30, { onTime: [0.84, 0.88], online: [0.1, 0.4] }),
    svc('bpbd', 'Surat Keterangan Kejadian Bencana', 3, 15, { onTime: [0.85, 0.9], online: [0.05, 0.2], peaks: RAINY }),
    svc('bkpsdm', 'Usulan Kenaikan Pangkat ASN', 30, 120, { onTime: [0.8, 0.9], online: [0.6, 0.98], sigma: 0.5, peaks: { '03': 3, '09': 3 } }),
  ];
  for (const [kec, kelurahan] of Object.entries(KELURAHAN_BY_KECAMATAN)) {
    const k = `kec-${kec}`;
    s.push(
      svc(k, 'Legalisasi Dokumen', 1, 150, { onTime: [0.9, 0.94], online: [0.02, 0.15] }),
      svc(k, 'Surat Keterangan Ahli Waris', 7, 40, { onTime: [0.82, 0.88], online: [0.02, 0.1] }),
      svc(k, 'Rekomendasi Izin Keramaian', 3, 25, {
        onTime: [0.88, 0.92],
        online: [0.02, 0.1],
        peaks: { 12: 1.6 },
      }),
    );
    for (const kel of kelurahan) {
      const u = `kel-${slug(kel)}`;
      // Size of the kelurahan: a deterministic factor in 0.5 .. 1.8 from its name.
      const f = 0.5 + (hash32(u) % 1000) / 770;
      s.push(
        svc(u, 'Surat Keterangan Domisili', 1, Math.round(60 * f), {
          onTime: [0.9, 0.95],
          online: [0.01, 0.12],
        }),
        svc(u, 'Surat Keterangan Tidak Mampu', 1, Math.round(35 * f), {
          onTime: [0.9, 0.95],
          online: [0.01, 0.1],
          peaks: SCHOOL,
        }),
        svc(u, 'Surat Pengantar Nikah', 1, Math.max(12, Math.round(12 * f)), {
          onTime: [0.92, 0.96],
          online: [0.01, 0.08],
        }),
      );
    }
  }
  for (const pkm of PUSKESMAS_CODES) {
    s.push(
      svc(pkm, 'Surat Keterangan Sehat', 1, 120, {
        onTime: [0.93, 0.97],
        online: [0.01, 0.1],
        peaks: SCHOOL,
      }),
    );
  }
  return s;
}

/**
 * @typedef {object} Cell
 * @property {Service} service
 * @property {import('./calendar.mjs').Month} month
 * @property {number} expected expected applications received in the month
 * @property {number} onTime probability of completion within the SLA
 * @property {number} medianDays median completion time in days
 * @property {number} sigma log-sd of the completion time
 * @property {number} online share submitted online
 */

/**
 * The latent model for one service and month. Deterministic in (seed, service, month).
 * @param {number} seed
 * @param {Service} s
 * @param {import('./calendar.mjs').Month} m
 * @returns {Cell}
 */
export function cell(seed, s, m) {
  const t = m.index / 35; // 0 .. 1 over 2022-01 .. 2024-12
  const mm = m.key.slice(5);
  const ramadan = (RAMADAN_DAYS[m.key] ?? 0) / 30;
  let season = 1 + s.ramadan * ramadan;
  if (mm === '12') season *= 1.2;
  if (mm === '11') season *= 1.05;
  if (mm === '01') season *= 0.9;
  season *= s.peaks[mm] ?? s.peaks[m.key] ?? 1;
  const lebaran = LEBARAN_MONTH[m.key] ? 1 : 0;
  if (lebaran) season *= 0.85;
  const growth = 1 + 0.06 * 3 * t;
  const r = Rng.for(seed, `cell:${s.id}:${m.key}`);
  const noise = Math.exp(0.08 * r.normal());
  const expected = s.volume * season * growth * noise;
  let onTime = s.onTime[0] + (s.onTime[1] - s.onTime[0]) * t + 0.015 * r.normal();
  onTime -= 0.06 * lebaran + 0.06 * Math.max(0, season - 1.15);
  onTime = Math.min(0.995, Math.max(0.3, onTime));
  const medianDays = s.sla_days * Math.exp(-s.sigma * normInv(onTime));
  const online = Math.min(
    0.995,
    Math.max(0.005, s.online[0] + (s.online[1] - s.online[0]) * t + 0.01 * r.normal()),
  );
  return { service: s, month: m, expected, onTime, medianDays, sigma: s.sigma, online };
}
