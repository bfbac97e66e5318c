/**
 * Faults in a real duckdb-wasm worker, for the engine-restart tests (core and widgets).
 *
 * A lost engine is noticed by the client's stall deadline, which is wall-clock by nature. The
 * engines under test keep the default deadline (120 s, far past anything a busy machine makes a
 * healthy query take); only once a test has made its worker dead or stuck does it shorten that
 * worker's deadline, so the test neither mistakes a slow engine for a stuck one nor waits 120 s.
 */
import { expect } from 'vitest';
import { setStallDeadline, workerOfDriver } from '../../src/engine/browser/worker-driver.ts';
import { driverOf } from '../../src/engine/engine-access.ts';
import { isEngineLost } from '../../src/engine/engine-lost.ts';

/**
 * The deadline of a worker known dead or stuck. Long enough that a timer fired late on a busy
 * machine is not read as a sleeping page (the client gives a nap a new period), short for a test.
 */
export const STUCK_DEADLINE_MS = 1_000;

/**
 * A query DuckDB runs for hours: the worker is alive and busy and answers nothing, as one stuck
 * in a runaway query or a wasm loop. (A hash of every number up to 10^15: nothing folds it.)
 */
const RUNAWAY = 'SELECT max(hash(range)) FROM range(1000000000000000)';

/**
 * Stops the connector's worker behind its back, as a browser reclaiming memory does: nothing in
 * Pantau is told, and the next call waits on a worker that will never answer.
 */
export async function stopWorker(connector: object): Promise<void> {
  const driver = await driverOf(connector);
  const worker = workerOfDriver(driver);
  if (worker === undefined) throw new Error('the connector has no worker');
  worker.terminate();
  setStallDeadline(driver, STUCK_DEADLINE_MS);
}

/**
 * Sends the worker a query that does not end, then shortens its deadline. Resolves once the client
 * has given the engine up (the runaway query fails with EngineLost and its worker is stopped);
 * the connector replaces it on its next call.
 */
export async function stickWorker(connector: object): Promise<void> {
  const driver = await driverOf(connector);
  const runaway = driver.query(RUNAWAY).then(
    () => null,
    (error: unknown) => error,
  );
  setStallDeadline(driver, STUCK_DEADLINE_MS);
  const error = await runaway;
  expect(isEngineLost(error), `the runaway query ended with ${String(error)}`).toBe(true);
}
