// @ts-check
/**
 * Banjarmasin organisational units: SKPD (regional apparatus), the 5 kecamatan, the 52 kelurahan
 * and some UPTD (Puskesmas under Dinkes). See datasets/README.md for provenance of each field.
 */

/** @typedef {'skpd' | 'bagian' | 'kecamatan' | 'kelurahan' | 'uptd'} UnitKind */
/**
 * @typedef {object} Unit
 * @property {string} code stable identifier used as a foreign key by every other table
 * @property {string} name full name
 * @property {string | null} abbreviation short name (null when none is in use)
 * @property {UnitKind} kind
 * @property {string | null} parent_code
 * @property {string | null} kecamatan_code kecamatan the unit lies in (area units only)
 * @property {string} provenance where the name and abbreviation come from
 */

const SRC_MEDIA =
  'real: abbreviation seen in city media (DOMAIN.md [V]); full name in Perda Kota Banjarmasin 7/2016 style [I]';
const SRC_ADDED =
  'inferred: unit not in the DOMAIN.md media list, added as a parent or owner; name [I]';
const SRC_KEC = 'real: kecamatan of Banjarmasin (DOMAIN.md; names [I])';
const SRC_KEL =
  'real (unverified): kelurahan name recalled and corroborated by public listings, not checked against a Kemendagri source [I]; the count of 52 is [V]';
const SRC_PKM =
  'real (unverified): Puskesmas name recalled and corroborated by public listings [I]; kecamatan inferred from the kelurahan it is named after';

