import type { AsyncBuffer } from 'hyparquet';
import { HttpStatusError, readBody, withRetries, type FetchPolicy } from './fetch-policy.ts';
import { sourceChanged } from './network-errors.ts';

/**
 * A file on a server read by HTTP ranges, pinned to the version its first answer described
 * (issue 17 item 3): every range must come from a file of the same length and ETag (or, without
 * an ETag, the same Last-Modified), else SOURCE_CHANGED, never bytes of two versions. Same-origin
 * requests also send If-Match, so a server that knows ETags refuses a stale range itself (412);
 * cross-origin ones do not, since If-Match would make every range a CORS preflight.
 */
export interface RemoteVersion {
  byteLength: number;
  etag: string | null;
  lastModified: string | null;
}

/** HEAD, with the deadline and retries: the length and version a read is pinned to. */
export function headVersion(source: string, url: string, policy: FetchPolicy) {
  return withRetries(source, url, policy, async (attempt) => {
    const response = await fetch(url, {
      method: 'HEAD',
      credentials: 'same-origin',
      signal: attempt.signal,
    });
    if (!response.ok) throw new HttpStatusError(response.status);
    return {
      byteLength: Number(response.headers.get('content-length') ?? NaN),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    } satisfies RemoteVersion;
  });
}

export function rangedFile(
  source: string,
  url: string,
  version: RemoteVersion,
  policy: FetchPolicy,
): AsyncBuffer {
  const sendIfMatch = version.etag !== null && sameOrigin(url);
  // A server that ignores Range answers the whole file once; later slices come from that copy.
  let whole: Promise<Uint8Array> | null = null;
  const changed = (after: string) =>
    sourceChanged(source, url, { before: describe(version), after });
  const check = (response: Response, total: number) => {
    const etag = response.headers.get('etag');
    const modified = response.headers.get('last-modified');
    if (total !== version.byteLength) throw changed(`${total} bytes`);
    if (version.etag !== null && etag !== null && etag !== version.etag) throw changed(etag);
    if (version.etag === null && version.lastModified !== null && modified !== null) {
      if (modified !== version.lastModified) throw changed(modified);
    }
  };
  const read = (start: number, end: number) =>
    withRetries(source, url, policy, async (attempt) => {
      const headers = new Headers({ Range: `bytes=${start}-${end - 1}` });
      if (sendIfMatch) headers.set('If-Match', version.etag!);
      const response = await fetch(url, {
        credentials: 'same-origin',
        headers,
        signal: attempt.signal,
      });
      attempt.alive();
      if (response.status === 412) throw changed(response.headers.get('etag') ?? 'HTTP 412');
      if (!response.ok) throw new HttpStatusError(response.status);
      if (response.status === 200) {
        check(response, Number(response.headers.get('content-length') ?? version.byteLength));
        const bytes = await readBody(response, attempt);
        whole = Promise.resolve(bytes);
        return { whole: true as const, bytes };
      }
      // Content-Range is readable same-origin (or when the server exposes it): its total is the
      // length of the file this range came from.
      const total = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
      check(response, total === undefined ? version.byteLength : Number(total));
      const bytes = await readBody(response, attempt);
      // Short: the connection ended early without an error; read it again.
      if (bytes.byteLength !== end - start) throw new TypeError('short range answer');
      return { whole: false as const, bytes };
    });
  // The HTTP version is read once the browser has timed a request to `url` (the HEAD's entry comes
  // a task after its answer): by the column chunks' ranges, after the footer's.
  let protocol = '';
  const turns = new Turns(() => rangesAtOnce((protocol ||= protocolOf(url))));
  return {
    byteLength: version.byteLength,
    async slice(start, end = version.byteLength) {
      if (whole) return toArrayBuffer((await whole).subarray(start, end));
      const answer = await turns.run(() => read(start, end));
      return toArrayBuffer(answer.whole ? answer.bytes.subarray(start, end) : answer.bytes);
    },
  };
}

/**
 * Range requests in flight at once, per file. hyparquet asks for every column chunk at once (326
 * requests for 5 columns of a 10M-row file); a browser speaks HTTP/1.1 to a host over 6
 * connections, so every other request of the page to that host waited behind them: DuckDB's
 * worker's own request during its start waited 5 s (issue 13 item 4). Four leave two connections
 * free, and the answers come in the order asked, which is the order the row groups are inserted.
 * HTTP/2 and 3 carry every request on one connection side by side: nothing waits behind the
 * ranges there, and holding them back would cost a round trip per four on a distant server.
 */
export function rangesAtOnce(protocol: string): number {
  return /^h[23]/.test(protocol) ? Number.POSITIVE_INFINITY : 4;
}

/** From the browser's Resource Timing entry of `url`'s last request; '' where there is none. */
function protocolOf(url: string): string {
  const entries = globalThis.performance?.getEntriesByName?.(url, 'resource') ?? [];
  const last = entries[entries.length - 1] as PerformanceResourceTiming | undefined;
  return last?.nextHopProtocol ?? '';
}

/** Runs at most `limit` tasks at once, the others in the order they were given. */
class Turns {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(private readonly limit: () => number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A task woken by #next was counted there.
    if (this.#running >= this.limit()) await new Promise<void>((go) => this.#waiting.push(go));
    else this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#next();
    }
  }

  /** Starts waiting tasks while the limit allows: it may have risen since they were queued. */
  #next(): void {
    while (this.#waiting.length > 0 && this.#running < this.limit()) {
      this.#running++;
      this.#waiting.shift()!();
    }
  }
}

function describe(version: RemoteVersion): string {
  return version.etag ?? version.lastModified ?? `${version.byteLength} bytes`;
}

function sameOrigin(url: string): boolean {
  const here = globalThis.location?.origin;
  // Outside a browser there is no CORS preflight to avoid.
  return here === undefined || new URL(url).origin === here;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return bytes.buffer as ArrayBuffer;
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
