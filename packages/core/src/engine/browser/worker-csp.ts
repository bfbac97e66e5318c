import { ENGINE_ERRORS, sayBoth } from '@pantau/messages';
import { PantauError } from '../../errors/pantau-error.ts';

/**
 * A worker runs under the Content-Security-Policy of its own script's response, not the page's
 * (issue 17 item 4). When that policy forbids WebAssembly (no 'wasm-unsafe-eval') or fetching the
 * wasm file (connect-src), duckdb-wasm's worker fails inside with an unhandled rejection that the
 * page never sees: no `error` event, no reply, the widgets wait for ever. So when DuckDB has not
 * started after a grace period, the worker script's headers are read and, if they are the cause,
 * the start fails with a message that says what the response needs. Only late starts pay for the
 * extra HEAD request.
 */
export const WORKER_POLICY_GRACE_MS = 6_000;

/** Rejects with the reason when the worker's policy stops DuckDB; otherwise never settles. */
export function workerPolicyRefusal(
  workerUrl: string,
  wasmUrl: string,
  started: Promise<unknown>,
): Promise<never> {
  return new Promise<never>((_, reject) => {
    const timer = setTimeout(() => {
      fetch(workerUrl, { method: 'HEAD', credentials: 'same-origin' })
        .then((response) => {
          const policy = response.headers.get('content-security-policy');
          const problem = policy === null ? null : policyProblem(policy, wasmUrl);
          if (problem) reject(workerPolicyError(workerUrl, problem));
        })
        .catch(() => undefined); // no diagnosis; the start goes on as it would have
    }, WORKER_POLICY_GRACE_MS);
    const stop = () => clearTimeout(timer);
    started.then(stop, stop);
  });
}

export interface PolicyProblem {
  /** The directive (as the server wrote it) that refuses what DuckDB's worker needs. */
  directive: string;
  needs: 'wasm' | 'connect';
}

/**
 * What in a CSP header (several policies joined by commas) refuses compiling WebAssembly
 * (script-src, else default-src, without 'wasm-unsafe-eval' or 'unsafe-eval') or fetching
 * `wasmUrl` (connect-src, else default-src). Sources it cannot judge are taken as allowing.
 */
export function policyProblem(header: string, wasmUrl: string): PolicyProblem | null {
  for (const policy of header.split(',')) {
    const directives = new Map<string, string[]>();
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) {
        directives.set(name.toLowerCase(), values);
      }
    }
    const pick = (name: string) => {
      const own = directives.get(name);
      if (own) return { name, values: own };
      const fallback = directives.get('default-src');
      return fallback ? { name: 'default-src', values: fallback } : null;
    };
    const script = pick('script-src');
    if (script && !script.values.some((v) => /^'(wasm-)?unsafe-eval'$/i.test(v))) {
      return { directive: `${script.name} ${script.values.join(' ')}`.trim(), needs: 'wasm' };
    }
    const connect = pick('connect-src');
    if (connect && !connect.values.some((v) => allowsUrl(v, wasmUrl))) {
      return { directive: `${connect.name} ${connect.values.join(' ')}`.trim(), needs: 'connect' };
    }
  }
  return null;
}

function allowsUrl(source: string, url: string): boolean {
  const here = globalThis.location?.href;
  const target = new URL(url, here);
  const value = source.toLowerCase();
  if (value === '*') return true;
  if (value === "'self'") return here === undefined || target.origin === new URL(here).origin;
  if (/^[a-z][a-z0-9+.-]*:$/.test(value)) return target.protocol === value;
  if (value.startsWith("'")) return false; // 'none', nonces, hashes: they allow no fetch
  // A host source: taken as allowing unless it plainly names another host.
  const host = value.replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0] ?? '';
  return host.startsWith('*') || host === target.hostname;
}

function workerPolicyError(workerUrl: string, problem: PolicyProblem): PantauError {
  const need =
    problem.needs === 'wasm'
      ? sayBoth(ENGINE_ERRORS, 'addWasmUnsafeEval')
      : sayBoth(ENGINE_ERRORS, 'allowConnectSrcSelf');
  const example = "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
  return new PantauError({
    code: 'ENGINE_FAILED',
    text: sayBoth(ENGINE_ERRORS, 'workerCspBlocks', workerUrl, problem.directive, need, example),
    details: {
      reason: 'worker-csp',
      workerUrl,
      directive: problem.directive,
      needs: problem.needs,
    },
  });
}
