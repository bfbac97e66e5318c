/** `type="search"`: a text field whose words filter the dashboard after a short pause. */

import type { TemplateResult } from 'lit';
import { searchClauses, searchLabel, searchOf } from './filter-clauses.ts';
import { matchNote } from './filter-text.ts';
import type { ViewFrame } from './filter-view.ts';
import { renderSearch } from './filter-search-view.ts';
import { columnOf, type FilterHost } from './control-host.ts';

export function search(host: FilterHost, frame: ViewFrame): TemplateResult {
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
