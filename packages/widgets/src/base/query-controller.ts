/**
 * The query lifecycle of one element, as a Lit ReactiveController (modelled on `@lit/task`): it
 * waits for the element's table, asks the element for its query (a pure function of attributes,
 * schema and filter), sends it through the coordinator when it changed, drops stale answers
 * (the coordinator's latest-wins), and exposes `status`, `result` and `error` for rendering.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  PantauError,
  isPantauError,
  type Coordinator,
  type FilterClause,
  type Lang,
  type QueryClient,
  type QueryRequest,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';
import type { FirstView } from '../snapshot/first-view.ts';

const NO_SOURCE = '\u0000no-source';

export type WidgetStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export interface QuerySettings {
  coordinator: Coordinator;
  sources: SourceRegistry;
  /** The table to read; '' when the element has none yet. */
  source: string;
  filter: readonly FilterClause[];
}

export interface QueryControllerOptions {
  /** Read on every host update: where and what to query. */
  settings(): QuerySettings;
  /** The element's query: pure; throws PantauError on bad attributes. */
  build(table: TableSchema, filter: readonly FilterClause[]): QueryRequest | null;
  /**
   * The code `build` needs, while it is still loading (the query builders load on demand, see
   * lazy-renderer.ts): a promise the controller waits for, then it asks again with the settings
   * current then. Null (or absent): `build` can run now.
   */
  pending?(): Promise<unknown> | null;
  /** Called whenever status changes (the element fires its events from here). */
  onStatus?(status: WidgetStatus): void;
  /**
   * Paint from the dashboard's first-view snapshot while the table loads (charts do; a filter's
   * list of choices does not). The answer stays `provisional` until the live query checks it.
   */
  snapshot?: boolean;
}

/** Each element's controller, so its dashboard can tell the coordinator which client it is. */
const controllers = new WeakMap<object, QueryController>();

