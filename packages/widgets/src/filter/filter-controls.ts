/**
 * The controls of `<pantau-filter>`, one module each: the menu (select-control.ts), the
 * many-choice list (multi-select-control.ts), the two ends of a number or date range with the
 * quick ranges (bounds-control.ts) and the search field (search-control.ts). They load with the
 * filter's query builders (filter-module.ts), since they draw only once the options query has
 * answered, so a page that shows a filter does not download them before its first query. The
 * element keeps the selection and the events; the controls reach it through `FilterHost`
 * (control-host.ts), which also keeps what the reader has typed.
 */

import type { TemplateResult } from 'lit';
import { filterType, type FilterType } from './filter-query.ts';
import { renderError, type ViewFrame } from './filter-view.ts';
import type { FilterHost } from './control-host.ts';
import { select } from './select-control.ts';
import { multiSelect } from './multi-select-control.ts';
import { bounds } from './bounds-control.ts';
import { search } from './search-control.ts';

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
