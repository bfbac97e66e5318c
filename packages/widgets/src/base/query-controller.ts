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
  type QueryClient,
  type QueryRequest,
  type QueryResult,
  type TableSchema,
} from '@pantau/core';
import type { SourceRegistry } from './source-registry.ts';

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
    this.#setStatus('loading');
  }

  queryResult(result: QueryResult): void {
    this.result = result;
    this.error = null;
    this.#setStatus(result.numRows === 0 ? 'empty' : 'ready');
  }

  queryError(error: PantauError): void {
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
      return;
    }
    if (this.schema === null) return;
    this.#requestIfChanged(settings);
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
    try {
      const request = this.#options.build(this.schema!, settings.filter);
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
    const wasSettled = this.status !== 'loading' && this.status !== 'idle';
    if (status === 'loading' && wasSettled) this.#settled = deferred();
    this.status = status;
    if (status !== 'loading' && status !== 'idle') this.#settled.resolve();
    this.#options.onStatus?.(status);
    this.#host.requestUpdate();
  }
}

function requestKey(request: QueryRequest): string {
  return `${request.sql}\u0000${JSON.stringify(request.params ?? [])}`;
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

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
