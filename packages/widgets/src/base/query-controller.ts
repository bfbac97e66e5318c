/**
 * The query lifecycle of one element, as a Lit ReactiveController (modelled on `@lit/task`): it
 * waits for the element's table, and is the element's client of the coordinator: the coordinator
 * asks it for its plan (a pure function of attributes, schema and the filter the coordinator
 * gives), sends it when it changed (after an update here, or when the dashboard's selection
 * changes: the coordinator owns cross-filtering), drops stale answers (latest wins), and exposes
 * `status`, `result` and `error` for rendering. A snapshot's first view: first-view-painter.ts.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  PantauError,
  Coordinator,
  FilterClause,
  Lang,
  QueryClient,
  QueryPlan,
  QueryResult,
  TableSchema,
} from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';
import type { QueryControllerOptions, QuerySettings } from './query-options.ts';
import { FirstViewPainter, type FirstViewHost } from './first-view-painter.ts';
import { registerController } from './query-clients.ts';
import { asError, noSource, settledSignal, type WidgetStatus } from './query-status.ts';

export { snapshotKey } from './first-view-painter.ts';
export { controllerOf } from './query-clients.ts';
export type { WidgetStatus } from './query-status.ts';
export type { QueryControllerOptions, QuerySettings } from './query-options.ts';

export class QueryController implements ReactiveController, QueryClient {
  status: WidgetStatus = 'idle';
  result: QueryResult | null = null;
  error: PantauError | null = null;
  schema: TableSchema | null = null;
  /**
   * When `result` comes from the first-view snapshot and the live query has not yet checked it:
   * the time the snapshot was taken. Null for a live (or checked) answer.
   */
  provisional: Date | null = null;
  /** The plan last asked for and the source it reads, for `takeSnapshot`. */
  sent: { source: string; plan: QueryPlan } | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: QueryControllerOptions;
  #connected: { coordinator: Coordinator; sources: SourceRegistry } | null = null;
  #schemaFor = '';
  #schemaRun = 0;
  /** Set while there is no source to read: its error is shown once, not at every update. */
  #noSource = false;
  #settled = settledSignal();
  /** The code load being waited for (see `pending`), so each load is awaited once. */
  #waitingFor: Promise<unknown> | null = null;
  /** The schema key a code load failed under: no retry (and no retry loop) until it changes. */
  #loadFailedFor = '';
  readonly #firstView: FirstViewPainter | null; // for elements that paint a snapshot
  #asked = false; // the coordinator's plan was built since the last property change (issue 13)

  constructor(host: ReactiveControllerHost, options: QueryControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.#firstView = options.snapshot === true ? new FirstViewPainter(this.#painterHost()) : null;
    host.addController(this);
    registerController(host, this);
  }

  /** Whether this element paints from a first-view snapshot (and so belongs in one). */
  get paintsSnapshots(): boolean {
    return this.#options.snapshot === true;
  }

  /** Resolves when the current run has settled (ready, empty or error); never rejects. */
  get ready(): Promise<WidgetStatus> {
    return this.#settled.promise.then(() => this.status);
  }

  hostConnected(): void {
    this.#sync();
  }

  // Before render, not after: a new query's `loading` shows in this same update (Lit's
  // change-in-update warning). An update that only shows an answer asks nothing (`unchanged`).
  hostUpdate(): void {
    if (this.#asked && this.schema !== null && this.#options.unchanged?.() === true) return;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Forget the table and ask again (its source was reloaded). */
  refresh(): void {
    this.#schemaFor = '';
    this.#sync();
  }

  /**
   * Tries again after a failure that may pass (the Retry button): the table's load when that
   * failed (a server down), else the table is described and the plan sent afresh. The engine, if
   * it was lost and could not restart, starts again with it.
   */
  retry(): void {
    const { sources, source } = this.#options.settings();
    if (sources.retry(source)) return; // its `announce` refreshes every widget on that table
    this.#schemaRun++;
    this.refresh();
  }

  // QueryClient: called by the coordinator.
  query(filter: readonly FilterClause[]): QueryPlan | null {
    if (this.schema === null || this.#options.pending?.() != null) return null;
    const plan = this.#options.build(this.schema, filter);
    this.sent = plan === null ? null : { source: this.#options.settings().source, plan };
    this.#asked = plan !== null;
    return plan;
  }

  get filterKey(): string | null {
    return this.#options.settings().filterKey;
  }
  get filterSchema(): TableSchema | null {
    return this.schema;
  }
  queryPending(): void {
    // A snapshot's figures stay in view, marked, until the live answer checks them.
    if (this.provisional !== null) return;
    this.#setStatus('loading');
  }

  queryResult(result: QueryResult): void {
    const snapshot = this.provisional !== null ? this.result : null;
    this.provisional = null;
    // The same figures: keep the drawn answer (no redraw); the mark comes off.
    this.result = this.#firstView?.checked(snapshot, result) ?? result;
    this.error = null;
    this.#setStatus(result.numRows === 0 ? 'empty' : 'ready');
  }

  queryError(error: PantauError): void {
    this.provisional = null;
    this.#firstView?.forget();
    this.error = error;
    this.result = null;
    this.#setStatus('error');
  }

  #sync(): void {
    const settings = this.#options.settings();
    this.#attach(settings);
    if (settings.source === '') {
      if (!this.#noSource) {
        this.#noSource = true;
        this.#schemaFor = '';
        this.queryError(noSource());
      }
      return;
    }
    this.#noSource = false;
    const schemaKey = `${settings.source}\u0000${String(this.#schemaRun)}`;
    if (this.#schemaFor !== schemaKey) {
      this.#schemaFor = schemaKey;
      this.#loadSchema(settings, schemaKey);
      this.#showSnapshot();
      return;
    }
    if (this.schema === null) {
      this.#showSnapshot();
      return;
    }
    this.#requestIfChanged(settings);
  }

  /** The schema the answer in view was asked of: the table's, or the snapshot's while it shows. */
  get schemaInView(): TableSchema | null {
    return this.schema ?? (this.provisional === null ? null : (this.#firstView?.schema ?? null));
  }

  /** The note shown over a snapshot's figures, while there are any. */
  snapshotNote(lang: Lang): string | null {
    return this.provisional === null ? null : (this.#firstView?.note(lang) ?? null);
  }

  // While this run's table loads: the snapshot's answer, if the dashboard has one.
  #showSnapshot(): void {
    const schemaFor = this.#schemaFor;
    this.#firstView?.show(() => this.#schemaFor === schemaFor && this.schema === null);
  }

  #painterHost(): FirstViewHost {
    return {
      options: this.#options,
      liveInView: () => this.result !== null && this.provisional === null,
      provisional: () => this.provisional !== null,
      paint: (answer, takenAt) => {
        this.provisional = takenAt;
        this.result = answer;
        if (answer !== null) this.error = null;
        this.#setStatus(answer === null ? 'loading' : answer.numRows === 0 ? 'empty' : 'ready');
      },
    };
  }

  #loadSchema(settings: QuerySettings, schemaKey: string): void {
    this.schema = null;
    this.#loadFailedFor = '';
    this.#setStatus('loading');
    settings.sources.schema(settings.source).then(
      (schema) => {
        if (this.#schemaFor !== schemaKey) return;
        this.schema = schema;
        // A new table (or the same one reloaded): ask even if the plan reads the same.
        this.#requestIfChanged(this.#options.settings(), true);
      },
      (error: unknown) => {
        if (this.#schemaFor !== schemaKey) return;
        this.queryError(asError(error));
      },
    );
  }

  /**
   * Asks the coordinator to send this element's plan if it changed since the last one sent (it
   * compares; an error the plan throws is reported once, not at every update).
   */
  #requestIfChanged(settings: QuerySettings, force = false): void {
    if (this.#loadFailedFor === this.#schemaFor) return;
    const waiting = this.#options.pending?.() ?? null;
    if (waiting !== null) {
      this.#waitFor(waiting);
      return;
    }
    settings.coordinator.requestQuery(this, { force });
  }

  /**
   * Waits for the query code, `loading` meanwhile, then syncs again: the request sent is the one
   * for the attributes and filter current when the code arrives (nothing is queued, so nothing is
   * sent out of order). A failed load is this element's error until its table changes.
   */
  #waitFor(waiting: Promise<unknown>): void {
    if (this.#waitingFor === waiting) return;
    this.#waitingFor = waiting;
    if (this.status !== 'loading') this.#setStatus('loading');
    waiting.then(
      () => {
        if (this.#waitingFor !== waiting) return;
        this.#waitingFor = null;
        if (this.#connected !== null) this.#sync();
      },
      (error: unknown) => {
        if (this.#waitingFor !== waiting) return;
        this.#waitingFor = null;
        this.#loadFailedFor = this.#schemaFor;
        this.queryError(asError(error));
      },
    );
  }

  #attach(settings: QuerySettings): void {
    const current = this.#connected;
    if (current?.coordinator === settings.coordinator && current.sources === settings.sources) {
      return;
    }
    this.#detach();
    settings.coordinator.connect(this);
    settings.sources.addEventListener('announce', this.#onAnnounce);
    this.#connected = { coordinator: settings.coordinator, sources: settings.sources };
    this.#schemaFor = '';
  }

  #detach(): void {
    if (this.#connected === null) return;
    this.#connected.coordinator.disconnect(this);
    this.#connected.sources.removeEventListener('announce', this.#onAnnounce);
    this.#connected = null;
  }

  #onAnnounce = (event: Event): void => {
    const name = (event as CustomEvent<string>).detail;
    if (name === this.#options.settings().source.toLowerCase()) {
      this.#schemaRun++;
      this.refresh();
    }
  };

  #setStatus(status: WidgetStatus): void {
    // A new run after a settled one gets a new promise; one still pending keeps its waiters.
    if (status === 'loading' && this.#settled.done) this.#settled = settledSignal();
    this.status = status;
    // A snapshot's answer is not settled: `ready` waits for the live query's check.
    if (status !== 'loading' && status !== 'idle' && this.provisional === null) {
      this.#settled.resolve();
    }
    this.#options.onStatus?.(status);
    this.#host.requestUpdate();
  }
}
