/**
 * What a `<pantau-dashboard>` shares with the elements inside it, through `@lit/context`: its
 * coordinator, its sources and its language. An element outside any dashboard uses the page's
 * defaults (see page-defaults.ts), so it also works alone.
 */

import { ContextRoot, createContext } from '@lit/context';
import type { Coordinator, Lang, Selection } from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';

export interface DashboardContext {
  coordinator: Coordinator;
  sources: SourceRegistry;
  lang: Lang;
  /** What the dashboard's widgets and filters have chosen; every widget is filtered by the others'. */
  selection: Selection;
  /** The Pantau server the dashboard queries (its absolute URL), or null for the page's DuckDB. */
  server: string | null;
}

export const dashboardContext = createContext<DashboardContext | undefined>(
  Symbol.for('pantau.dashboard.v1'),
);

const CONTEXT_ROOT = Symbol.for('pantau.contextRoot.v1');

/**
 * Lets a widget that connected before `<pantau-dashboard>` was defined (define files loaded in
 * another order, a lazy bundle) still receive its dashboard: the root replays early requests when
 * the provider appears. Once per page, shared by every copy of the bundle.
 */
export function ensureContextRoot(): void {
  const holder = globalThis as { [CONTEXT_ROOT]?: ContextRoot };
  if (holder[CONTEXT_ROOT] !== undefined || typeof document === 'undefined') return;
  holder[CONTEXT_ROOT] = new ContextRoot();
  holder[CONTEXT_ROOT].attach(document.documentElement);
}
