/** `type="select"`: one value from a menu, or all. Also what both menus share: note, publishing. */

import type { TemplateResult } from 'lit';
import type { Lang } from '@pantau/core';
import { filterType, type FilterType } from './filter-query.ts';
import { choiceClauses, choiceLabel, chosenOf, displayValue, valueKey } from './filter-clauses.ts';
import { optionList } from './option-list.ts';
import { cappedNote } from './filter-text.ts';
import { FILTER_WORDS, say } from '@pantau/messages';
import type { ViewFrame } from './filter-view.ts';
import { renderSelect } from './filter-menu-view.ts';
import { columnOf, type FilterHost } from './control-host.ts';

export function select(host: FilterHost, frame: ViewFrame): TemplateResult {
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
export function menuNote(host: FilterHost, total: number, lang: Lang, searchable: boolean): string {
  const rows = host.result?.numRows ?? 0;
  if (total > rows) return cappedNote(rows, total, lang, searchable);
  if (rows === 0) return say(FILTER_WORDS, lang, 'noOptions');
  return '';
}

/** Publishes the chosen values (none removes the entry) with their names in both languages. */
export function publishChoice(host: FilterHost, values: readonly unknown[]): void {
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
