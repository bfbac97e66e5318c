/**
 * Between a filter's controls and the dashboard's selection, both ways, as pure functions: the
 * clauses a choice publishes (eq / in / between / gte / lte / contains; nothing chosen publishes
 * nothing), and the choice read back from the clauses in force. The selection is the only place
 * a choice lives, so a filter restored from the URL or cleared from the summary shows it at once.
 */

import { FILTER_WORDS, sayBoth } from '@pantau/messages';
import { formatDate, type BilingualText, type FilterClause, type Lang } from '@pantau/core';

/** One key per value, whether it came from a query (Date, number) or from the URL (text). */
export function valueKey(value: unknown): string {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

/** One value is `eq`, several are `in`, none is no clause (the entry leaves the summary). */
export function choiceClauses(column: string, values: readonly unknown[]): FilterClause[] {
  if (values.length === 0) return [];
  if (values.length === 1) return [{ column, predicate: 'eq', value: values[0] }];
  return [{ column, predicate: 'in', value: [...values] }];
}

/** The values chosen by `eq` / `in` clauses. */
export function chosenOf(clauses: readonly FilterClause[]): unknown[] {
  return clauses.flatMap((clause) => {
    if (clause.predicate === 'eq') return [clause.value];
    if (clause.predicate === 'in' && Array.isArray(clause.value)) return clause.value as unknown[];
    return [];
  });
}

/** `between` with both ends, `gte` / `lte` with one, nothing with neither. */
export function boundsClauses(column: string, low: unknown, high: unknown): FilterClause[] {
  const hasLow = low !== null && low !== undefined;
  const hasHigh = high !== null && high !== undefined;
  if (hasLow && hasHigh) return [{ column, predicate: 'between', value: [low, high] }];
  if (hasLow) return [{ column, predicate: 'gte', value: low }];
  if (hasHigh) return [{ column, predicate: 'lte', value: high }];
  return [];
}

export interface Bounds {
  low: unknown;
  high: unknown;
}

/** The ends set by `between` / `gte` / `lte` clauses (null where open). */
export function boundsOf(clauses: readonly FilterClause[]): Bounds {
  const bounds: Bounds = { low: null, high: null };
  for (const clause of clauses) {
    if (clause.predicate === 'between' && Array.isArray(clause.value)) {
      bounds.low = clause.value[0] ?? null;
      bounds.high = clause.value[1] ?? null;
    } else if (clause.predicate === 'gte' || clause.predicate === 'gt') {
      bounds.low = clause.value ?? null;
    } else if (clause.predicate === 'lte' || clause.predicate === 'lt') {
      bounds.high = clause.value ?? null;
    }
  }
  return bounds;
}

/**
 * A day range as the column wants it: `YYYY-MM-DD` for DATE; for TIMESTAMP the whole last day
 * (to its last microsecond), since `<= '2024-03-31'` would stop at midnight. Wall-clock text,
 * like the data.
 */
export function dayBoundsClauses(
  column: string,
  start: string | null,
  end: string | null,
  timestamp: boolean,
): FilterClause[] {
  const low = start === null ? null : timestamp ? `${start}T00:00:00` : start;
  const high = end === null ? null : timestamp ? `${end}T23:59:59.999999` : end;
  return boundsClauses(column, low, high);
}

/** A bound read back as a calendar day (`YYYY-MM-DD`), from text or a Date. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** A bound read back as a number (URL state may carry it as text). */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** A text search: `contains` with the trimmed text, or nothing for blank text. */
export function searchClauses(column: string, text: string): FilterClause[] {
  const term = text.trim();
  return term === '' ? [] : [{ column, predicate: 'contains', value: term }];
}

export function searchOf(clauses: readonly FilterClause[]): string {
  const clause = clauses.find((c) => c.predicate === 'contains');
  return clause === undefined ? '' : String(clause.value ?? '');
}

/**
 * How a value reads in a menu and in the summary: dates as days; numbers with the language's
 * decimal mark but no grouping, since filter values are mostly codes and years (2024, not 2.024).
 */
export function displayValue(value: unknown, lang: Lang): string {
  if (value instanceof Date) return formatDate(value, lang, 'short');
  if (typeof value === 'number')
    return lang === 'id' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return lang === 'id' ? (value ? 'ya' : 'tidak') : String(value);
  return String(value);
}

const MAX_NAMED = 3;

/**
 * The summary's words for a choice: "Unit: Disdukcapil, Dinkes, DPMPTSP +2 lainnya". `names`
 * gives each language's words for the chosen values.
 */
export function choiceLabel(title: string, names: Record<Lang, string[]>): BilingualText {
  const say = (lang: Lang) => {
    const list = names[lang];
    const shown = list.slice(0, MAX_NAMED).join(', ');
    const rest = list.length - MAX_NAMED;
    const more = rest > 0 ? ` +${rest} ${lang === 'id' ? 'lainnya' : 'more'}` : '';
    return `${title}: ${shown}${more}`;
  };
  return { id: say('id'), en: say('en') };
}

/** "Waktu layanan: 3–10", "Bulan: ≥ 1 Jan 2024", "Bulan: ≤ 31 Mar 2024". */
export function boundsLabel(
  title: string,
  low: unknown,
  high: unknown,
  show: (value: unknown, lang: Lang) => string,
): BilingualText {
  const say = (lang: Lang) => {
    if (low !== null && high !== null) return `${title}: ${show(low, lang)} – ${show(high, lang)}`;
    if (low !== null) return `${title}: ≥ ${show(low, lang)}`;
    return `${title}: ≤ ${show(high, lang)}`;
  };
  return { id: say('id'), en: say('en') };
}

/** "Layanan memuat "ktp"" / "Service contains "ktp"". */
export function searchLabel(title: string, term: string): BilingualText {
  return sayBoth(FILTER_WORDS, 'filterContains', title, term);
}
