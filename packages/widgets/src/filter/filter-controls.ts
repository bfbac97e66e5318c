/**
 * The controls of `<pantau-filter>` and what the reader's input does to them: the menus, the two
 * ends of a range with the date quick ranges, and the search field. They are loaded with the
 * filter's query builders (filter-module.ts), since they draw only once the options query has
 * answered, so a page that shows a filter does not download them before its first query. The
 * element keeps the state, the selection and the events; it reaches this code through `FilterHost`.
 */

import type { TemplateResult } from 'lit';
import {
  isTimestampType,
  type BilingualText,
  type ColumnInfo,
  type FilterClause,
  type Lang,
  type PantauError,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import { filterColumn, filterType, type FilterType } from './filter-query.ts';
import {
  boundsClauses,
  boundsLabel,
  boundsOf,
  choiceClauses,
  choiceLabel,
  chosenOf,
  dayBoundsClauses,
  dayOf,
  displayValue,
  numberOf,
  searchClauses,
  searchLabel,
  searchOf,
  valueKey,
} from './filter-clauses.ts';
import { readBounds, type BoundsKind } from './bounds-input.ts';
import {
  DATE_PRESETS,
  matchingPreset,
  parseIsoDay,
  presetLabel,
  presetRange,
  wallClockToday,
  type DatePreset,
} from './date-presets.ts';
import { comboKey, matchOptions, optionList, type FilterOption } from './option-list.ts';
import { cappedNote, chosenCount, extentNote, matchNote, say } from './filter-text.ts';
import { renderError, type ViewFrame } from './filter-view.ts';
import { renderMultiSelect, renderSelect } from './filter-menu-view.ts';
import { renderBounds } from './filter-bounds-view.ts';
import { renderSearch } from './filter-search-view.ts';

/** What the reader has typed or opened, kept by the element (its reactive state). */
export interface ControlState {
  /** Multi-select: the text typed to narrow the list. */
  typed: string;
  open: boolean;
  active: number;
  /** Range and date range: what is typed in each end, until the selection says otherwise. */
  low: string | null;
  high: string | null;
  /** Search: the text typed, published after a pause. */
  term: string | null;
  problem: { text: BilingualText; field: 'low' | 'high' } | null;
}

/** The element as its controls see it. */
export interface FilterHost {
  readonly type: string;
  readonly column: string;
  readonly today: string;
  readonly title: string;
  readonly result: QueryResult | null;
  readonly schema: TableSchema | null;
  readonly error: PantauError | null;
  /** This filter's clauses in the selection. */
  readonly own: readonly FilterClause[];
  readonly lang: Lang;
  readonly state: ControlState;
  /** Changes the state (the element redraws). */
  set(change: Partial<ControlState>): void;
  publish(clauses: FilterClause[], label?: BilingualText): void;
  clear(): void;
  announce(text: string): void;
  /** Moves focus to the element's control with this id suffix (`control`, `low`). */
  focus(idSuffix: string): void;
  /** The field with this id suffix, or null. */
  field(idSuffix: string): HTMLInputElement | null;
  /** Runs `commit` after the search pause, instead of any pending one. */
  debounceSearch(commit: () => void): void;
  cancelSearch(): void;
}

export function renderControl(host: FilterHost, frame: ViewFrame): TemplateResult {
  let type: FilterType;
  try {
    type = filterType(host.type);
  } catch {
    // The query builder refused it too: the controller has the error to show.
    return renderError(frame, host.error);
  }
  switch (type) {
    case 'select':
      return select(host, frame);
    case 'multi-select':
      return multiSelect(host, frame);
    case 'range':
      return bounds(host, frame, 'number');
    case 'date-range':
      return bounds(host, frame, 'date');
    case 'search':
      return search(host, frame);
  }
}

/** The column as the table spells it, or null before the table is known. */
function columnOf(host: FilterHost, type: FilterType): ColumnInfo | null {
  if (host.schema === null) return null;
  try {
    return filterColumn(host.schema, host.column, type);
  } catch {
    return null;
  }
}

// ---- select and multi-select ----------------------------------------------------------------

function select(host: FilterHost, frame: ViewFrame): TemplateResult {
  const chosen = chosenOf(host.own);
  const { options, total } = optionList(host.result, chosen, frame.lang);
  return renderSelect({
    ...frame,
    options,
    chosenKey: chosen.length > 0 ? valueKey(chosen[0]) : '',
    note: menuNote(host, total, frame.lang, false),
    onPick: (option) => publishChoice(host, option === undefined ? [] : [option.value]),
  });
}

/** What a menu leaves out ("Menampilkan 500 dari 1.234 nilai"), or that it has nothing. */
function menuNote(host: FilterHost, total: number, lang: Lang, searchable: boolean): string {
  const rows = host.result?.numRows ?? 0;
  if (total > rows) return cappedNote(rows, total, lang, searchable);
  if (rows === 0) return say('noOptions', lang);
  return '';
}

/** Publishes the chosen values (none removes the entry) with their names in both languages. */
function publishChoice(host: FilterHost, values: readonly unknown[]): void {
  let type: FilterType;
  try {
    type = filterType(host.type);
  } catch {
    return;
  }
  const column = columnOf(host, type);
  if (column === null) return;
  const names = {
    id: values.map((v) => displayValue(v, 'id')),
    en: values.map((v) => displayValue(v, 'en')),
  };
  const label = values.length > 0 ? choiceLabel(host.title, names) : undefined;
  host.publish(choiceClauses(column.name, values), label);
}

function multiSelect(host: FilterHost, frame: ViewFrame): TemplateResult {
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
      host.announce(say('cleared', frame.lang));
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
    `${option.text} ${say(was ? 'notChosen' : 'chosen', lang)}. ${chosenCount(values.length, lang)}.`,
  );
}

