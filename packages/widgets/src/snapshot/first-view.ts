/**
 * A dashboard's first-view snapshot, loaded from `<pantau-dashboard snapshot="...">`: the schemas
 * and opening answers widgets paint from while DuckDB starts and the data loads. Every answer is
 * shown marked as a snapshot until the live query has checked it (query-controller.ts), so a
 * snapshot older than the data never passes for current figures.
 */

import type { Lang, QueryPlan, QueryResult, TableSchema } from '@pantau/core';
import {
  checkSnapshotFile,
  decodeAnswer,
  sameAnswer,
  type PlainResult,
  type SnapshotAnswer,
  type SnapshotFile,
} from './snapshot-file.ts';
import { snapshotNote } from './snapshot-note.ts';

/**
 * What this chunk needs from the page's first one, passed in so that it imports nothing from it
 * (a shared module would become a chunk of its own, loaded by every page): query-controller.ts's
 * snapshotKey and core's plainResult.
 */
export interface FirstViewHelpers {
  key: (source: string, plan: QueryPlan) => string;
  result: PlainResult;
}

export class FirstView {
  /** When the answers were computed. */
  readonly takenAt: Date;
  readonly #sources: Map<string, TableSchema>;
  readonly #answers = new Map<string, SnapshotAnswer>();
  readonly #decoded = new Map<string, QueryResult | null>();

  readonly #helpers: FirstViewHelpers;

  constructor(file: SnapshotFile, helpers: FirstViewHelpers) {
    this.#helpers = helpers;
    this.takenAt = new Date(file.takenAt);
    this.#sources = new Map(
      Object.entries(file.sources).map(([name, schema]) => [name.toLowerCase(), schema]),
    );
    for (const answer of file.answers) {
      this.#answers.set(helpers.key(answer.source, answer.plan), answer);
    }
  }

  /** The words shown over this snapshot's figures until they are checked. */
  note(lang: Lang): string {
    return snapshotNote(this.takenAt, lang);
  }

  /** Whether a live answer has the saved one's figures. */
  sameAnswer(saved: QueryResult, live: QueryResult): boolean {
    return sameAnswer(saved, live);
  }

  /** The table's schema when the snapshot was taken, if it holds that source. */
  schema(source: string): TableSchema | null {
    return this.#sources.get(source.toLowerCase()) ?? null;
  }

  /** The saved answer to exactly this plan on this source, or null. */
  answer(source: string, plan: QueryPlan): QueryResult | null {
    const key = this.#helpers.key(source, plan);
    if (!this.#decoded.has(key)) {
      const saved = this.#answers.get(key);
      let decoded: QueryResult | null = null;
      try {
        decoded = saved === undefined ? null : decodeAnswer(saved, this.#helpers.result);
      } catch (error) {
        warn(
          `an answer for ${source} is unreadable (${message(error)}); the widget waits for DuckDB`,
        );
      }
      this.#decoded.set(key, decoded);
    }
    return this.#decoded.get(key) ?? null;
  }
}

/**
 * Fetches and checks the file. Never rejects: a missing or malformed snapshot is a console warning
 * and the page loads as it would without one.
 */
export async function loadFirstView(
  url: string,
  helpers: FirstViewHelpers,
): Promise<FirstView | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new FirstView(checkSnapshotFile(await response.json()), helpers);
  } catch (error) {
    warn(`${url} could not be used (${message(error)})`);
    return null;
  }
}

function warn(what: string): void {
  console.warn(
    `Pantau: cuplikan tampilan awal tidak dipakai, widget menunggu data langsung: ${what}. / ` +
      `Pantau: first-view snapshot not used, widgets wait for live data: ${what}. ` +
      'Buat ulang dengan / Make it again with dashboard.takeSnapshot() or npm run snapshot.',
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
