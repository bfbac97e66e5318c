import { PantauError } from '../../errors/pantau-error.ts';

/**
 * Trusted Types for the one script URL Pantau hands the browser: DuckDB's worker. Under
 * `require-trusted-types-for 'script'`, `new Worker(url)` accepts only a TrustedScriptURL made by
 * a named policy. A page that also lists allowed names (`trusted-types ...`) must add this one.
 */
export const TRUSTED_TYPES_POLICY = 'pantau-duckdb';

// Shared through the global object so that a second copy of Pantau on the page reuses the
// policy: creating the same name twice throws wherever the page does not allow duplicates.
const POLICY_KEY = Symbol.for('pantau.trustedTypesPolicy.v1');

// Only DuckDB's own worker files, on the page's origin: the policy cannot vouch for other code.
const WORKER_FILE = /\/duckdb-browser-(?:eh|mvp)\.worker\.js$/;

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
type PolicyHolder = { [POLICY_KEY]?: ScriptUrlPolicy; trustedTypes?: TrustedTypesFactory };

function checkWorkerUrl(url: string): string {
  const parsed = new URL(url, document.baseURI);
  if (parsed.origin !== location.origin || !WORKER_FILE.test(parsed.pathname)) {
    throw new TypeError(`${TRUSTED_TYPES_POLICY}: not a DuckDB worker on this origin: ${url}`);
  }
  return parsed.href;
}

/** The worker URL as the browser wants it: a TrustedScriptURL where Trusted Types exist. */
export function workerScriptUrl(url: string): string | TrustedScriptURL {
  const holder = globalThis as PolicyHolder;
  const factory = holder.trustedTypes;
  if (!factory) return url;
  if (!holder[POLICY_KEY]) {
    try {
      holder[POLICY_KEY] = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: checkWorkerUrl,
      });
    } catch (cause) {
      throw new PantauError({
        code: 'ENGINE_FAILED',
        text: {
          id: `Kebijakan Trusted Types halaman ini tidak mengizinkan '${TRUSTED_TYPES_POLICY}'. Tambahkan nama itu ke direktif trusted-types di Content-Security-Policy.`,
          en: `This page's Trusted Types policy does not allow '${TRUSTED_TYPES_POLICY}'. Add that name to the trusted-types directive of its Content-Security-Policy.`,
        },
        details: { policy: TRUSTED_TYPES_POLICY },
        cause,
      });
    }
  }
  return holder[POLICY_KEY].createScriptURL(url);
}