// ---- range and date range -------------------------------------------------------------------

function bounds(host: FilterHost, frame: ViewFrame, kind: BoundsKind): TemplateResult {
  const { lang } = frame;
  const own = boundsOf(host.own);
  const typed = (v: unknown) => (kind === 'date' ? (dayOf(v) ?? '') : String(numberOf(v) ?? ''));
  const low = host.state.low ?? typed(own.low);
  const high = host.state.high ?? typed(own.high);
  const dataLow = host.result?.columns['low']?.[0] ?? null;
  const dataHigh = host.result?.columns['high']?.[0] ?? null;
  const pressed = matchingPreset({ start: low, end: high }, todayOf(host));
  return renderBounds({
    ...frame,
    kind,
    low,
    high,
    placeholders: { low: typed(dataLow), high: typed(dataHigh) },
    problem: host.state.problem,
    note:
      dataLow === null || dataHigh === null
        ? say('noData', lang)
        : extentNote(displayValue(dataLow, lang), displayValue(dataHigh, lang), lang),
    presets:
      kind === 'date'
        ? DATE_PRESETS.map((preset) => ({
            preset,
            label: presetLabel(preset, lang),
            pressed: preset === pressed,
          }))
        : [],
    hasBounds: own.low !== null || own.high !== null,
    onTyped: (end, value) => host.set(end === 'low' ? { low: value } : { high: value }),
    onCommit: () => commitBounds(host, kind),
    onPreset: (preset) => applyPreset(host, preset, lang),
    onClear: () => {
      host.clear();
      host.announce(say('cleared', lang));
      host.focus('low');
    },
  });
}

function commitBounds(host: FilterHost, kind: BoundsKind): void {
  const text = (end: 'low' | 'high') => {
    const el = host.field(end);
    // A number field holding "1e" or a half-typed date reports "" with badInput: not blank.
    return el === null ? '' : el.validity.badInput ? '\u0000' : el.value;
  };
  const read = readBounds(text('low'), text('high'), kind);
  if (!read.ok) {
    host.set({ problem: { text: read.problem, field: read.field } });
    return;
  }
  host.set({ problem: null });
  publishBounds(host, kind, read.low, read.high);
}

function publishBounds(host: FilterHost, kind: BoundsKind, low: unknown, high: unknown): void {
  const column = columnOf(host, kind === 'date' ? 'date-range' : 'range');
  if (column === null) return;
  const clauses =
    kind === 'date'
      ? dayBoundsClauses(
          column.name,
          low as string | null,
          high as string | null,
          isTimestampType(column.type),
        )
      : boundsClauses(column.name, low, high);
  const show = (v: unknown, lang: Lang) =>
    kind === 'date' ? displayValue(parseIsoDay(String(v)), lang) : displayValue(v, lang);
  const label = clauses.length > 0 ? boundsLabel(host.title, low, high, show) : undefined;
  host.publish(clauses, label);
}

/** `today` when it is a real day, else the reader's calendar date. */
function todayOf(host: FilterHost): Date {
  return parseIsoDay(host.today) ?? wallClockToday();
}

function applyPreset(host: FilterHost, preset: DatePreset, lang: Lang): void {
  const { start, end } = presetRange(preset, todayOf(host));
  host.set({ low: null, high: null, problem: null });
  publishBounds(host, 'date', start, end);
  const show = (day: string) => displayValue(parseIsoDay(day), lang);
  host.announce(
    `${say('applied', lang)}: ${presetLabel(preset, lang)}, ${show(start)} – ${show(end)}.`,
  );
}

// ---- search ---------------------------------------------------------------------------------

function search(host: FilterHost, frame: ViewFrame): TemplateResult {
  const total = Number(host.result?.columns['total']?.[0] ?? 0);
  const matches = host.result?.columns['matches']?.[0];
  return renderSearch({
    ...frame,
    value: host.state.term ?? searchOf(host.own),
    note: matchNote(typeof matches === 'number' ? matches : null, total, frame.lang),
    onTyped: (value) => {
      host.set({ term: value });
      // A short pause so each keystroke does not filter the whole dashboard; once it
      // publishes, the other widgets query at once (no frame of waiting).
      host.debounceSearch(() => commitSearch(host));
    },
    onCommit: () => commitSearch(host),
  });
}

function commitSearch(host: FilterHost): void {
  host.cancelSearch();
  const column = columnOf(host, 'search');
  const term = host.state.term;
  if (column === null || term === null) return;
  const trimmed = term.trim();
  if (trimmed === searchOf(host.own)) return;
  const clauses = searchClauses(column.name, trimmed);
  host.publish(clauses, clauses.length > 0 ? searchLabel(host.title, trimmed) : undefined);
}
