import { bundlesAt, getAssetBase } from './asset-base.ts';

/**
 * Trusted Types for the one script URL Pantau hands the browser: DuckDB's worker. Under
 * `require-trusted-types-for 'script'`, `new Worker(url)` accepts only a TrustedScriptURL made by
 * a named policy. A page that also lists allowed names (`trusted-types ...`) must add this one.
 */
export const TRUSTED_TYPES_POLICY = 'pantau-duckdb';

// Held in this module only (issue 18): on the global object any script could have used it to
// vouch for its own URL. A second copy of Pantau on one page needs `'allow-duplicates'` in the
// page's trusted-types directive.
let policy: ScriptUrlPolicy | null = null;

/** The browser's TrustedScriptURL; TypeScript's DOM library does not describe Trusted Types yet. */
export interface TrustedScriptURL {
  readonly brand: unique symbol;
}
interface ScriptUrlPolicy {
  createScriptURL(url: string): TrustedScriptURL;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}
type PolicyHolder = { trustedTypes?: TrustedTypesFactory };

/**
 * Vouches only for DuckDB's worker files in the asset base's folder, exactly: not for any
 * same-origin URL that ends in the worker's file name (an uploads folder could hold one).
 */
function checkWorkerUrl(url: string): string {
  const href = new URL(url, document.baseURI).href;
  const { eh, mvp } = bundlesAt(getAssetBase());
  if (href !== eh.mainWorker && href !== mvp.mainWorker) {
    throw new TypeError(`${TRUSTED_TYPES_POLICY}: not Pantau's DuckDB worker: ${url}`);
  }
  return href;
}

/**
 * Makes the page's policy for DuckDB's worker URL, once; false where the browser has no Trusted
 * Types. Throws the browser's own error when the page's `trusted-types` directive refuses the
 * name (worker-script-url.ts says so in both languages): no words here, as this runs with the
 * code a page loads at start (worker-start.ts).
 */
export function makeWorkerPolicy(): boolean {
  const factory = (globalThis as PolicyHolder).trustedTypes;
  if (!factory) return false;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, { createScriptURL: checkWorkerUrl });
  return true;
}

/** The worker URL as the browser wants it: a TrustedScriptURL where Trusted Types exist. */
export function trustedScriptUrl(url: string): string | TrustedScriptURL {
  return makeWorkerPolicy() && policy ? policy.createScriptURL(url) : url;
}
