/**
 * Starts the page's DuckDB as early as possible: index.html loads this small module before the
 * dashboard's, so the wasm download and compile overlap with loading the widgets' code instead of
 * waiting for the first <pantau-source>. main.ts imports the same module for the timing.
 */
import { pageConnector } from '@pantau/core';

/** ms since navigation start when DuckDB was ready, or NaN if it failed (widgets say why). */
export const engineReady: Promise<number> = pageConnector()
  .start()
  .then(
    () => performance.now(),
    () => Number.NaN,
  );
