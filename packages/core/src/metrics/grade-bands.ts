/**
 * The official grade bands (IKM categories, PEKPPP grades, IID predicates), apart from the metric
 * definitions that compute them: widgets colour and label values by these at page load, and the
 * metrics' SQL loads only with the query builders (bundle size, issue 6). Re-exported by ikm.ts,
 * pekppp.ts and iid.ts.
 */

import type { Band } from './shared.ts';

export type IkmCategoryCode = 'A' | 'B' | 'C' | 'D';
export type IkmCategory = Band<IkmCategoryCode>;

/**
 * Categories on the converted value [V]; `min`/`max` as printed. The bottom of D is 0 rather than
 * 25 so that 0.11 weights (lowest possible value 24.75) still land in D.
 */
export const IKM_CATEGORIES: readonly IkmCategory[] = Object.freeze([
  { code: 'A', min: 88.31, max: 100, label: { id: 'Sangat Baik', en: 'Very good' } },
  { code: 'B', min: 76.61, max: 88.3, label: { id: 'Baik', en: 'Good' } },
  { code: 'C', min: 65, max: 76.6, label: { id: 'Kurang Baik', en: 'Fair' } },
  { code: 'D', min: 0, max: 64.99, label: { id: 'Tidak Baik', en: 'Poor' } },
]);

/** Grades [I: unverified, confirm against the guideline before relying on them]. */
export const PEKPPP_GRADES_VERIFIED = false;
export const PEKPPP_GRADES: readonly Band[] = Object.freeze([
  { code: 'A', min: 4.51, max: 5, label: { id: 'Pelayanan Prima', en: 'Excellent service' } },
  { code: 'A-', min: 4.01, max: 4.5, label: { id: 'Sangat Baik', en: 'Very good' } },
  { code: 'B', min: 3.51, max: 4, label: { id: 'Baik', en: 'Good' } },
  {
    code: 'B-',
    min: 3.01,
    max: 3.5,
    label: { id: 'Baik (dengan catatan)', en: 'Good (with notes)' },
  },
  { code: 'C', min: 2.51, max: 3, label: { id: 'Cukup', en: 'Adequate' } },
  {
    code: 'C-',
    min: 2.01,
    max: 2.5,
    label: { id: 'Cukup (dengan catatan)', en: 'Adequate (with notes)' },
  },
  { code: 'D', min: 1.51, max: 2, label: { id: 'Buruk', en: 'Poor' } },
  { code: 'E', min: 1.01, max: 1.5, label: { id: 'Sangat Buruk', en: 'Very poor' } },
  { code: 'F', min: 0, max: 1, label: { id: 'Gagal', en: 'Failed' } },
]);

export const IID_PREDICATES: readonly Band[] = Object.freeze([
  {
    code: 'sangat-inovatif',
    min: 60.01,
    max: 100,
    label: { id: 'Sangat Inovatif', en: 'Very innovative' },
  },
  { code: 'inovatif', min: 35, max: 60, label: { id: 'Inovatif', en: 'Innovative' } },
  {
    code: 'kurang-inovatif',
    min: 0.01,
    max: 34.99,
    label: { id: 'Kurang Inovatif', en: 'Less innovative' },
  },
  {
    code: 'tidak-dapat-dinilai',
    min: 0,
    max: 0,
    label: { id: 'Tidak Dapat Dinilai', en: 'Cannot be assessed (disclaimer)' },
  },
]);
