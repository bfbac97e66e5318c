import type { Lang } from '../errors/pantau-error.ts';

/** Month and day names as data, for labels, pickers and the d3 time locale. Days start on Sunday. */

export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  id: Object.freeze([
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ]),
  en: Object.freeze([
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]),
});

export const MONTH_SHORT_NAMES: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  id: Object.freeze([
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Mei',
    'Jun',
    'Jul',
    'Agu',
    'Sep',
    'Okt',
    'Nov',
    'Des',
  ]),
  // "Sept" as en-GB's ICU data writes it, so chart ticks and formatDate agree.
  en: Object.freeze([
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
  ]),
});

export const DAY_NAMES: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  id: Object.freeze(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']),
  en: Object.freeze(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
});

export const DAY_SHORT_NAMES: Readonly<Record<Lang, readonly string[]>> = Object.freeze({
  id: Object.freeze(['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab']),
  en: Object.freeze(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
});
