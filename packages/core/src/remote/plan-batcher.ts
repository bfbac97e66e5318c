/**
 * Plans asked of a server close together travel in one request (issue 14). At load every widget
 * asks for its first view on its own, once its table's schema and its chart's code are in: one
 * POST each. Calls are gathered until the next task (a MessageChannel message: no 4 ms clamp,
 * unlike setTimeout) and sent together, each caller getting its own answers in its own order.
 * That alone still sent 3 POSTs for the 5 widgets of server-dashboard.browser.test.ts (their
 * charts' code arrived in different tasks), so the first gathering is also held while the
 * coordinator has clients yet to ask (`unasked`), at most FIRST_VIEW_HOLD_MS: then 1 POST. An
 * interaction's batch is one call already, and goes out a task later.
 *
 * A request the server refuses whole (one plan malformed, the body too large) is sent again per
 * caller, so one widget's plan fails only that widget. A caller whose signal aborts is answered
 * with its reason at once; the request itself is aborted only once every caller in it has.
 */

import { PantauError } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';

export type Answers = (QueryResult | PantauError)[];
type Send = (plans: readonly QueryPlan[], signal: AbortSignal) => Promise<Answers>;

/**
 * Longest the first view waits for a widget yet to ask (its chart's code still loading), in ms:
 * the widgets that asked paint this much later at most, all from one request.
 */
export const FIRST_VIEW_HOLD_MS = 1000;

/** The server's default `--max-requests`: a larger gathering goes as several requests. */
export const MAX_PLANS_PER_REQUEST = 64;

/** Whole-request refusals that one plan can cause: sent again per caller. */
const PER_PLAN = new Set(['BAD_REQUEST', 'REQUEST_TOO_LARGE', 'BAD_EXPRESSION', 'BAD_FILTER']);

interface Caller {
  plans: readonly QueryPlan[];
  signal: AbortSignal | undefined;
  resolve: (answers: Answers) => void;
  reject: (reason: unknown) => void;
  settled: boolean;
}

export class PlanBatcher {
  #gathering: Caller[] | null = null;
  /** Until this time (ms, performance.now()) the first view is held for clients yet to ask. */
  #holdUntil: number | null = null;
  #holdTimer = false;
  /** Requests sent, and how many carried more than one caller's plans (tests). */
  readonly stats = { requests: 0, gathered: 0 };

  /** `unasked`: the coordinator's clients yet to ask their first view (0: send at once). */
  constructor(
    private readonly send: Send,
    public unasked: () => number = () => 0,
  ) {}

  answer(plans: readonly QueryPlan[], signal?: AbortSignal): Promise<Answers> {
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    return new Promise<Answers>((resolve, reject) => {
      const caller: Caller = { plans, signal, resolve, reject, settled: false };
      const gathering = (this.#gathering ??= []);
      if (gathering.length === 0) this.#holdUntil ??= performance.now() + FIRST_VIEW_HOLD_MS;
      gathering.push(caller);
      // Each ask looks again in the next task: sent once nobody else is yet to ask.
      nextTask(() => this.#flushIfComplete(gathering));
      signal?.addEventListener('abort', () => settle(caller, null, signal.reason), { once: true });
    });
  }

  /**
   * Sends what is gathered, unless the first view is still held: some client has not asked yet
   * (its chart's code or its table still loading) and the hold has time left; its ask, or the
   * end of the hold, looks again.
   */
  #flushIfComplete(gathering: Caller[]): void {
    if (this.#gathering !== gathering) return;
    const left = this.#holdUntil === Infinity ? 0 : (this.#holdUntil ?? 0) - performance.now();
    if (left > 0 && this.unasked() > 0) {
      // At the end of the hold it is sent, whoever has not asked (a timer may fire a little early).
      const end = () => {
        this.#holdUntil = 0;
        this.#flushIfComplete(gathering);
      };
      if (!this.#holdTimer) setTimeout(end, left);
      this.#holdTimer = true;
      return;
    }
    // Held once, at load: afterwards an ask waits for nothing but its own task.
    this.#holdUntil = Infinity;
    this.#gathering = null;
    this.#flush(gathering);
  }

  #flush(callers: readonly Caller[]): void {
    let chunk: Caller[] = [];
    let size = 0;
    for (const caller of callers) {
      if (caller.settled) continue;
      if (chunk.length > 0 && size + caller.plans.length > MAX_PLANS_PER_REQUEST) {
        void this.#sendTogether(chunk);
        chunk = [];
        size = 0;
      }
      chunk.push(caller);
      size += caller.plans.length;
    }
    if (chunk.length > 0) void this.#sendTogether(chunk);
  }

  async #sendTogether(callers: readonly Caller[]): Promise<void> {
    const abort = new AbortController();
    const live = () => callers.filter((c) => !c.settled);
    for (const caller of callers) {
      const leave = () => {
        if (live().length === 0) abort.abort();
      };
      caller.signal?.addEventListener('abort', leave, { once: true });
    }
    this.stats.requests++;
    if (callers.length > 1) this.stats.gathered++;
    try {
      const answers = await this.send(
        callers.flatMap((c) => c.plans),
        abort.signal,
      );
      let at = 0;
      for (const caller of callers) {
        settle(caller, answers.slice(at, at + caller.plans.length));
        at += caller.plans.length;
      }
    } catch (error) {
      if (callers.length > 1 && error instanceof PantauError && PER_PLAN.has(error.code)) {
        for (const caller of live()) void this.#sendTogether([caller]);
      } else for (const caller of callers) settle(caller, null, error);
    }
  }
}

function settle(caller: Caller, answers: Answers | null, error?: unknown): void {
  if (caller.settled) return;
  caller.settled = true;
  if (answers !== null) caller.resolve(answers);
  else caller.reject(error);
}

/** Runs `work` in the next task, after every microtask queued now (the other widgets' asks). */
function nextTask(work: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(work, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}
