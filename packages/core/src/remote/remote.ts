/**
 * The connector a `<pantau-dashboard server=...>` queries through. What loads with the page is
 * only this stub: the fetching, framing and Arrow decoding (remote-connector.ts) load with the
 * first call, and only on a page that names a server (the at-load budget has no slack).
 */

import type { Connector, PlanConnector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { codeOnDemand } from '../engine/code-on-demand.ts';
import type * as RemoteModule from './remote-connector.ts';

export type RemoteConnection = Connector &
  SourceCatalog &
  PlanConnector & { readonly server: string };

/** A connector to the Pantau server at `server` (an absolute URL ending in `/`). */
export function remoteConnector(
  server: string,
  options?: RemoteModule.RemoteOptions,
): RemoteConnection {
  let unasked = () => 0;
  const connector = codeOnDemand(
    () =>
      import('./remote-connector.ts').then(
        (module) => new module.RemoteConnector(server, options, () => unasked()),
      ),
    'codeTalksPantauServer',
  );
  const load = () => connector.load();
  return {
    server,
    query: () => load().then((c) => c.query()),
    answerPlans: (plans, signal) => load().then((c) => c.answerPlans(plans, signal)),
    awaitFirstViews: (count) => (unasked = count),
    describe: (table) => load().then((c) => c.describe(table)),
    registerSource: (spec) => load().then((c) => c.registerSource(spec)),
    close: () => connector.started?.then((c) => c.close()) ?? Promise.resolve(),
  };
}
