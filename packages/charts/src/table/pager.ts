/**
 * The pager under a table: previous and next buttons carrying `data-pantau-page` for the element
 * to act on, and where the page sits ("Halaman 2 dari 5 · 11–20 dari 48 baris").
 */

import { say, TABLE_WORDS, CHART_WORDS } from '@pantau/messages';
import { formatCount } from '../summary.ts';
import type { ChartContext } from '../types.ts';

export function pager(
  d: Document,
  lang: ChartContext['lang'],
  page: number,
  pages: number,
  first: number,
  last: number,
  total: number,
): HTMLElement {
  const nav = d.createElement('nav');
  nav.className = 'pantau-pager';
  nav.setAttribute('aria-label', say(TABLE_WORDS, lang, 'pages'));
  const button = (label: string, target: number, disabled: boolean, className: string) => {
    const b = d.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    b.dataset['pantauPage'] = String(target);
    b.disabled = disabled;
    return b;
  };
  const status = d.createElement('span');
  status.className = 'pantau-pager-status';
  status.textContent = `${say(CHART_WORDS, lang, 'page')} ${formatCount(page + 1, lang)} ${say(CHART_WORDS, lang, 'of')} ${formatCount(pages, lang)} · ${formatCount(first, lang)}–${formatCount(last, lang)} ${say(CHART_WORDS, lang, 'of')} ${formatCount(total, lang)} ${say(TABLE_WORDS, lang, 'rows')}`;
  nav.append(
    button(
      `‹ ${say(TABLE_WORDS, lang, 'previousPage')}`,
      page - 1,
      page <= 0,
      'pantau-pager-previous',
    ),
    status,
    button(
      `${say(TABLE_WORDS, lang, 'nextPage')} ›`,
      page + 1,
      page >= pages - 1,
      'pantau-pager-next',
    ),
  );
  return nav;
}
