/**
 * Which cube builds may run again (issue 14). A build that timed out or failed is tried again, but
 * only when a request asks for it after a wait that doubles with each try, and at most
 * `maxBuildTries` times: a build that fails every time costs a few lanes' worth of scans, never a
 * loop, and its plans keep being answered from the table. A cube that came out too big is refused
 * at once: the same rows make it too big again. Both are kept per version of the data (the key
 * holds it) and forgotten with that version.
 */

import type { CubeOptions } from './cube-options.ts';

/**
 * How a build ended, as the build queue's `end` event says it: `interrupted` when cancelled while
 * its statement ran (the statement stopped), `cancelled` when cancelled between statements.
 */
export type BuildOutcome =
  'built' | 'tooBig' | 'timedOut' | 'failed' | 'interrupted' | 'cancelled' | 'skipped';

interface Tried {
  table: string;
  version: string;
  tries: number;
  retryAt: number;
  refused: boolean;
}

export class BuildRetries {
  readonly #records = new Map<string, Tried>();
  /** Builds that timed out or failed, were tried again, and were given up on (tests, bench). */
  readonly stats = { timedOut: 0, failed: 0, retried: 0, gaveUp: 0 };

  constructor(
    private readonly options: Pick<CubeOptions, 'buildRetryMs' | 'maxBuildTries'>,
    private readonly log: (message: string) => void,
  ) {}

  /** `now`: may be built; `later`: waiting out its backoff; `never`: refused for this version. */
  when(key: string, now = performance.now()): 'now' | 'later' | 'never' {
    const record = this.#records.get(key);
    if (record === undefined) return 'now';
    if (record.refused) return 'never';
    return now < record.retryAt ? 'later' : 'now';
  }

  /** Failed tries of `key` so far (0: never failed). */
  tries(key: string): number {
    return this.#records.get(key)?.tries ?? 0;
  }

  refuse(key: string, table: string, version: string): void {
    const record = this.#records.get(key);
    if (record !== undefined) record.refused = true;
    else this.#records.set(key, { table, version, tries: 0, retryAt: Infinity, refused: true });
  }

  /** One more failed try: the ms to wait before the next, or null when it was the last. */
  #failed(key: string, table: string, version: string, now = performance.now()): number | null {
    const record = this.#records.get(key) ?? {
      table,
      version,
      tries: 0,
      retryAt: 0,
      refused: false,
    };
    record.tries++;
    this.#records.set(key, record);
    if (record.tries >= this.options.maxBuildTries) {
      record.refused = true;
      return null;
    }
    const wait = this.options.buildRetryMs * 2 ** (record.tries - 1);
    record.retryAt = now + wait;
    return wait;
  }

  /** `key` is built again after failing: counted as a retry. */
  retrying(key: string): void {
    if (this.tries(key) > 0) this.stats.retried++;
  }

  /**
   * Keeps the outcome of a build of `key` that did not come out too big: a success starts afresh
   * (its cube may be dropped and wanted again), a failure waits for its next try or gives up.
   */
  ended(key: string, table: string, version: string, outcome: BuildOutcome): BuildOutcome {
    if (outcome === 'built') this.#records.delete(key);
    if (outcome !== 'timedOut' && outcome !== 'failed') return outcome;
    this.stats[outcome]++;
    const tries = this.tries(key) + 1;
    const wait = this.#failed(key, table, version);
    if (wait === null) this.stats.gaveUp++;
    this.log(
      `cube build on "${table}" ${outcome === 'timedOut' ? 'timed out' : 'failed'} ` +
        `(try ${tries} of ${this.options.maxBuildTries}); ` +
        (wait === null
          ? 'not tried again for this version of the data: its plans read the table'
          : `tried again when asked after ${Math.round(wait / 1000)} s; the table answers meanwhile`),
    );
    return outcome;
  }

  /** Records of other versions of `table`'s data describe rows that are gone. */
  forgetOld(table: string, version: string): void {
    for (const [key, record] of this.#records) {
      if (record.table === table && record.version !== version) this.#records.delete(key);
    }
  }
}
