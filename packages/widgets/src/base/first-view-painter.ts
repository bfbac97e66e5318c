/**
 * The first view from a dashboard's snapshot (`<pantau-dashboard snapshot>`), apart from the query
 * lifecycle: while an element's table loads, it finds the snapshot's answer to the query the
 * element would send now and hands it to the query controller, which shows it marked
 * `provisional` until the live answer checks it. Only what the snapshot adds lives here; the
 * controller keeps the element's status, result and error.
 */

import {
  planKey,
  type Lang,
  type QueryPlan,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import type { QueryControllerOptions } from './query-options.ts';
import type { FirstView } from '../snapshot/first-view.ts';

/** What the painter needs from its query controller. */
export interface FirstViewHost {
  readonly options: QueryControllerOptions;
  /** Whether an answer of the live query is in view: a snapshot never covers it. */
  liveInView(): boolean;
  /** Whether a snapshot's answer is in view (not yet checked). */
  provisional(): boolean;
  /** Shows a snapshot's answer taken at `takenAt`, or (null) takes the one shown away. */
  paint(answer: QueryResult | null, takenAt: Date | null): void;
}

export class FirstViewPainter {
  readonly #host: FirstViewHost;
  /** The request key of the snapshot answer in view, and the snapshot it came from. */
  #key: string | null = null;
  #view: FirstView | null = null;
  #schema: TableSchema | null = null;

  constructor(host: FirstViewHost) {
    this.#host = host;
  }

  /** The snapshot's schema of the answer last shown (read while that answer is in view). */
  get schema(): TableSchema | null {
    return this.#schema;
  }

  /** The note shown over the snapshot's figures. */
  note(lang: Lang): string | null {
    return this.#view?.note(lang) ?? null;
  }

  /**
   * The live answer arrived: the snapshot's answer in view (`shown`) stays when it has the same
   * figures (no redraw; the mark comes off), else the live one is kept.
   */
  checked(shown: QueryResult | null, live: QueryResult): QueryResult {
    const view = this.#view;
    this.forget();
    return shown !== null && view !== null && view.sameAnswer(shown, live) ? shown : live;
  }

  /** The live query answered or failed: no snapshot answer is in view any more. */
  forget(): void {
    this.#view = null;
    this.#key = null;
  }

  /**
   * While the table loads: the snapshot's answer to the query this element would send now, built
   * from the snapshot's schema. A filter chosen meanwhile changes the query: its answer is shown
   * if the snapshot has it, otherwise the element waits for DuckDB like any other.
   * `stillLoading` says whether the run that asked still waits for its table.
   */
  show(stillLoading: () => boolean): void {
    const { options } = this.#host;
    const settings = options.settings();
    const firstView = settings.sources.firstView;
    if (firstView === null) return;
    // Only a first view: not once the table is there, nor over live figures during a reload.
    if (settings.sources.hasLoaded(settings.source) || this.#host.liveInView()) return;
    void firstView.then((view) => {
      if (view === null || !stillLoading()) return;
      const current = options.settings();
      const schema = view.schema(current.source);
      if (schema === null) return;
      const waiting = options.pending?.() ?? null;
      if (waiting !== null) {
        waiting.then(
          () => {
            if (stillLoading()) this.show(stillLoading);
          },
          () => undefined, // the live path reports a failed load
        );
        return;
      }
      let answer: QueryResult | null = null;
      let key: string | null = null;
      try {
        const filter = current.coordinator.filterFor({
          filterKey: current.filterKey,
          filterSchema: schema,
        });
        const plan = options.build(schema, filter);
        key = plan === null ? null : snapshotKey(current.source, plan);
        answer = plan === null ? null : view.answer(current.source, plan);
      } catch {
        // Attributes the snapshot's schema cannot answer: the live query will say what is wrong.
      }
      if (answer !== null && key !== null) {
        if (key === this.#key) return;
        this.#key = key;
        this.#view = view;
        this.#schema = schema;
        this.#host.paint(answer, view.takenAt);
      } else if (this.#host.provisional()) {
        this.forget();
        this.#host.paint(null, null);
      }
    });
  }
}

/**
 * The key an answer is found in a snapshot by: the source's name (as the page writes it, not the
 * engine's table name) and the plan's key.
 */
export function snapshotKey(source: string, plan: QueryPlan): string {
  return `${source.toLowerCase()}\u0000${planKey({ ...plan, table: '' })}`;
}
