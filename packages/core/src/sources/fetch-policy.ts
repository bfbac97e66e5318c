import { isPantauError } from '../errors/pantau-error.ts';
import { sourceFetchFailed, sourceLoadCancelled, type FetchFailure } from './network-errors.ts';

/**
 * How a source's reads meet a bad network (issue 17 item 2): each attempt has a deadline that
 * every sign of life (headers, a chunk of the body) pushes back, so a large file on a slow line
 * is fine but a server that stops answering is not waited on for ever; idempotent reads (every
 * read of a source is a GET or HEAD) are tried again after a pause; and the whole load stops when
 * its `signal` aborts (the source's `src` changed, or the element left the page).
 */
export interface FetchPolicy {
  /** Longest wait for the server to answer or to send more bytes, in ms. */
  timeout: number;
  /** Aborted when nobody waits for the source any more. */
  signal?: AbortSignal | undefined;
  /** Bytes arrived so far of a download, and its announced size (null: not said). */
  onBytes?: ((loaded: number, total: number | null) => void) | undefined;
}

/** 30 s: longer than any healthy server takes to start answering, short enough for a reader. */
export const DEFAULT_SOURCE_TIMEOUT_MS = 30_000;
/** Pauses before the second and third attempts; then the failure is reported. */
const RETRY_PAUSES_MS = [400, 1600] as const;

/** Statuses worth another try: the server (or a proxy in front) was busy or briefly down. */
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** One attempt's deadline and abort signal. */
export interface Attempt {
  signal: AbortSignal;
  /** Bytes (or headers) arrived: the deadline starts again. */
  alive(): void;
}

/** An HTTP answer that failed the attempt (retried when the status says the server was busy). */
export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * Runs `read` with a deadline and retries. `read` must start afresh each time (it gets a new
 * signal); a PantauError it throws (too large, wrong format) is final and never retried.
 */
export async function withRetries<T>(
  source: string,
  url: string,
  policy: FetchPolicy,
  read: (attempt: Attempt) => Promise<T>,
): Promise<T> {
  for (let tryNo = 0; ; tryNo++) {
    throwIfCancelled(source, url, policy.signal);
    const failure = await attemptOnce(policy, read);
    if (failure.ok) return failure.value;
    if (isPantauError(failure.error)) throw failure.error;
    if (policy.signal?.aborted) throw sourceLoadCancelled(source, url, policy.signal);
    const kind = classify(failure.error, failure.timedOut);
    const pause = RETRY_PAUSES_MS[tryNo];
    if (pause === undefined || !kind.retry) {
      throw sourceFetchFailed(source, url, kind.failure, failure.error, policy.timeout);
    }
    await sleep(pause, policy.signal);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; timedOut: boolean };

async function attemptOnce<T>(
  policy: FetchPolicy,
  read: (attempt: Attempt) => Promise<T>,
): Promise<Outcome<T>> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, policy.timeout);
  };
  const cancel = () => controller.abort();
  policy.signal?.addEventListener('abort', cancel);
  alive();
  try {
    return { ok: true, value: await read({ signal: controller.signal, alive }) };
  } catch (error) {
    return { ok: false, error, timedOut };
  } finally {
    clearTimeout(timer);
    policy.signal?.removeEventListener('abort', cancel);
  }
}

function classify(error: unknown, timedOut: boolean): { failure: FetchFailure; retry: boolean } {
  if (timedOut) return { failure: { kind: 'timeout' }, retry: true };
  if (error instanceof HttpStatusError) {
    return {
      failure: { kind: 'status', status: error.status },
      retry: RETRY_STATUS.has(error.status),
    };
  }
  // fetch and a body's reader reject with a TypeError when the connection fails or drops.
  return { failure: { kind: 'network' }, retry: true };
}

function throwIfCancelled(source: string, url: string, signal?: AbortSignal): void {
  if (signal?.aborted) throw sourceLoadCancelled(source, url, signal);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done);
  });
}

/** Reads a body to the end, each chunk pushing the deadline back; `onChunk` may refuse it. */
export async function readBody(
  response: Response,
  attempt: Attempt,
  onChunk?: (total: number) => void,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      attempt.alive();
      total += value.byteLength;
      onChunk?.(total);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
