/** The text search of `<pantau-filter>`: a labelled search field and how many rows match. */

import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ViewFrame } from './filter-view.ts';

export interface SearchView extends ViewFrame {
  value: string;
  note: string;
  onTyped(value: string): void;
  /** Enter: publish now, without waiting for the pause. */
  onCommit(): void;
}

export function renderSearch(view: SearchView): TemplateResult {
  const { ids, title } = view;
  return html`<label part="label" class="label" for="${ids}-control">${title}</label>
    <input
      part="control"
      id="${ids}-control"
      type="search"
      autocomplete="off"
      aria-describedby="${ids}-note"
      .value=${live(view.value)}
      @input=${(e: Event) => view.onTyped((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') view.onCommit();
      }}
    />
    <p part="note" class="note" id="${ids}-note">${view.note}</p>`;
}
