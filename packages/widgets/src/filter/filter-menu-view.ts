/**
 * The two menus of `<pantau-filter>`: a native select for one value, and for many (50+ units) a
 * searchable combobox with a multi-select listbox (WAI-ARIA APG): focus stays in the text field,
 * the active option is `aria-activedescendant`, each option says `aria-selected`. Values reach
 * the DOM as text only.
 */

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '@pantau/core';
import { chosenCount } from './filter-text.ts';
import { FILTER_WORDS, say } from '@pantau/messages';
import { renderNote, type ViewFrame } from './filter-view.ts';
import type { FilterOption } from './option-list.ts';

export interface SelectView extends ViewFrame {
  options: readonly FilterOption[];
  /** Key of the chosen value; '' for "Semua". */
  chosenKey: string;
  note: string;
  onPick(option: FilterOption | undefined): void;
}

export function renderSelect(view: SelectView): TemplateResult {
  const { ids, title, lang, options, chosenKey, note } = view;
  const onChange = (e: Event) => {
    const picked = (e.target as HTMLSelectElement).value;
    view.onPick(picked === '' ? undefined : options[Number(picked)]);
  };
  // `.selected` (the property) rather than the attribute: it holds after the reader has picked.
  return html`<label part="label" class="label" for="${ids}-control">${title}</label>
    <select
      part="control"
      id="${ids}-control"
      aria-describedby=${note === '' ? nothing : `${ids}-note`}
      @change=${onChange}
    >
      <option value="" .selected=${chosenKey === ''}>${say(FILTER_WORDS, lang, 'all')}</option>
      ${options.map(
        (option, i) =>
          html`<option value=${String(i)} .selected=${option.key === chosenKey}>
            ${option.text} (${formatNumber(option.count, lang)})
          </option>`,
      )}
    </select>
    ${renderNote(ids, note)}`;
}

export interface MultiSelectView extends ViewFrame {
  /** Every option the list has, and those the typed text leaves. */
  options: readonly FilterOption[];
  shown: readonly FilterOption[];
  chosenKeys: ReadonlySet<string>;
  typed: string;
  open: boolean;
  active: number;
  note: string;
  onTyped(text: string): void;
  onKeyDown(e: KeyboardEvent): void;
  onFieldClick(): void;
  onBlur(): void;
  onToggle(option: FilterOption): void;
  onClear(): void;
}

export function renderMultiSelect(view: MultiSelectView): TemplateResult {
  const { ids, title, lang, options, shown, chosenKeys, note } = view;
  const open = view.open && shown.length > 0;
  const active = open && view.active < shown.length ? view.active : -1;
  const described = [`${ids}-count`, `${ids}-hint`, ...(note === '' ? [] : [`${ids}-note`])];
  return html`<label part="label" class="label" id="${ids}-label" for="${ids}-control"
      >${title}</label
    >
    <div class="combo">
      <input
        part="control"
        id="${ids}-control"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${ids}-list"
        aria-activedescendant=${active >= 0 ? `${ids}-option-${active}` : nothing}
        aria-describedby=${described.join(' ')}
        placeholder=${say(FILTER_WORDS, lang, 'searchOptions')}
        .value=${live(view.typed)}
        @input=${(e: Event) => view.onTyped((e.target as HTMLInputElement).value)}
        @keydown=${view.onKeyDown}
        @click=${view.onFieldClick}
        @blur=${view.onBlur}
      />
      <ul
        part="listbox"
        class="listbox"
        id="${ids}-list"
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby="${ids}-label"
        ?hidden=${!open}
        @mousedown=${(e: Event) => e.preventDefault()}
      >
        ${shown.map(
          (option, i) =>
            html`<li
              id="${ids}-option-${i}"
              role="option"
              class=${i === active ? 'option active' : 'option'}
              aria-selected=${chosenKeys.has(option.key) ? 'true' : 'false'}
              @click=${() => view.onToggle(option)}
            >
              <span class="check" aria-hidden="true"></span>
              <span class="text">${option.text}</span>
              <span class="count"
                ><span class="visually-hidden">, </span>${formatNumber(option.count, lang)}</span
              >
            </li>`,
        )}
      </ul>
    </div>
    ${
      view.open && shown.length === 0 && options.length > 0
        ? html`<p part="note" class="note">${say(FILTER_WORDS, lang, 'noMatch')}</p>`
        : nothing
    }
    <div class="chosen">
      <span id="${ids}-count">${chosenCount(chosenKeys.size, lang)}</span>
      <button type="button" class="clear" ?disabled=${chosenKeys.size === 0} @click=${view.onClear}>
        ${say(FILTER_WORDS, lang, 'clearChoice')}
      </button>
    </div>
    <span class="visually-hidden" id="${ids}-hint">${say(FILTER_WORDS, lang, 'listHint')}</span>
    ${renderNote(ids, note)}`;
}
