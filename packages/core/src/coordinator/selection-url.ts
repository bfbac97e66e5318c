/**
 * A selection in the page's address, so a filtered view can be shared and the back button works.
 * What comes back from the URL is untrusted: only well-formed entries with known predicates and
 * plain values survive (the rest is dropped with a console warning), and every value still goes
 * through the same column checks and parameter binding as any other filter when it is used.
 * Labels never travel (issue 18): a link could otherwise put any text over the figures, such as
 * "Semua unit (data resmi)" over one unit's; the summary describes each clause from its values.
 */

import { FILTER_PREDICATES, MAX_IN_VALUES, type FilterClause } from '../sql/filter.ts';
import { MAX_FILTER_STRING } from '../sql/filter-value.ts';
import type { SelectionEntry } from './selection.ts';

const MAX_ENTRIES = 50;
const MAX_CLAUSES = 20;
const MAX_NAME = 255;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/;

interface WireEntry {
  o: string;
  c: { c: string; p: string; v?: unknown }[];
}

/** The URL parameter's text for a selection ('' when empty). Dates travel as ISO strings. */
export function selectionToParam(entries: readonly SelectionEntry[]): string {
  if (entries.length === 0) return '';
  const wire: WireEntry[] = entries.map((entry) => ({
    o: entry.owner,
    c: entry.clauses.map((clause) => ({
      c: clause.column,
      p: clause.predicate,
      ...(clause.value === undefined ? {} : { v: toWire(clause.value) }),
    })),
  }));
  return JSON.stringify(wire);
}

/** Entries from the URL parameter; anything malformed is left out and reported to `warn`. */
export function selectionFromParam(
  text: string | null,
  warn: (message: string) => void = (m) => console.warn(m),
): SelectionEntry[] {
  if (text === null || text === '') return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    warn('Pantau: the filter in the address is not valid JSON; it was ignored.');
    return [];
  }
  if (!Array.isArray(data)) {
    warn('Pantau: the filter in the address is not a list; it was ignored.');
    return [];
  }
  const entries: SelectionEntry[] = [];
  for (const item of data.slice(0, MAX_ENTRIES)) {
    const entry = readEntry(item);
    if (entry === null) warn(`Pantau: ignored a malformed filter from the address: ${short(item)}`);
    else entries.push(entry);
  }
  return entries;
}

function readEntry(item: unknown): SelectionEntry | null {
  if (typeof item !== 'object' || item === null) return null;
  // A label (`l`, written by older versions) is ignored: it is text from the link, not the page.
  const { o, c } = item as Partial<WireEntry>;
  if (!isName(o) || !Array.isArray(c) || c.length === 0 || c.length > MAX_CLAUSES) return null;
  const clauses: FilterClause[] = [];
  for (const raw of c) {
    const clause = readClause(raw);
    if (clause === null) return null;
    clauses.push(clause);
  }
  return { owner: o, clauses };
}

function readClause(raw: unknown): FilterClause | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { c, p, v } = raw as { c?: unknown; p?: unknown; v?: unknown };
  if (!isName(c) || !(FILTER_PREDICATES as readonly unknown[]).includes(p)) return null;
  const predicate = p as FilterClause['predicate'];
  if (predicate === 'is_null' || predicate === 'not_null') return { column: c, predicate };
  const value = fromWire(v);
  if (value === undefined) return null;
  if (predicate === 'in' && !Array.isArray(value)) return null;
  if (predicate === 'between' && !(Array.isArray(value) && value.length === 2)) return null;
  if (predicate !== 'in' && predicate !== 'between' && Array.isArray(value)) return null;
  return { column: c, predicate, value };
}

type Plain = string | number | boolean | Date | null;

function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toWire);
  return value;
}

/** Plain values, or a short list of them; ISO dates back to Dates. Anything else: undefined. */
function fromWire(value: unknown): Plain | Plain[] | undefined {
  if (Array.isArray(value)) {
    if (value.length > MAX_IN_VALUES) return undefined;
    const items = value.map(fromScalar);
    return items.some((v) => v === undefined) ? undefined : (items as Plain[]);
  }
  return fromScalar(value);
}

function fromScalar(value: unknown): Plain | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > MAX_FILTER_STRING) return undefined;
  if (DATE.test(value)) {
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return value;
}

function isName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_NAME &&
    !value.includes('\0')
  );
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
