import { WIDGET_SETUP, sayBoth } from '@pantau/messages';
import { PantauError } from '@pantau/core';

/**
 * `<pantau-source refresh="5m">` (issue 14 item 5): the source asks its server on that interval
 * whether the file changed, with a conditional request (If-None-Match with the ETag it loaded,
 * else If-Modified-Since with its Last-Modified), and loads it again only when it did; the widgets
 * then re-query, keeping their drawing and the selection. No check runs while the page is hidden
 * (one runs when it is shown again, if one fell due meanwhile), and none after the source left
 * the page. A source of a server's dashboard has no file to ask about: every tick loads it again,
 * which sends the widgets' plans afresh (the server's own version check is not built yet).
 *
 * Loaded on demand: a page without `refresh` never downloads this module.
 */

const DURATION = /^(\d+(?:[.,]\d+)?)\s*(s|m|min|h)?$/i;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
/** Shorter intervals would make every reader's page poll the server for little gain. */
const MIN_REFRESH_MS = 10_000;
const MAX_REFRESH_MS = 24 * 3_600_000;

/** The `refresh` attribute in milliseconds: `30s`, `5m`, `1h`, or a bare number of seconds. */
export function parseRefreshInterval(source: string, text: string): number {
  const given = text.trim();
  const match = DURATION.exec(given);
  const ms = match
    ? Number(match[1]!.replace(',', '.')) * UNIT_MS[(match[2] ?? 's').toLowerCase()]!
    : NaN;
  if (!(ms >= MIN_REFRESH_MS && ms <= MAX_REFRESH_MS)) {
    const shown = given.slice(0, 40);
    throw new PantauError({
      code: 'SOURCE_FETCH_FAILED',
      text: sayBoth(WIDGET_SETUP, 'refreshUnknown', shown, source),
      details: { source, refresh: shown, reason: 'bad-refresh' },
    });
  }
  return ms;
}

/** What identifies the version of a file a server sent. */
interface FileVersion {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

/** The source element, as the refresh sees it. */
export interface RefreshTarget {
  /** The file's absolute URL; null in a server's dashboard (its table has no file here). */
  fileUrl(): string | null;
  /** Loads the table again: the widgets re-query and keep their drawing and selection. */
  reload(): void;
  /** After every check that got an answer (the element fires `pantau-refresh`). */
  checked(changed: boolean): void;
}

export class SourceRefresh {
  readonly #target: RefreshTarget;
  #intervalMs = 0;
  #version: FileVersion | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A check fell due while the page was hidden: it runs when the page is shown. */
  #overdue = false;
  #running: Promise<boolean> | null = null;
  #abort: AbortController | null = null;
  #warned = false;
  #active = false;

  constructor(target: RefreshTarget) {
    this.#target = target;
  }

  /** Starts (or re-times) the checks every `intervalMs`; the first is one interval away. */
  start(intervalMs: number): void {
    this.#intervalMs = intervalMs;
    this.#active = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  /** No more checks (the source left the page or its `refresh` was removed). */
  stop(): void {
    this.#active = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#overdue = false;
    this.#abort?.abort();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /**
   * Learns the version of `url` before the source loads it, so that any change after that is
   * seen by the next check (a change between this answer and the load costs one extra reload,
   * never a missed one). Nothing to do when the last check already learned it.
   */
  async baseline(url: string, signal?: AbortSignal): Promise<void> {
    if (this.#version?.url === url) return;
    try {
      const response = await fetch(url, { cache: 'no-store', ...(signal ? { signal } : {}) });
      void response.body?.cancel();
      this.#version = response.ok ? versionOf(url, response) : null;
    } catch {
      // The load itself reports an unreachable file; the first check will learn the version.
      this.#version = null;
    }
  }

  /** Asks now whether the data changed, and loads it again if so. Resolves to whether it did. */
  check(): Promise<boolean> {
    this.#running ??= this.#check().finally(() => (this.#running = null));
    return this.#running;
  }

  async #check(): Promise<boolean> {
    const url = this.#target.fileUrl();
    const changed = url === null ? true : await this.#changed(url);
    if (changed === null) return false;
    if (changed) this.#target.reload();
    this.#target.checked(changed);
    return changed;
  }

  /** Whether `url` changed since the version known; null when the server could not be asked. */
  async #changed(url: string): Promise<boolean | null> {
    const known = this.#version?.url === url ? this.#version : null;
    const headers = new Headers();
    if (known?.etag) headers.set('If-None-Match', known.etag);
    else if (known?.lastModified) headers.set('If-Modified-Since', known.lastModified);
    const abort = (this.#abort = new AbortController());
    let response: Response;
    try {
      // `no-store`: the answer must be the server's, not the HTTP cache's copy.
      response = await fetch(url, { headers, cache: 'no-store', signal: abort.signal });
    } catch (error) {
      if (!abort.signal.aborted) this.#warn(url, error);
      return null;
    }
    void response.body?.cancel();
    if (response.status === 304) return false;
    if (!response.ok) {
      this.#warn(url, `HTTP ${response.status}`);
      return null;
    }
    const next = versionOf(url, response);
    // A server that ignores conditional requests still names its version in the answer.
    const same =
      known !== null &&
      ((known.etag !== null && known.etag === next.etag) ||
        (known.etag === null &&
          known.lastModified !== null &&
          known.lastModified === next.lastModified));
    // Learned before the reload starts: a change during the reload is caught next time.
    this.#version = next;
    return !same;
  }

  #warn(url: string, why: unknown): void {
    if (this.#warned) return;
    this.#warned = true;
    const reason = why instanceof Error ? why.message : String(why);
    console.warn(
      `Pantau: ${url} tidak dapat diperiksa (${reason}); dicoba lagi pada selang berikutnya. / could not be checked (${reason}); trying again at the next interval.`,
    );
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#tick(), this.#intervalMs);
  }

  #tick(): void {
    this.#timer = undefined;
    if (document.visibilityState === 'hidden') {
      this.#overdue = true;
      return;
    }
    void this.check().finally(() => {
      // Stopped meanwhile: stay stopped.
      if (this.#active) this.#schedule();
    });
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden' || !this.#overdue) return;
    this.#overdue = false;
    this.#tick();
  };
}

function versionOf(url: string, response: Response): FileVersion {
  return {
    url,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}
