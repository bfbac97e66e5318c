import type { TableSchema } from '@pantau/core';
import type { QueryController } from '../base/query-controller.ts';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  encodeAnswer,
  type SnapshotAnswer,
  type SnapshotFile,
} from './snapshot-file.ts';

/**
 * The answers the charts inside `root` show now (live, checked ones only), with their sources'
 * schemas: what `<pantau-dashboard snapshot>` reads. Take it with no filter chosen, so it answers
 * the page as a visitor first sees it; answers to other filters are kept but only ever match the
 * same filter.
 */
export async function collectSnapshot(
  root: Element,
  describe: (source: string) => Promise<TableSchema>,
  // Passed in, so this chunk imports nothing from the page's first chunk (which would split it).
  controllerOf: (element: Element) => QueryController | undefined,
): Promise<SnapshotFile> {
  const answers: SnapshotAnswer[] = [];
  const sources: Record<string, TableSchema> = {};
  for (const element of root.querySelectorAll('*')) {
    const controller = controllerOf(element);
    if (controller === undefined || !controller.paintsSnapshots) continue;
    const { sent, result, status } = controller;
    if (controller.provisional !== null || sent === null || result === null) continue;
    if (status !== 'ready' && status !== 'empty') continue;
    answers.push(encodeAnswer(sent.source, sent.plan, result));
    sources[sent.source] ??= await describe(sent.source);
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: new Date().toISOString(),
    sources,
    answers,
  };
}
