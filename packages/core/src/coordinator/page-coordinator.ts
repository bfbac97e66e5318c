import { pageConnector } from '../engine/page-engine.ts';
import { Coordinator } from './coordinator.ts';

const PAGE_COORDINATOR = Symbol.for('pantau.pageCoordinator.v1');

type CoordinatorHolder = { [PAGE_COORDINATOR]?: Coordinator };

/** The coordinator that elements outside any `<pantau-dashboard>` share, on the page's engine. */
export function pageCoordinator(): Coordinator {
  const holder = globalThis as CoordinatorHolder;
  holder[PAGE_COORDINATOR] ??= new Coordinator(pageConnector());
  return holder[PAGE_COORDINATOR];
}
