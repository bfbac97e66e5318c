/**
 * Names without SQL: attribute text such as `label="unit.name"` read as a column of a lookup
 * source (`<pantau-source name="unit" key="code">`) and turned into a plan's lookup, which core
 * joins by key after the plan's own answer. Loaded with the query builders that use it, never with
 * the page.
 */

import { WIDGET_SETUP, sayBoth } from '@pantau/messages';
import { PantauError, type PlanLookup, type TableSchema } from '@pantau/core';

/** What the dashboard knows of its lookup sources (its SourceRegistry). */
export interface LookupSources {
  lookup(name: string): { table: string; key: string } | null;
}

/** `unit.name` as written: the lookup source's name and its column. */
export interface LookupReference {
  source: string;
  column: string;
}

/**
 * The lookup `text` names (`source.column`, the column optionally in double quotes), or null when
 * it is a column of `table` itself or has no dot: a table's own column always wins.
 */
export function lookupReference(text: string, table: TableSchema): LookupReference | null {
  const written = text.trim();
  const dot = written.indexOf('.');
  if (dot <= 0 || dot === written.length - 1) return null;
  const lower = written.toLowerCase();
  if (table.columns.some((c) => c.name.toLowerCase() === lower)) return null;
  // A source's name, as `<pantau-source name>` allows it: `x * 0.5` is arithmetic, not a lookup.
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(written.slice(0, dot).trim())) return null;
  let column = written.slice(dot + 1).trim();
  if (column.length > 1 && column.startsWith('"') && column.endsWith('"')) {
    column = column.slice(1, -1).replaceAll('""', '"');
  }
  return { source: written.slice(0, dot).trim(), column };
}

/**
 * The plan's lookup for `reference`, joined on output `on`, shown as `as`. A source that is not a
 * lookup of this dashboard is a clear error saying what to add.
 */
export function planLookup(
  reference: LookupReference,
  on: string,
  as: string,
  sources: LookupSources | undefined,
): PlanLookup {
  const found = sources?.lookup(reference.source) ?? null;
  if (found === null) throw noLookup(reference);
  return { table: found.table, key: found.key, on, column: reference.column, as };
}

/**
 * The column a lookup joins on when the attribute does not say (a table's columns), among the
 * columns `shown`: the key's own name, else the source's name and the key (`unit` + `code`:
 * `unit_code`), else the one shown column ending in `_<key>` (`unit_code` for `units`' `code`).
 */
export function lookupJoinColumn(
  reference: LookupReference,
  sources: LookupSources | undefined,
  shown: readonly string[],
): string {
  const lookup = sources?.lookup(reference.source) ?? null;
  if (lookup === null) throw noLookup(reference);
  const key = lookup.key.toLowerCase();
  for (const wanted of [key, `${reference.source.toLowerCase()}_${key}`]) {
    const found = shown.find((name) => name.toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  const suffixed = shown.filter((name) => name.toLowerCase().endsWith(`_${key}`));
  if (key !== '' && suffixed.length === 1) return suffixed[0]!;
  const { source, column } = reference;
  throw new PantauError({
    code: 'UNKNOWN_COLUMN',
    text: sayBoth(WIDGET_SETUP, 'lookupCodeColumnMissing', source, column, key),
    details: { source, column, key, shown },
  });
}

/** `unit.name` where this dashboard has no `<pantau-source name="unit" key>`: say what to add. */
function noLookup(reference: LookupReference): PantauError {
  const { source, column } = reference;
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: sayBoth(WIDGET_SETUP, 'lookupSourceMissing', source, column),
    details: { source, column },
  });
}
