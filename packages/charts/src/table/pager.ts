/**
 * The pager under a table: previous and next buttons carrying `data-pantau-page` for the element
 * to act on, and where the page sits ("Halaman 2 dari 5 · 11–20 dari 48 baris").
 */

import { formatCount } from '../summary.ts';
import type { ChartContext } from '../types.ts';
import { word } from '../words.ts';
import { text } from './words.ts';

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
  nav.setAttribute('aria-label', text('pages', lang));
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
  status.textContent = `${word('page', lang)} ${formatCount(page + 1, lang)} ${word('of', lang)} ${formatCount(pages, lang)} · ${formatCount(first, lang)}–${formatCount(last, lang)} ${word('of', lang)} ${formatCount(total, lang)} ${text('rows', lang)}`;
  nav.append(
    button(`‹ ${text('previous', lang)}`, page - 1, page <= 0, 'pantau-pager-previous'),
    status,
    button(`${text('next', lang)} ›`, page + 1, page >= pages - 1, 'pantau-pager-next'),
  );
  return nav;
}
