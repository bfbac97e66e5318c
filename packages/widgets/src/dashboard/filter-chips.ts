/**
 * The dashboard's summary of active filters ("Menampilkan: Disdukcapil ✕ · Jan–Mar 2024 ✕ ·
 * Atur ulang"), each filter removable alone. Loaded once the dashboard's widgets have drawn, or
 * with the first filter if that comes sooner: never before the first paint (issue 13's at-load
 * budget).
 */

import { html, nothing, type TemplateResult } from 'lit';
import type { FilterClause, Lang, SelectionEntry } from '@pantau/core';
import { clauseText, columnLabeller, summaryText } from './filter-summary.ts';

export interface FilterChipsInput {
  lang: Lang;
  entries: readonly SelectionEntry[];
  /** Lower-cased column names of the loaded tables; null while none has loaded. */
  known: ReadonlySet<string> | null;
  /** The dashboard: its filters and tables name the columns of clauses set without a label. */
  host: Element;
  remove(owner: string): void;
  reset(): void;
}

export function renderFilterChips(input: FilterChipsInput): TemplateResult {
  const { lang, entries, known } = input;
  const text = summaryText(lang);
  const nameOf = columnLabeller(input.host);
  // Clauses on a column no loaded table has filter nothing: say so rather than list them applied.
  const unapplied = (clauses: readonly FilterClause[]) =>
    known === null
      ? []
      : clauses.filter((c) => !known.has(String(c.column).toLowerCase())).map((c) => c.column);
  return html`<div part="filters" class="filters" ?hidden=${entries.length === 0}>
    <span class="filters-title" role="status">${entries.length > 0 ? text.showing : ''}</span>
    <ul>
      ${entries.map((entry) => {
        const missing = unapplied(entry.clauses);
        const label =
          (entry.label?.[lang] ??
            entry.clauses.map((c) => clauseText(c, lang, nameOf(c.column))).join(', ')) +
          (missing.length > 0 ? ` (${text.notApplied} ${missing.join(', ')})` : '');
        return html`<li class=${missing.length > 0 ? 'not-applied' : ''}>
          <button
            type="button"
            aria-label="${text.remove}: ${label}"
            @click=${() => input.remove(entry.owner)}
          >
            <span>${label}</span><span aria-hidden="true">✕</span>
          </button>
        </li>`;
      })}
    </ul>
    ${
      entries.length > 0
        ? html`<button type="button" class="reset" @click=${() => input.reset()}>
            ${text.reset}
          </button>`
        : nothing
    }
  </div>`;
}
