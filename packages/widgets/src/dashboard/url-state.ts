/**
 * `url-state`: a dashboard's selection in the page's query string, so a filtered view is a link
 * and the back button undoes a filter. One parameter per dashboard (`pantau`, or `pantau-<id>`
 * when the dashboard has an id), so several dashboards on a page keep their own.
 */

import { selectionFromParam, selectionToParam, type Selection } from '@pantau/core';

export function paramName(dashboardId: string): string {
  return dashboardId ? `pantau-${dashboardId}` : 'pantau';
}

/** Loads the selection from the address; malformed values are dropped with a console warning. */
export function restoreFromUrl(selection: Selection, param: string): void {
  const text = new URL(location.href).searchParams.get(param);
  selection.replace(selectionFromParam(text));
}

/** Writes the selection into the address as a new history entry (unless it is unchanged). */
export function saveToUrl(selection: Selection, param: string): void {
  const url = new URL(location.href);
  const text = selectionToParam(selection.entries);
  if ((url.searchParams.get(param) ?? '') === text) return;
  if (text === '') url.searchParams.delete(param);
  else url.searchParams.set(param, text);
  history.pushState(history.state, '', url);
}
