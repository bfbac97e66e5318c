/** Words and clause descriptions for the dashboard's summary of active filters. */

import { formatDate, type FilterClause, type Lang } from '@pantau/core';

const WORDS = {
  id: {
    showing: 'Menampilkan:',
    remove: 'Hapus filter',
    reset: 'Atur ulang',
    notApplied: 'tidak diterapkan: tidak ada tabel dengan kolom',
  },
  en: {
    showing: 'Showing:',
    remove: 'Remove filter',
    reset: 'Reset',
    notApplied: 'not applied: no table has column',
  },
} as const;

export function summaryText(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}

const SYMBOLS: Record<string, string> = { eq: '=', gte: '≥', lte: '≤', gt: '>', lt: '<' };

/** A clause without a label, e.g. `unit_code = dinkes`, `month 2024-01-01–2024-03-01`. */
export function clauseText(clause: FilterClause, lang: Lang): string {
  const show = (v: unknown) => showValue(v, lang);
  const value = clause.value;
  switch (clause.predicate) {
    case 'in':
      return `${clause.column}: ${(Array.isArray(value) ? value : [value]).map(show).join(', ')}`;
    case 'between':
      return `${clause.column} ${Array.isArray(value) ? value.map(show).join('–') : show(value)}`;
    case 'contains':
      return `${clause.column} ${lang === 'id' ? 'memuat' : 'contains'} "${show(value)}"`;
    case 'is_null':
      return `${clause.column} ${lang === 'id' ? 'belum input' : 'not reported'}`;
    case 'not_null':
      return `${clause.column} ${lang === 'id' ? 'terisi' : 'reported'}`;
    default:
      return `${clause.column} ${SYMBOLS[clause.predicate] ?? clause.predicate} ${show(value)}`;
  }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?$/;

/**
 * A clause value as a reader says it: dates as `31 Mar 2024` (times only when they are not the
 * start or the end of a day, as a brush's and a page's bounds are), everything else as written.
 * Dates are wall-clock readings held as UTC, as everywhere in Pantau.
 */
function showValue(value: unknown, lang: Lang): string {
  let date: Date | null = value instanceof Date ? value : null;
  if (typeof value === 'string') {
    const m = ISO_DATE_TIME.exec(value.trim());
    if (m) {
      const [y, mo, d, h = '0', mi = '0', sec = '0', ms = '0'] = m.slice(1);
      date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +sec, +ms.padEnd(3, '0')));
      // 2024-13-45 would roll over into another real date: shown as written instead.
      if (!date.toISOString().startsWith(`${y}-${mo}-${d}`)) date = null;
    }
  }
  if (date === null || Number.isNaN(date.getTime())) return String(value);
  const day = formatDate(date, lang);
  const time = date.toISOString().slice(11, 23);
  if (time === '00:00:00.000' || time.startsWith('23:59:59')) return day;
  return `${day} ${time.slice(0, 5)}`;
}
