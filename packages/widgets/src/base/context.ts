/**
 * What a `<pantau-dashboard>` shares with the elements inside it, through `@lit/context`: its
 * coordinator, its sources and its language. An element outside any dashboard uses the page's
 * defaults (see page-defaults.ts), so it also works alone.
 */

import { createContext } from '@lit/context';
import type { Coordinator, Lang } from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';

export interface DashboardContext {
  coordinator: Coordinator;
  sources: SourceRegistry;
  lang: Lang;
}

export const dashboardContext = createContext<DashboardContext | undefined>(
  Symbol.for('pantau.dashboard.v1'),
);
