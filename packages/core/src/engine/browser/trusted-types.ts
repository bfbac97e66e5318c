import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../../errors/pantau-error.ts';
import { bundlesAt, getAssetBase } from './asset-base.ts';

/**
 * Trusted Types for the one script URL Pantau hands the browser: DuckDB's worker. Under
 * `require-trusted-types-for 'script'`, `new Worker(url)` accepts only a TrustedScriptURL made by
 * a named policy. A page that also lists allowed names (`trusted-types ...`) must add this one.
 */
const TRUSTED_TYPES_POLICY = 'pantau-duckdb';

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

/** The worker URL as the browser wants it: a TrustedScriptURL where Trusted Types exist. */
export function workerScriptUrl(url: string): string | TrustedScriptURL {
  const factory = (globalThis as PolicyHolder).trustedTypes;
  if (!factory) return url;
  if (!policy) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: checkWorkerUrl,
      });
    } catch (cause) {
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: sayBoth(ENGINE_ERRORS, 'trustedTypesPolicyRefused', TRUSTED_TYPES_POLICY),
        details: { policy: TRUSTED_TYPES_POLICY },
        cause,
      });
    }
  }
  return policy.createScriptURL(url);
}
