/**
 * Pantau's duckdb-wasm files come from /pantau-engine/ (copied there by server.mjs), as a site
 * serves them beside its bundle, with the static server's normal caching.
 */
import { setAssetBase } from '@pantau/core';

setAssetBase(new URL('/pantau-engine/', location.href));
