/**
 * The pre-aggregator's build work, one step at a time: each step starts once no reader's query
 * waits on the page (build-steps.ts `quiet`), and a cube asked for twice is built once.
 */

import { cubeSql } from './cube-tables.ts';

export class CubeBuilds {
  #queue: Promise<void> = Promise.resolve();
  /** Builds running or queued, by key (shape, generation, columns), and other steps by number. */
  readonly #running = new Map<string, Promise<unknown>>();
  #steps = 0;

  /** Whether a build of `key` is running or queued. */
  has(key: string): boolean {
    return this.#running.has(key);
  }

  /** Steps running or queued. */
  get size(): number {
    return this.#running.size;
  }

  /** Every step running or queued (to wait for). */
  waits(): Promise<unknown>[] {
    return [...this.#running.values()];
  }

  /** Builds `key` with `task`, or joins the build of `key` already running or queued. */
  build(key: string, task: () => Promise<void>): Promise<void> {
    const running = this.#running.get(key) as Promise<void> | undefined;
    return running ?? this.#track(key, this.enqueue(task));
  }

  /** A step of other build work (a root cube, a fetch into the page), counted until it ends. */
  step<T>(task: () => Promise<T>): Promise<T> {
    return this.#track(`\u0000step ${this.#steps++}`, this.enqueue(task));
  }

  /** Queues `task` as a step, untracked. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const step = () => cubeSql!.quiet().then(task);
    const run = this.#queue.then(step, step);
    this.#queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  #track<T>(key: string, run: Promise<T>): Promise<T> {
    this.#running.set(key, run);
    const done = () => void this.#running.delete(key);
    run.then(done, done);
    return run;
  }
}
