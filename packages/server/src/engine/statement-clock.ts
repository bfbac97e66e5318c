/**
 * The time limit of the statements on one DuckDB connection, and their cancel.
 *
 * DuckDB forgets an interrupt that comes before the statement starts running. Measured with
 * @duckdb/node-api 1.5.6 on this machine: a 67 s count interrupted in the same tick it was sent
 * ran to its end; one sent 50 ms after a statement queued behind four running ones (the native
 * calls share libuv's four threads) also ran to its end, 24.5 s. A server is busiest exactly when
 * statements wait like that, so one `interrupt()` at the deadline could leave a statement with no
 * limit at all (issue 17: a cube build given 200 ms was built in full under load). So from the
 * deadline (or a cancel) on, the connection is interrupted again every INTERRUPT_AGAIN_MS until
 * the statement settles; an interrupt that lands between statements is dropped the same way, so
 * it cannot stop the next one.
 */

import { timeout } from './engine.ts';

export const INTERRUPT_AGAIN_MS = 50;

interface Interruptible {
  interrupt(): void;
}

export class StatementClock {
  readonly #connection: Interruptible;
  /** Stops the statement in flight, if one is. */
  #stopCurrent: (() => void) | null = null;

  constructor(connection: Interruptible) {
    this.#connection = connection;
  }

  /** Runs `work` (one statement); past `timeoutMs` it is stopped and QUERY_TIMEOUT thrown. */
  async run<R>(work: () => Promise<R>, timeoutMs: number): Promise<R> {
    let timedOut = false;
    let again: ReturnType<typeof setTimeout> | undefined;
    const interruptAgain = () => {
      this.#connection.interrupt();
      again = setTimeout(interruptAgain, INTERRUPT_AGAIN_MS);
    };
    const stop = () => {
      if (again === undefined) interruptAgain();
    };
    this.#stopCurrent = stop;
    const deadline = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    try {
      return await work();
    } catch (error) {
      if (timedOut) throw timeout(timeoutMs);
      throw error;
    } finally {
      clearTimeout(deadline);
      clearTimeout(again);
      if (this.#stopCurrent === stop) this.#stopCurrent = null;
    }
  }

  /** Stops the statement running now (a cancelled build); nothing when none is. */
  interrupt(): void {
    this.#stopCurrent?.();
  }
}
