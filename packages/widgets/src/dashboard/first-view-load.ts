/**
 * `<pantau-dashboard snapshot>`: starts reading the first-view snapshot, whose reader
 * (snapshot/first-view.ts) loads only for a page that has one, and never fails: a snapshot that
 * cannot be used is a console warning and the widgets wait for live data.
 */

import { plainResult } from '@pantau/core';
import type { SourceRegistry } from '../base/source-registry.ts';
import { snapshotKey } from '../base/first-view-painter.ts';

/** Called before the dashboard's children connect: they look for the snapshot as they start. */
export function openFirstView(sources: SourceRegistry, address: string): void {
  if (address === '' || sources.firstView !== null) return;
  const url = new URL(address, document.baseURI).href;
  sources.firstView = import('../snapshot/first-view.ts').then(
    ({ loadFirstView }) => loadFirstView(url, { key: snapshotKey, result: plainResult }),
    (error: unknown) => {
      console.warn(
        'Pantau: pembaca cuplikan tidak termuat, widget menunggu data langsung. / The snapshot reader did not load; widgets wait for live data.',
        error,
      );
      return null;
    },
  );
}
