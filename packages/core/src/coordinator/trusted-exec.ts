import { writerOf } from '../engine/engine-access.ts';
import type { Coordinator } from './coordinator.ts';
import { announceTableChange } from './pre-aggregator.ts';

/**
 * A write by the repo's own page code (the demo's and stories' views, tests), through the
 * engine's private writer (engine-access.ts), then every cached answer and cube forgotten. Not
 * part of `@pantau/core`'s public entry: scripts on a page cannot write.
 */
export async function execTrusted(coordinator: Coordinator, sql: string): Promise<void> {
  const writer = writerOf(coordinator.connector);
  if (writer === null) throw new Error('this coordinator has no database of its own to write to');
  await writer.exec(sql);
  announceTableChange();
  coordinator.clearCache();
}
