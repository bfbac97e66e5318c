/**
 * Cube builds off the request path (issue 14): at 100M rows a build scans the table for seconds,
 * longer than a request should wait and than the statement limit allows. Builds run here, on
 * lanes of their own (a connection each, not one of the requests'), at most one per lane, the
 * rest queued; the request that asked for one is answered from the table meanwhile.
 *
 * A queued build past `maxQueued` goes, least recently wanted first; a build of a version of the
 * data that is gone is cancelled (taken off the queue, or its lane's statement interrupted).
 * `events` says when a lane takes a build (`start`, the job) and when it ends (`end`, the job and
 * its outcome): the log, the stats and tests wait on them.
 */

import { EventEmitter } from 'node:events';
import type { BuildOutcome } from './build-retries.ts';
import type { CubeStatements } from './cube-options.ts';

/** A connection that only builds cubes, and a way to stop the statement it runs. */
export interface BuildLane {
  statements: CubeStatements;
  interrupt(): void;
}

export interface BuildJob {
  readonly key: string;
  readonly table: string;
  readonly version: string;
  /** When a lane took it (performance.now()), or null while queued. */
  startedAt: number | null;
  /** The last time a request wanted it: the queue drops the least recently wanted first. */
  wanted: number;
  cancelled: boolean;
  /** Settles (never rejects) once the build ended, failed or was cancelled. */
  readonly done: Promise<void>;
}

type Work = (statements: CubeStatements, job: BuildJob) => Promise<BuildOutcome>;

interface Queued extends BuildJob {
  work: Work;
  settle: () => void;
  lane: BuildLane | null;
}

export class BuildQueue {
  readonly #idle: BuildLane[];
  readonly #queued: Queued[] = [];
  readonly #running = new Set<Queued>();
  #tick = 0;
  #paused = false;
  #closed = false;
  /** Builds cancelled (a newer version, the queue full, closing). */
  cancelled = 0;
  readonly events = new EventEmitter<{
    start: [BuildJob];
    end: [BuildJob, BuildOutcome];
  }>();

  constructor(
    lanes: readonly BuildLane[],
    private readonly maxQueued: number,
  ) {
    this.#idle = [...lanes];
  }

  /** The build of `key` queued or running, if any (marked wanted again). */
  get(key: string): BuildJob | undefined {
    const job = [...this.#running, ...this.#queued].find((j) => j.key === key);
    if (job !== undefined) job.wanted = ++this.#tick;
    return job;
  }

  /** Queues `work` under `key` unless that key is queued or running already. */
  submit(key: string, table: string, version: string, work: Work): BuildJob {
    const known = this.get(key);
    if (known !== undefined || this.#closed) return known ?? settled(key, table, version);
    let settle = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    const job: Queued = {
      key,
      table,
      version,
      startedAt: null,
      wanted: ++this.#tick,
      cancelled: false,
      done,
      work,
      settle,
      lane: null,
    };
    this.#queued.push(job);
    while (this.#queued.length > this.maxQueued) {
      const stale = this.#queued.reduce((a, b) => (a.wanted <= b.wanted ? a : b));
      this.#cancel(stale);
    }
    this.#pump();
    return job;
  }

  /** Cancels every build `which` picks; returns how many. */
  cancel(which: (job: BuildJob) => boolean): number {
    const jobs = [...this.#queued, ...this.#running].filter(which);
    for (const job of jobs) this.#cancel(job);
    return jobs.length;
  }

  /** Waits at most `ms` for `job` to end; true if it did. */
  async waitFor(job: BuildJob, ms: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ended = await Promise.race([
      job.done.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false))),
    ]);
    clearTimeout(timer);
    return ended;
  }

  /** Builds wait on the queue until resume() (tests hold a build to answer during it). */
  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
    this.#pump();
  }

  /** Resolves once nothing is queued or running (builds started meanwhile included). */
  async idle(): Promise<void> {
    for (;;) {
      const jobs = [...this.#running, ...(this.#paused ? [] : this.#queued)];
      if (jobs.length === 0) return;
      await Promise.all(jobs.map((j) => j.done));
    }
  }

  get size(): { queued: number; running: number } {
    return { queued: this.#queued.length, running: this.#running.size };
  }

  /** Cancels everything and waits for running statements to stop (before connections close). */
  async close(): Promise<void> {
    this.#closed = true;
    const running = [...this.#running].map((j) => j.done);
    this.cancel(() => true);
    await Promise.all(running);
  }

  #cancel(job: Queued): void {
    if (job.cancelled) return;
    job.cancelled = true;
    this.cancelled++;
    const at = this.#queued.indexOf(job);
    if (at >= 0) {
      this.#queued.splice(at, 1);
      job.settle();
    } else job.lane?.interrupt();
  }

  #pump(): void {
    while (!this.#paused && !this.#closed && this.#idle.length > 0 && this.#queued.length > 0) {
      const lane = this.#idle.pop()!;
      const job = this.#queued.shift()!;
      job.lane = lane;
      job.startedAt = performance.now();
      this.#running.add(job);
      this.events.emit('start', job);
      void job
        .work(lane.statements, job)
        .catch((): BuildOutcome => 'failed')
        .then((outcome) => {
          this.#running.delete(job);
          job.lane = null;
          this.#idle.push(lane);
          job.settle();
          this.events.emit('end', job, outcome);
          this.#pump();
        });
    }
  }
}

function settled(key: string, table: string, version: string): BuildJob {
  return {
    key,
    table,
    version,
    startedAt: null,
    wanted: 0,
    cancelled: true,
    done: Promise.resolve(),
  };
}
