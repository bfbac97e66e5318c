/**
 * A dashboard's selection: the filter clauses its widgets and filters have published, each under
 * its owner's key. Every client reads everyone else's clauses (cross-filtering: the widget that
 * published keeps showing everything and highlights its choice), restricted to the columns its
 * own table has. Interactions only publish here; they never query (Mosaic's Selection, crossfilter).
 */

import type { BilingualText } from '../errors/pantau-error.ts';
import type { FilterClause } from '../sql/filter.ts';
import type { TableSchema } from '../sql/schema.ts';

export interface SelectionEntry {
  /** Who published: a widget's key, a filter's, `page` for script, `url` for the address bar. */
  owner: string;
  clauses: readonly FilterClause[];
  /** What the filter summary shows for it ("Disdukcapil", "Jan–Mar 2024"). */
  label?: BilingualText;
}

export interface SelectionChange {
  /** The owner whose clauses changed; null when the whole selection was replaced or cleared. */
  owner: string | null;
}

export class Selection extends EventTarget {
  #entries = new Map<string, SelectionEntry>();

  /** Sets `owner`'s clauses (an empty list removes them) and tells every listener. */
  update(owner: string, clauses: readonly FilterClause[], label?: BilingualText): void {
    if (clauses.length === 0) {
      if (!this.#entries.delete(owner)) return;
    } else {
      const entry: SelectionEntry = { owner, clauses: Object.freeze([...clauses]) };
      if (label !== undefined) entry.label = label;
      this.#entries.set(owner, entry);
    }
    this.#changed(owner);
  }

  remove(owner: string): void {
    this.update(owner, []);
  }

  clear(): void {
    if (this.#entries.size === 0) return;
    this.#entries.clear();
    this.#changed(null);
  }

  /** Replaces everything at once (restoring from the URL): one change, not one per entry. */
  replace(entries: readonly SelectionEntry[]): void {
    this.#entries = new Map(entries.filter((e) => e.clauses.length > 0).map((e) => [e.owner, e]));
    this.#changed(null);
  }

  get entries(): readonly SelectionEntry[] {
    return [...this.#entries.values()];
  }

  /** Every clause, whoever published it. */
  get clauses(): FilterClause[] {
    return this.entries.flatMap((e) => e.clauses);
  }

  /** `owner`'s own clauses (what it highlights rather than filters by). */
  own(owner: string): readonly FilterClause[] {
    return this.#entries.get(owner)?.clauses ?? [];
  }

  /**
   * The clauses that filter `owner`'s view: the others', and with `schema`, only those on columns
   * its table has (a clause on `unit_code` does not apply to a table without units).
   */
  clausesFor(owner: string | null, schema?: TableSchema): FilterClause[] {
    const names = schema ? new Set(schema.columns.map((c) => c.name.toLowerCase())) : null;
    return this.entries
      .filter((entry) => entry.owner !== owner)
      .flatMap((entry) => entry.clauses)
      .filter((clause) => names === null || names.has(String(clause.column).toLowerCase()));
  }

  #changed(owner: string | null): void {
    this.dispatchEvent(new CustomEvent<SelectionChange>('change', { detail: { owner } }));
  }
}
