/**
 * Build work yields to the reader (issue 17 item 5). A cube build is a step (one CREATE per
 * cube); a step starts only when no interactive query is waiting anywhere on the page (asking.ts),
 * so a click issued during a build is sent ahead of every step not yet started and waits at most
 * for the one step already in DuckDB's worker. Loads with the first cube (via cube-sql.ts).
 */

import { askingLane } from './asking.ts';

/**
 * Resolves when no interactive query is waiting. After one finishes, the step also lets a task
 * pass (the answer's rendering may ask again at once, a brush's next move), then looks again.
 */
export async function quiet(): Promise<void> {
  const lane = askingLane();
  while (lane.n > 0) {
    await new Promise<void>((resolve) => lane.wake.push(resolve));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
