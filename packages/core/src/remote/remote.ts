/**
 * The connector a `<pantau-dashboard server=...>` queries through. What loads with the page is
 * only this stub: the fetching, framing and Arrow decoding (remote-connector.ts) load with the
 * first call, and only on a page that names a server (the at-load budget has no slack).
 */

import type { Connector, PlanConnector } from '../engine/connector.ts';
import type { SourceCatalog } from '../engine/duckdb-connector.ts';
import { PantauError } from '../errors/pantau-error.ts';
import type * as RemoteModule from './remote-connector.ts';

export type RemoteConnection = Connector &
  SourceCatalog &
  PlanConnector & { readonly server: string };

/** A connector to the Pantau server at `server` (an absolute URL ending in `/`). */
export function remoteConnector(
  server: string,
  options?: RemoteModule.RemoteOptions,
): RemoteConnection {
  let loading: Promise<RemoteModule.RemoteConnector> | null = null;
  const load = () =>
    (loading ??= import('./remote-connector.ts').then(
      (module) => new module.RemoteConnector(server, options),
      (error: unknown) => {
        loading = null;
        throw new PantauError({
          code: 'ENGINE_FAILED',
          text: {
            id: 'Kode penghubung server Pantau tidak dapat dimuat. Pastikan semua berkas .js di samping pantau.js ikut disalin, lalu muat ulang halaman.',
            en: 'The code that talks to the Pantau server could not be loaded. Check that every .js file beside pantau.js was copied, then reload the page.',
          },
          cause: error,
        });
      },
    ));
  return {
    server,
    query: () => load().then((c) => c.query()),
    answerPlans: (plans, signal) => load().then((c) => c.answerPlans(plans, signal)),
    describe: (table) => load().then((c) => c.describe(table)),
    registerSource: (spec) => load().then((c) => c.registerSource(spec)),
    close: () => loading?.then((c) => c.close()) ?? Promise.resolve(),
  };
}
