/**
 * The menu of a select or multi-select filter as data: options from the options query, the chosen
 * values that the other filters have since ruled out (kept, with a count of 0, so they can still
 * be seen and unchosen), narrowing by typed text, and the keys that move through the list.
 */

import type { Lang, QueryResult } from '@pantau/core';
import { displayValue, valueKey } from './filter-clauses.ts';

export interface FilterOption {
  /** The data's own value (a Date stays a Date): what is published. */
  value: unknown;
  key: string;
  /** How it reads, in the filter's language. */
  text: string;
  /** Rows with this value under the other filters. */
  count: number;
}

export interface OptionList {
  options: FilterOption[];
  /** Distinct values there are (the list stops at the options query's limit). */
  total: number;
}

/** Options from the options query's result, then chosen values it no longer returns. */
export function optionList(
  result: QueryResult | null,
  chosen: readonly unknown[],
  lang: Lang,
): OptionList {
  const values = result?.columns['value'] ?? [];
  const counts = result?.columns['count'] ?? [];
  const total = Number(result?.columns['total']?.[0] ?? 0);
  // A lookup's name for each code (`option-label`); a code without one reads as itself.
  const names = result?.columns['label'];
  const options: FilterOption[] = values.map((value, i) => ({
    value,
    key: valueKey(value),
    text: names?.[i] != null ? String(names[i]) : displayValue(value, lang),
    count: Number(counts[i] ?? 0),
  }));
  const present = new Set(options.map((o) => o.key));
  const missing = chosen
    .filter((value) => !present.has(valueKey(value)))
    .map((value) => ({ value, key: valueKey(value), text: displayValue(value, lang), count: 0 }));
  return { options: [...missing, ...options], total };
}

/** Lower case without accents, so "dinas" finds "Dinas" and "kependudukan" finds it too. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The options whose text contains every word typed, in any order. The value's own form (2.5,
 * 2024-01-31) counts too, as it does when a long list is searched in the database.
 */
export function matchOptions(options: readonly FilterOption[], typed: string): FilterOption[] {
  const words = foldText(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const text = foldText(`${option.text} ${option.key}`);
    return words.every((word) => text.includes(word));
  });
}

const PAGE = 10;

/**
 * The active option after a key in the combobox (WAI-ARIA APG combobox with a listbox popup):
 * arrows move one, Page Up/Down ten, Home/End (with Ctrl, as the text field keeps plain Home/End)
 * to the ends. -1 means none active; null means the key is not the list's.
 */
export function nextActive(
  key: string,
  active: number,
  count: number,
  ctrl = false,
): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case 'ArrowUp':
      return active < 0 ? count - 1 : Math.max(0, active - 1);
    case 'PageDown':
      return Math.min(count - 1, Math.max(0, active) + PAGE);
    case 'PageUp':
      return Math.max(0, active - PAGE);
    case 'Home':
      return ctrl ? 0 : null;
    case 'End':
      return ctrl ? count - 1 : null;
    default:
      return null;
  }
}

export interface ComboState {
  open: boolean;
  /** Index of the active option among those shown; -1 for none. */
  active: number;
  typed: string;
  /** Options shown. */
  count: number;
}

/** What a key in the combobox does: nothing of ours, a new state, or (Enter) toggle an option. */
export type ComboAction =
  { kind: 'ignore' } | { kind: 'set'; state: ComboState } | { kind: 'toggle'; index: number };

/**
 * The combobox's keyboard (WAI-ARIA APG combobox with a listbox popup, multi-select): Down opens
 * and moves, Alt+Down / Alt+Up open and close without moving, Enter chooses or unchooses the
 * active option and keeps the list open for the next, Esc closes the list, then clears the text.
 */
export function comboKey(
  key: string,
  modifiers: { alt?: boolean; ctrl?: boolean },
  state: ComboState,
): ComboAction {
  if (modifiers.alt === true && (key === 'ArrowDown' || key === 'ArrowUp')) {
    return { kind: 'set', state: { ...state, open: key === 'ArrowDown' } };
  }
  if (key === 'Escape') {
    if (state.open) return { kind: 'set', state: { ...state, open: false } };
    if (state.typed !== '') return { kind: 'set', state: { ...state, typed: '', active: -1 } };
    return { kind: 'ignore' };
  }
  if (key === 'Enter') {
    return state.open && state.active >= 0 && state.active < state.count
      ? { kind: 'toggle', index: state.active }
      : { kind: 'ignore' };
  }
  const next = nextActive(key, state.open ? state.active : -1, state.count, modifiers.ctrl);
  return next === null
    ? { kind: 'ignore' }
    : { kind: 'set', state: { ...state, open: true, active: next } };
}
