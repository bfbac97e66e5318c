/**
 * What the reader asked and is waiting for, counted for the whole page: every dashboard's
 * coordinator shares DuckDB's one worker, which answers one statement at a time. Cube builds
 * (build-steps.ts) start a step only when nothing here is waiting. Kept tiny: it loads with the
 * page; the waiting side loads with the first cube.
 */

export interface AskingLane {
  /** Interactive batches and queries not yet answered. */
  n: number;
  /** Called (and cleared) when `n` falls to 0. */
  wake: (() => void)[];
}

const LANE = Symbol.for('pantau.asking.v1');

/** Counts `answer` as waited for until it settles. */
export function asking<T>(answer: Promise<T>): Promise<T> {
  const lane = ((globalThis as { [LANE]?: AskingLane })[LANE] ??= { n: 0, wake: [] });
  lane.n++;
  const done = () => --lane.n || lane.wake.splice(0).map((wake) => wake());
  answer.then(done, done);
  return answer;
}