/** @type {Array<[string, string, string, UnitKind, string | null, string]>} code, name, abbreviation, kind, parent, provenance */
// prettier-ignore
const SKPD = [
  ['setda', 'Sekretariat Daerah', 'Setda', 'skpd', null, SRC_ADDED],
  ['bag-organisasi', 'Bagian Organisasi Sekretariat Daerah', 'Bagian Organisasi', 'bagian', 'setda', SRC_MEDIA],
  ['bappedalitbang', 'Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan', 'Bappeda Litbang', 'skpd', null, SRC_MEDIA],
  ['bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 'skpd', null, SRC_MEDIA],
  ['bpkpad', 'Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah', 'BPKPAD', 'skpd', null, SRC_MEDIA],
  ['bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'skpd', null, SRC_ADDED],
  ['diskominfotik', 'Dinas Komunikasi, Informatika dan Statistik', 'Diskominfotik', 'skpd', null, SRC_MEDIA],
  ['disdukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'skpd', null, SRC_MEDIA],
  ['dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'skpd', null, SRC_MEDIA],
  ['dinkes', 'Dinas Kesehatan', 'Dinkes', 'skpd', null, SRC_MEDIA],
  ['dinsos', 'Dinas Sosial', 'Dinsos', 'skpd', null, SRC_MEDIA],
  ['disdik', 'Dinas Pendidikan', 'Disdik', 'skpd', null, SRC_MEDIA],
  ['disbudporapar', 'Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata', 'Disbudporapar', 'skpd', null, SRC_MEDIA],
  ['disperdagin', 'Dinas Perdagangan dan Perindustrian', 'Disperdagin', 'skpd', null, SRC_MEDIA],
  ['dkp3', 'Dinas Ketahanan Pangan, Pertanian dan Perikanan', 'DKP3', 'skpd', null, SRC_MEDIA],
  ['dpkp', 'Dinas Perumahan dan Kawasan Permukiman', 'DPKP', 'skpd', null, SRC_MEDIA],
  ['damkar', 'Dinas Pemadam Kebakaran dan Penyelamatan', 'Damkar', 'skpd', null, SRC_MEDIA],
  ['inspektorat', 'Inspektorat Daerah', 'Inspektorat', 'skpd', null, SRC_MEDIA],
];

/** Kecamatan code suffix -> kelurahan names. */
/** @type {Record<string, string[]>} */
// prettier-ignore
export const KELURAHAN_BY_KECAMATAN = {
  barat: ['Basirih', 'Belitung Selatan', 'Belitung Utara', 'Kuin Cerucuk', 'Kuin Selatan', 'Pelambuan', 'Telaga Biru', 'Telawang', 'Teluk Tiram'],
  selatan: ['Basirih Selatan', 'Kelayan Barat', 'Kelayan Dalam', 'Kelayan Selatan', 'Kelayan Tengah', 'Kelayan Timur', 'Mantuil', 'Murung Raya', 'Pekauman', 'Pemurus Baru', 'Pemurus Dalam', 'Tanjung Pagar'],
  tengah: ['Antasan Besar', 'Gadang', 'Kelayan Luar', 'Kertak Baru Ilir', 'Kertak Baru Ulu', 'Mawar', 'Melayu', 'Pasar Lama', 'Pekapuran Laut', 'Seberang Mesjid', 'Sungai Baru', 'Teluk Dalam'],
  timur: ['Banua Anyar', 'Karang Mekar', 'Kebun Bunga', 'Kuripan', 'Pekapuran Raya', 'Pemurus Luar', 'Pengambangan', 'Sungai Bilu', 'Sungai Lulut'],
  utara: ['Alalak Selatan', 'Alalak Tengah', 'Alalak Utara', 'Antasan Kecil Timur', 'Kuin Utara', 'Pangeran', 'Sungai Andai', 'Sungai Jingah', 'Sungai Miai', 'Surgi Mufti'],
};

/** Relative population weights of the kecamatan (synthetic, roughly proportional to size). */
/** @type {Record<string, number>} */
export const KECAMATAN_WEIGHT = {
  barat: 0.21,
  selatan: 0.25,
  tengah: 0.13,
  timur: 0.19,
  utara: 0.22,
};

/** Puskesmas (UPTD of Dinkes) named after the kelurahan they sit in: [name, kecamatan suffix]. */
const PUSKESMAS = /** @type {const} */ ([
  ['Pekauman', 'selatan'],
  ['Kelayan Timur', 'selatan'],
  ['Teluk Dalam', 'tengah'],
  ['Pekapuran Raya', 'timur'],
  ['Karang Mekar', 'timur'],
  ['Pelambuan', 'barat'],
  ['Teluk Tiram', 'barat'],
  ['Alalak Selatan', 'utara'],
  ['Sungai Jingah', 'utara'],
]);

/** @param {string} name */
function puskesmasCode(name) {
  return `pkm-${slug(name)}`;
}

/** Unit codes of the Puskesmas, in table order: the one list the other generators read. */
export const PUSKESMAS_CODES = PUSKESMAS.map(([name]) => puskesmasCode(name));

/** @param {string} s */
export function slug(s) {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** @returns {Unit[]} */
export function buildUnits() {
  /** @type {Unit[]} */
  const units = SKPD.map(([code, name, abbreviation, kind, parent_code, provenance]) => ({
    code,
    name,
    abbreviation,
    kind,
    parent_code,
    kecamatan_code: null,
    provenance,
  }));
  for (const [kec, kelurahan] of Object.entries(KELURAHAN_BY_KECAMATAN)) {
    const kecName = `Banjarmasin ${kec[0]?.toUpperCase()}${kec.slice(1)}`;
    units.push({
      code: `kec-${kec}`,
      name: `Kecamatan ${kecName}`,
      abbreviation: null,
      kind: 'kecamatan',
      parent_code: null,
      kecamatan_code: `kec-${kec}`,
      provenance: SRC_KEC,
    });
    for (const kel of kelurahan) {
      units.push({
        code: `kel-${slug(kel)}`,
        name: `Kelurahan ${kel}`,
        abbreviation: null,
        kind: 'kelurahan',
        parent_code: `kec-${kec}`,
        kecamatan_code: `kec-${kec}`,
        provenance: SRC_KEL,
      });
    }
  }
  for (const [name, kec] of PUSKESMAS) {
    units.push({
      code: puskesmasCode(name),
      name: `UPTD Puskesmas ${name}`,
      abbreviation: `Puskesmas ${name}`,
      kind: 'uptd',
      parent_code: 'dinkes',
      kecamatan_code: `kec-${kec}`,
      provenance: SRC_PKM,
    });
  }
  return units;
}

/** @param {string} kecCode e.g. `kec-barat` @returns {string} e.g. `Banjarmasin Barat` */
export function kecamatanName(kecCode) {
  const s = kecCode.replace(/^kec-/, '');
  return `Banjarmasin ${s[0]?.toUpperCase()}${s.slice(1)}`;
}

export const UNIT_COLUMNS = /** @type {const} */ ([
  ['code', 'VARCHAR'],
  ['name', 'VARCHAR'],
  ['abbreviation', 'VARCHAR'],
  ['kind', 'VARCHAR'],
  ['parent_code', 'VARCHAR'],
  ['kecamatan_code', 'VARCHAR'],
  ['provenance', 'VARCHAR'],
]);
