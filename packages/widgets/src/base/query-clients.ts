/**
 * Each element's query controller, so its dashboard can tell the coordinator which client it is
 * (pre-aggregation, `takeSnapshot`), without the element exposing it.
 */

import type { QueryController } from './query-controller.ts';

const controllers = new WeakMap<object, QueryController>();

/** The query controller of a Pantau element (the coordinator's client for it), if it has one. */
export function controllerOf(element: object): QueryController | undefined {
  return controllers.get(element);
}

export function registerController(element: object, controller: QueryController): void {
  controllers.set(element, controller);
}
