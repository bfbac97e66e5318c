/**
 * The library's default metrics, registered by an explicit call rather than as a side effect of
 * importing a module: `"sideEffects": false` lets bundlers drop modules whose exports go unused,
 * which would make `value="ikm"` work in one build and not in another.
 */

import { defaultMetrics, type MetricDefinition, type MetricRegistry } from '../sql/metrics.ts';
import { ikmMetric, ikmNrrMetric, ikmProfileMetrics, ikmRespondentsMetric } from './ikm-sql.ts';
import { serviceMetrics } from './service.ts';
import { pekpppMetric } from './pekppp.ts';
import { iidMetric } from './iid.ts';

/** Fresh definitions of every default metric, with column names matching `datasets/banjarmasin`. */
export function publicServiceMetrics(): MetricDefinition[] {
  return [
    ikmMetric(),
    ...ikmProfileMetrics(),
    ikmNrrMetric(),
    ikmRespondentsMetric(),
    ...serviceMetrics(),
    pekpppMetric(),
    iidMetric(),
  ];
}

const done = new WeakSet<MetricRegistry>();

/**
 * Registers the default metrics in `registry` (default: the library's `defaultMetrics`). Safe to
 * call more than once; code that compiles measures (widgets) should call it before the first
 * query rather than rely on `@pantau/core`'s index having done so.
 */
export function registerPublicServiceMetrics(
  registry: MetricRegistry = defaultMetrics,
): MetricRegistry {
  if (done.has(registry)) return registry;
  for (const definition of publicServiceMetrics()) registry.register(definition);
  done.add(registry);
  return registry;
}
