/**
 * What an element outside any `<pantau-dashboard>` uses: the page's coordinator (one DuckDB per
 * page) and one page-wide source registry, kept on `globalThis` so two copies of the bundle share.
 */

import { pageCoordinator, type Coordinator } from '@pantau/core';
import { SourceRegistry } from './source-registry.ts';

const PAGE_SOURCES = Symbol.for('pantau.pageSources.v1');

type Holder = { [PAGE_SOURCES]?: SourceRegistry };

export function pageSources(): SourceRegistry {
  const holder = globalThis as Holder;
  holder[PAGE_SOURCES] ??= new SourceRegistry(pageCoordinator());
  return holder[PAGE_SOURCES];
}

export function pageDefaults(): { coordinator: Coordinator; sources: SourceRegistry } {
  return { coordinator: pageCoordinator(), sources: pageSources() };
}
