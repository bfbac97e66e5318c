import type { DuckDBBundleFiles } from './asset-base.ts';
import { trustedScriptUrl, type TrustedScriptURL } from './trusted-types.ts';

/** One of duckdb-wasm's builds: its wasm and the worker script that loads it. */
export type DuckDBBundle = DuckDBBundleFiles['eh'];

/** DuckDB's Worker as made, before anything was said to it. */
export interface StartedWorker {
  worker: Worker;
  bundle: DuckDBBundle;
  /**
   * Rejects when the worker's script fails to load (404, wrong MIME type, CSP), which only fires
   * `error` on the worker: its replies would never come.
   */
  failed: Promise<never>;
  /**
   * The INSTANTIATE sent before the driver's code arrived (so the wasm is fetched and compiled
   * meanwhile), and the worker's messages since: the client takes both over (take()
   * stops the buffering; every message after it goes to the client's own listener).
   */
  early: EarlyRequests | null;
}

export interface EarlyRequests {
  /** The message id the INSTANTIATE was sent with; the client's own ids follow it. */
  instantiateId: number;
  take(): unknown[];
}

/**
 * `eh` (wasm exceptions) where the browser has them, `mvp` otherwise; never `coi`, which needs
 * COOP/COEP headers that embedders cannot set.
 */
export function pickBundle(bundles: DuckDBBundleFiles): DuckDBBundle {
  return hasWasmExceptions() ? bundles.eh : bundles.mvp;
}

/**
 * Makes the Worker. A classic worker: duckdb-wasm's worker file is not an ES module. Under Trusted
 * Types the constructor takes only a TrustedScriptURL (TypeScript's DOM types do not know it).
 */
export function startWorker(bundle: DuckDBBundle, url: string | TrustedScriptURL): StartedWorker {
  const worker = new Worker(url as string);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`DuckDB worker failed to load from ${bundle.mainWorker}`));
    });
  });
  // Awaited only once the driver's code is in; a failure before that is not unhandled.
  failed.catch(() => undefined);
  return { worker, bundle, failed, early: null };
}

/**
 * Asks the worker to fetch and compile DuckDB's wasm at once (duckdb-wasm's INSTANTIATE, the
 * message worker-client.ts would send), keeping what it says until the client takes over.
 */
function instantiateEarly(worker: Worker, bundle: DuckDBBundle): EarlyRequests {
  const buffered: unknown[] = [];
  const keep = (event: MessageEvent) => buffered.push(event.data);
  worker.addEventListener('message', keep);
  const instantiateId = 0;
  worker.postMessage({
    messageId: instantiateId,
    type: 'INSTANTIATE',
    data: [bundle.mainModule, null],
  });
  return {
    instantiateId,
    take() {
      worker.removeEventListener('message', keep);
      return buffered.splice(0);
    },
  };
}

/**
 * The Worker made as the engine starts, and told to fetch and compile DuckDB's wasm, before the
 * driver's code (worker-driver.ts, in the engine's chunk) has arrived: the worker's script (190
 * kB) and the wasm load while that code does (issue 13 item 4: at 10k rows the Worker came 150-250 ms after
 * the D3 page's, and every later step of a cold start with it). Null when the browser refuses the
 * Trusted Types policy or the Worker: the driver's code then makes it, and says why it cannot.
 */
export function startWorkerEarly(bundles: DuckDBBundleFiles): StartedWorker | null {
  try {
    const bundle = pickBundle(bundles);
    const started = startWorker(bundle, trustedScriptUrl(bundle.mainWorker));
    return { ...started, early: instantiateEarly(started.worker, bundle) };
  } catch {
    return null;
  }
}

// WebAssembly exception handling (duckdb-wasm's own feature probe).
const EXCEPTIONS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

function hasWasmExceptions(): boolean {
  try {
    return WebAssembly.validate(EXCEPTIONS_PROBE);
  } catch {
    return false;
  }
}
