/** Words and clause descriptions for the dashboard's summary of active filters. */

import type { FilterClause, Lang } from '@pantau/core';

const WORDS = {
  id: { showing: 'Menampilkan:', remove: 'Hapus filter', reset: 'Atur ulang' },
  en: { showing: 'Showing:', remove: 'Remove filter', reset: 'Reset' },
} as const;

export function summaryText(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}

const SYMBOLS: Record<string, string> = { eq: '=', gte: '≥', lte: '≤', gt: '>', lt: '<' };

/** A clause without a label, e.g. `unit_code = dinkes`, `month 2024-01-01–2024-03-01`. */
export function clauseText(clause: FilterClause, lang: Lang): string {
  const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
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
