/** `type="multi-select"`: a searchable list of checkable values (a combobox with a listbox). */

import type { TemplateResult } from 'lit';
import { chosenOf, valueKey } from './filter-clauses.ts';
import { comboKey, matchOptions, optionList, type FilterOption } from './option-list.ts';
import { chosenCount } from './filter-text.ts';
import { FILTER_WORDS, say } from '@pantau/messages';
import type { ViewFrame } from './filter-view.ts';
import { renderMultiSelect } from './filter-menu-view.ts';
import type { FilterHost } from './control-host.ts';
import { menuNote, publishChoice } from './select-control.ts';

export function multiSelect(host: FilterHost, frame: ViewFrame): TemplateResult {
  const chosen = chosenOf(host.own);
  const { options, total } = optionList(host.result, chosen, frame.lang);
  const { typed, open, active } = host.state;
  const shown = matchOptions(options, typed);
  return renderMultiSelect({
    ...frame,
    options,
    shown,
    chosenKeys: new Set(chosen.map(valueKey)),
    typed,
    open,
    active,
    note: menuNote(host, total, frame.lang, true),
    onTyped: (text) => host.set({ typed: text, open: true, active: -1 }),
    onKeyDown: (e) => onComboKey(host, e, shown),
    onFieldClick: () => host.set({ open: !host.state.open }),
    onBlur: () => host.set({ open: false }),
    onToggle: (option) => toggle(host, option),
    onClear: () => {
      host.publish([]);
      host.announce(say(FILTER_WORDS, frame.lang, 'cleared'));
      host.focus('control');
    },
  });
}

function onComboKey(host: FilterHost, e: KeyboardEvent, shown: readonly FilterOption[]): void {
  const { open, active, typed } = host.state;
  const state = { open, active, typed, count: shown.length };
  const action = comboKey(e.key, { alt: e.altKey, ctrl: e.ctrlKey || e.metaKey }, state);
  if (action.kind === 'ignore') return;
  e.preventDefault();
  if (action.kind === 'toggle') {
    const option = shown[action.index];
    if (option !== undefined) toggle(host, option);
    return;
  }
  // Esc handled here (closing the list, clearing the text) goes no further up the page.
  if (e.key === 'Escape') e.stopPropagation();
  host.set({ open: action.state.open, active: action.state.active, typed: action.state.typed });
}

function toggle(host: FilterHost, option: FilterOption): void {
  const chosen = chosenOf(host.own);
  const was = chosen.some((v) => valueKey(v) === option.key);
  const values = was ? chosen.filter((v) => valueKey(v) !== option.key) : [...chosen, option.value];
  publishChoice(host, values);
  const lang = host.lang;
  host.announce(
    `${option.text} ${say(FILTER_WORDS, lang, was ? 'notChosen' : 'chosen')}. ${chosenCount(values.length, lang)}.`,
  );
}