/** The query controller of a Pantau element (the coordinator's client for it), if it has one. */
export function controllerOf(element: object): QueryController | undefined {
  return controllers.get(element);
}

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
  /** The request last sent and the source it went to, for `takeSnapshot`. */
  sent: { source: string; request: QueryRequest } | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: QueryControllerOptions;
  #connected: { coordinator: Coordinator; sources: SourceRegistry } | null = null;
  #schemaFor = '';
  #schemaRun = 0;
  #lastKey: string | null = null;
  #settled = deferred();
  /** The code load being waited for (see `pending`), so each load is awaited once. */
  #waitingFor: Promise<unknown> | null = null;
  /** The schema key a code load failed under: no retry (and no retry loop) until it changes. */
  #loadFailedFor = '';

  constructor(host: ReactiveControllerHost, options: QueryControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    controllers.set(host, this);
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

  // Before render, not after: a new query's `loading` then shows in this same update instead of
  // scheduling another one (Lit's change-in-update warning).
  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Forget the table and ask again (its source was reloaded). */
  refresh(): void {
    this.#schemaFor = '';
    this.#lastKey = null;
    this.#sync();
  }

  // QueryClient: called by the coordinator.
  query(filter: readonly FilterClause[]): QueryRequest | null {
    return this.schema === null ? null : this.#options.build(this.schema, filter);
  }

  queryPending(): void {
    // A snapshot's figures stay in view, marked, until the live answer checks them.
    if (this.provisional !== null) return;
    this.#setStatus('loading');
  }

  queryResult(result: QueryResult): void {
    const snapshot = this.provisional !== null ? this.result : null;
    const view = this.#view;
    this.provisional = null;
    this.#view = null;
    this.#snapshotKey = null;
    // The same figures: keep the drawn answer (no redraw); the mark comes off.
    this.result =
      snapshot !== null && view !== null && view.sameAnswer(snapshot, result) ? snapshot : result;
    this.error = null;
    this.#setStatus(result.numRows === 0 ? 'empty' : 'ready');
  }

  queryError(error: PantauError): void {
    this.provisional = null;
    this.#view = null;
    this.#snapshotKey = null;
    this.error = error;
    this.result = null;
    this.#setStatus('error');
  }

  #sync(): void {
    const settings = this.#options.settings();
    this.#attach(settings);
    if (settings.source === '') {
      if (this.#lastKey !== NO_SOURCE) {
        this.#lastKey = NO_SOURCE;
        this.#schemaFor = '';
        this.queryError(noSource());
      }
      return;
    }
    const schemaKey = `${settings.source}\u0000${String(this.#schemaRun)}`;
    if (this.#schemaFor !== schemaKey) {
      this.#schemaFor = schemaKey;
      this.#loadSchema(settings, schemaKey);
      this.#showSnapshot(settings);
      return;
    }
    if (this.schema === null) {
      this.#showSnapshot(settings);
      return;
    }
    this.#requestIfChanged(settings);
  }

  /** The request key of the snapshot answer in view, and the snapshot it came from. */
  #snapshotKey: string | null = null;
  #view: FirstView | null = null;

  /** The note shown over a snapshot's figures, while there are any. */
  snapshotNote(lang: Lang): string | null {
    return this.provisional === null ? null : (this.#view?.note(lang) ?? null);
  }

  /**
   * While the table loads: the snapshot's answer to the query this element would send now, built
   * from the snapshot's schema. A filter chosen meanwhile changes the query: its answer is shown
   * if the snapshot has it, otherwise the element waits for DuckDB like any other.
   */
  #showSnapshot(settings: QuerySettings): void {
    const firstView = settings.sources.firstView;
    if (this.#options.snapshot !== true || firstView === null) return;
    // Only a first view: not once the table is there, nor over live figures during a reload.
    if (settings.sources.hasLoaded(settings.source)) return;
    if (this.result !== null && this.provisional === null) return;
    const schemaFor = this.#schemaFor;
    const stillLoading = () => this.#schemaFor === schemaFor && this.schema === null;
    void firstView.then((view) => {
      if (view === null || !stillLoading()) return;
      const current = this.#options.settings();
      const schema = view.schema(current.source);
      if (schema === null) return;
      const waiting = this.#options.pending?.() ?? null;
      if (waiting !== null) {
        waiting.then(
          () => {
            if (stillLoading()) this.#showSnapshot(this.#options.settings());
          },
          () => undefined, // the live path reports a failed load
        );
        return;
      }
      let answer: QueryResult | null = null;
      let key: string | null = null;
      try {
        const request = this.#options.build(schema, current.filter);
        key = request === null ? null : requestKey(request);
        answer = request === null ? null : view.answer(current.source, request);
      } catch {
        // Attributes the snapshot's schema cannot answer: the live query will say what is wrong.
      }
      if (answer !== null && key !== null) {
        if (key === this.#snapshotKey) return;
        this.#snapshotKey = key;
        this.#view = view;
        this.provisional = view.takenAt;
        this.result = answer;
        this.error = null;
        this.#setStatus(answer.numRows === 0 ? 'empty' : 'ready');
      } else if (this.provisional !== null) {
        this.provisional = null;
        this.#view = null;
        this.#snapshotKey = null;
        this.result = null;
        this.#setStatus('loading');
      }
    });
  }

  #loadSchema(settings: QuerySettings, schemaKey: string): void {
    this.schema = null;
    this.#lastKey = null;
    this.#loadFailedFor = '';
    this.#setStatus('loading');
    settings.sources.schema(settings.source).then(
      (schema) => {
        if (this.#schemaFor !== schemaKey) return;
        this.schema = schema;
        this.#requestIfChanged(this.#options.settings());
      },
      (error: unknown) => {
        if (this.#schemaFor !== schemaKey) return;
        this.queryError(asError(error));
      },
    );
  }

  #requestIfChanged(settings: QuerySettings): void {
    if (this.#loadFailedFor === this.#schemaFor) return;
    const waiting = this.#options.pending?.() ?? null;
    if (waiting !== null) {
      this.#waitFor(waiting);
      return;
    }
    let key: string;
    let request: QueryRequest | null;
    try {
      request = this.#options.build(this.schema!, settings.filter);
      key = request === null ? 'none' : requestKey(request);
    } catch (error) {
      key = `error:${String(error)}`;
      if (key !== this.#lastKey) {
        this.#lastKey = key;
        this.queryError(asError(error));
      }
      return;
    }
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.sent = request === null ? null : { source: settings.source, request };
    void settings.coordinator.requestQuery(this, settings.filter);
  }

  /**
   * Waits for the query code, `loading` meanwhile, then syncs again: the request sent is the one
   * for the attributes and filter current when the code arrives (nothing is queued, so nothing is
   * sent out of order). A failed load is this element's error until its table changes.
   */
  #waitFor(waiting: Promise<unknown>): void {
    if (this.#waitingFor === waiting) return;
    this.#waitingFor = waiting;
    this.#lastKey = null;
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
        this.#lastKey = null;
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
    if (status === 'loading' && this.#settled.done) this.#settled = deferred();
    this.status = status;
    // A snapshot's answer is not settled: `ready` waits for the live query's check.
    if (status !== 'loading' && status !== 'idle' && this.provisional === null) {
      this.#settled.resolve();
    }
    this.#options.onStatus?.(status);
    this.#host.requestUpdate();
  }
}

function asError(error: unknown): PantauError {
  if (isPantauError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PantauError({
    code: 'QUERY_FAILED',
    text: { id: `Terjadi kesalahan: ${message}`, en: `Something went wrong: ${message}` },
    cause: error,
  });
}

function noSource(): PantauError {
  return new PantauError({
    code: 'SOURCE_NOT_FOUND',
    text: {
      id: 'Widget ini belum punya sumber data: beri atribut source="nama-tabel".',
      en: 'This widget has no data source yet: set source="table-name".',
    },
  });
}

function deferred(): { promise: Promise<void>; resolve: () => void; done: boolean } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  const settled = {
    promise,
    done: false,
    resolve: () => {
      settled.done = true;
      resolve();
    },
  };
  return settled;
}

/** The key a request is told apart by (and found in a snapshot by): its SQL and parameters. */
export function requestKey(request: { sql: string; params?: readonly unknown[] }): string {
  return `${request.sql}\u0000${JSON.stringify(request.params ?? [])}`;
}
