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

/**
 * A clause without a label, e.g. `unit_code = dinkes`, `month 2024-01-01–2024-03-01`; with
 * `name`, the column reads as the page labels it (`Perangkat daerah = dinkes`).
 */
export function clauseText(clause: FilterClause, lang: Lang, name = clause.column): string {
  const show = (v: unknown) => showValue(v, lang);
  const value = clause.value;
  switch (clause.predicate) {
    case 'in':
      return `${name}: ${(Array.isArray(value) ? value : [value]).map(show).join(', ')}`;
    case 'between':
      return `${name} ${Array.isArray(value) ? value.map(show).join('–') : show(value)}`;
    case 'contains':
      return `${name} ${lang === 'id' ? 'memuat' : 'contains'} "${show(value)}"`;
    case 'is_null':
      return `${name} ${lang === 'id' ? 'belum input' : 'not reported'}`;
    case 'not_null':
      return `${name} ${lang === 'id' ? 'terisi' : 'reported'}`;
    default:
      return `${name} ${SYMBOLS[clause.predicate] ?? clause.predicate} ${show(value)}`;
  }
}

/**
 * The label a dashboard's own widgets give a column, for clauses the page or the address set
 * (which carry none): a `<pantau-filter>`'s `label` on that column, else a `<pantau-table>`'s
 * heading for it (`columns="unit_code:Perangkat daerah"`); else the column's own name.
 */
export function columnLabeller(host: Element): (column: string) => string {
  const labels = new Map<string, string>();
  const add = (column: string, label: string) => {
    const key = column
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (key !== '' && label.trim() !== '' && !labels.has(key)) labels.set(key, label.trim());
  };
  for (const filter of host.querySelectorAll('pantau-filter')) {
    add(filter.getAttribute('column') ?? '', filter.getAttribute('label') ?? '');
  }
  for (const table of host.querySelectorAll('pantau-table')) {
    for (const item of (table.getAttribute('columns') ?? '').split(',')) {
      const at = item.lastIndexOf(':');
      if (at > 0) add(item.slice(0, at), item.slice(at + 1));
    }
  }
  return (column) => labels.get(column.toLowerCase()) ?? column;
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
