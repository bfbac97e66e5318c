/**
 * The first view of a server dashboard in one request (issue 14). At load every widget asks for
 * its first view on its own, once its table's schema and its chart's code are in: that was one
 * POST each. Here the asks are held until the coordinator has no client yet to ask (`unasked`),
 * looked at a task after each ask (after every microtask queued then: the other widgets of the
 * same task), or until FIRST_VIEW_HOLD_MS has passed (a widget whose table failed never asks);
 * then sent as one request, each caller getting its own answers in its own order. Gathering by
 * task alone still sent 3 POSTs for the 5 widgets of server-dashboard.browser.test.ts (their
 * charts' code arrived in different tasks); held, 1. After the first view every call goes out at
 * once, as before: an interaction's batch is one call already, and waits for nothing.
 *
 * A held request the server refuses whole (one plan malformed, more plans than its
 * --max-requests, the body too large) is sent again per caller, so one widget's plan fails only
 * that widget. A caller whose signal aborts is answered with its reason at once; the request is
 * aborted once every caller in it has. Written small: it counts in the all-JavaScript size guard.
 */

import type { PantauError } from '../errors/pantau-error.ts';
import type { QueryPlan } from '../plan/plan.ts';
import type { QueryResult } from '../results/query-result.ts';

export type Answers = (QueryResult | PantauError)[];
type Send = (plans: readonly QueryPlan[], signal?: AbortSignal) => Promise<Answers>;

/**
 * Longest the first view waits for a widget yet to ask (its chart's code still loading), in ms:
 * the widgets that asked paint this much later at most, all from one request.
 */
export const FIRST_VIEW_HOLD_MS = 1000;

/** Whole-request refusals that one plan can cause: sent again per caller. */
const PER_PLAN = ['BAD_REQUEST', 'REQUEST_TOO_LARGE', 'BAD_EXPRESSION', 'BAD_FILTER'];

interface Caller {
  plans: readonly QueryPlan[];
  signal: AbortSignal | undefined;
  resolve: (answers: Answers) => void;
  reject: (reason: unknown) => void;
  done?: boolean;
}

export class PlanBatcher {
  #held: Caller[] | null = null;
  /** When the first view's hold ends (performance.now()); 0 before the first ask, -1 after. */
  #until = 0;
  #timer = false;

  /** `unasked`: the coordinator's clients yet to ask their first view (0: send at once). */
  constructor(
    private readonly send: Send,
    public unasked: () => number = () => 0,
  ) {}

  answer(plans: readonly QueryPlan[], signal?: AbortSignal): Promise<Answers> {
    if (this.#until < 0) return this.send(plans, signal);
    return new Promise<Answers>((resolve, reject) => {
      const caller: Caller = { plans, signal, resolve, reject };
      const held = (this.#held ??= []);
      held.push(caller);
      this.#until ||= performance.now() + FIRST_VIEW_HOLD_MS;
      signal?.addEventListener('abort', () => settle(caller, null, signal.reason));
      setTimeout(() => this.#flush(held));
    });
  }

  /**
   * Sends what is held, unless it is the first view and a client has not asked yet (its chart's
   * code or its table still loading) with time left: its ask, or the hold's end, looks again.
   */
  #flush(held: Caller[], end = false): void {
    if (this.#held !== held) return;
    const left = this.#until - performance.now();
    if (!end && left > 0 && this.unasked() > 0) {
      // A timer may fire a little early: its look sends whatever is held.
      if (!this.#timer) setTimeout(() => this.#flush(held, true), left);
      this.#timer = true;
      return;
    }
    this.#until = -1;
    this.#held = null;
    void this.#post(held.filter((c) => !c.done));
  }

  async #post(callers: Caller[]): Promise<void> {
    if (callers.length === 0) return;
    const abort = new AbortController();
    for (const c of callers) {
      c.signal?.addEventListener('abort', () => {
        if (callers.every((other) => other.done)) abort.abort();
      });
    }
    try {
      const answers = await this.send(
        callers.flatMap((c) => c.plans),
        abort.signal,
      );
      let at = 0;
      for (const c of callers) settle(c, answers.slice(at, (at += c.plans.length)));
    } catch (error) {
      const code = (error as Partial<PantauError> | null)?.code;
      if (callers.length > 1 && PER_PLAN.includes(code!)) {
        for (const c of callers) void this.#post([c]);
      } else for (const c of callers) settle(c, null, error);
    }
  }
}

function settle(caller: Caller, answers: Answers | null, error?: unknown): void {
  if (caller.done === true) return;
  caller.done = true;
  if (answers !== null) caller.resolve(answers);
  else caller.reject(error);
}
