import { EngineLost } from '../engine-lost.ts';
import { reportEngineDownload } from '../engine-download.ts';
import type { EarlyRequests } from './worker-start.ts';

/**
 * duckdb-wasm's worker spoken to directly: the request/response messages its own AsyncDuckDB
 * sends (duckdb-wasm 1.32, `dist/duckdb-browser.mjs`: `{messageId, type, data}` out, `{requestId,
 * type, data}` back, `ERROR` with `{name, message, stack}`). Pantau needs only the byte-level
 * calls; duckdb-wasm's JS API around them imports apache-arrow (its reader, writer and type enum,
 * about 40 kB gzip) for `conn.query()` results that Pantau never asks for.
 */

/** The requests Pantau sends, and the reply type each one expects. */
const REPLY = {
  INSTANTIATE: 'OK',
  OPEN: 'OK',
  GET_VERSION: 'VERSION_STRING',
  CONNECT: 'CONNECTION_INFO',
  DISCONNECT: 'OK',
  RUN_QUERY: 'QUERY_RESULT',
  CREATE_PREPARED: 'PREPARED_STATEMENT_ID',
  RUN_PREPARED: 'QUERY_RESULT',
  CLOSE_PREPARED: 'OK',
  REGISTER_FILE_BUFFER: 'OK',
  DROP_FILE: 'OK',
  INSERT_ARROW_FROM_IPC_STREAM: 'OK',
  RESET: 'OK',
  START_PENDING_QUERY: 'QUERY_RESULT_HEADER_OR_NULL',
  POLL_PENDING_QUERY: 'QUERY_RESULT_HEADER_OR_NULL',
} as const;

type Request = keyof typeof REPLY;

interface Pending {
  type: Request;
  resolve(data: unknown): void;
  reject(error: Error): void;
}

interface Reply {
  requestId?: number;
  type: string;
  data: unknown;
}

/** Messages the worker sends on its own, not as an answer: ignored (Pantau logs nothing). */
const UNPROMPTED = new Set(['LOG', 'PROGRESS_UPDATE', 'INSTANTIATE_PROGRESS']);

/**
 * How long requests may wait with no word from the worker before the engine counts as lost. The
 * worker runs one request at a time and cannot answer anything while it runs, so a terminated
 * worker and a long query look the same from here: this is set far past any query Pantau sends
 * (the slowest measured, a cube over 10M rows, takes a few seconds).
 */
const DEFAULT_STALL_MS = 120_000;

export interface WorkerClientOptions {
  /** See DEFAULT_STALL_MS; `stallMs` on the client changes it later. */
  stallMs?: number | undefined;
}

export class DuckDBWorkerClient {
  #worker: Worker;
  #nextId = 0;
  #pending = new Map<number, Pending>();
  /** Why the engine is gone; every request fails with it from then on. */
  #lost: EngineLost | null = null;
  #stallMs: number;
  #lastHeard = 0;
  #watchdog: ReturnType<typeof setTimeout> | null = null;
  #onMessage = (event: MessageEvent<Reply>) => {
    this.#lastHeard = performance.now();
    this.#reply(event.data);
  };
  // An uncaught error in the worker (its script failed, the wasm crashed outside a request).
  #onError = (event: ErrorEvent) => {
    event.preventDefault();
    this.#lose(`the DuckDB worker failed: ${event.message || 'error event'}`);
  };

  /** The answer to the INSTANTIATE sent before this client existed (worker-start.ts), if any. */
  #instantiated: Promise<void> | null = null;

  constructor(
    worker: Worker,
    options: WorkerClientOptions = {},
    early: EarlyRequests | null = null,
  ) {
    this.#worker = worker;
    this.#stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    if (early !== null) {
      this.#nextId = early.instantiateId + 1;
      this.#instantiated = this.#await(early.instantiateId, 'INSTANTIATE');
    }
    // Listening and taking the early messages in one task: none is lost or read twice.
    worker.addEventListener('message', this.#onMessage);
    worker.addEventListener('error', this.#onError);
    for (const message of early?.take() ?? []) this.#reply(message as Reply);
  }

  /**
   * The stall deadline from now on. A watch already running starts again with it: a page (or a
   * test) that has reason to think the worker is stuck need not wait out the old deadline.
   */
  get stallMs(): number {
    return this.#stallMs;
  }
  set stallMs(ms: number) {
    this.#stallMs = ms;
    this.#unwatch();
    if (this.#pending.size > 0) this.#watch();
  }

  /** Requests sent and not answered yet (a benchmark's harness waits for none before timing). */
  get inFlight(): number {
    return this.#pending.size;
  }

  /** Sends one request; `transfer` hands buffers over to the worker (they become empty here). */
  #post<T>(type: Request, data: unknown, transfer: Transferable[] = []): Promise<T> {
    if (this.#lost !== null) return Promise.reject(this.#lost);
    const messageId = this.#nextId++;
    const answer = this.#await<T>(messageId, type);
    try {
      this.#worker.postMessage({ messageId, type, data }, transfer);
    } catch (error) {
      const pending = this.#pending.get(messageId);
      this.#pending.delete(messageId);
      // A value that cannot be copied is this request's fault; anything else is the worker's.
      if (error instanceof DOMException && error.name === 'DataCloneError') pending?.reject(error);
      else this.#lose(`posting to the DuckDB worker failed: ${String(error)}`, error);
      pending?.reject(this.#lost ?? (error as Error));
    }
    return answer;
  }

  /** The answer to request `messageId`, sent (or about to be): the stall watch covers it. */
  #await<T>(messageId: number, type: Request): Promise<T> {
    // Idle time is not silence: the clock starts with the first request the worker owes.
    if (this.#pending.size === 0) this.#lastHeard = performance.now();
    const answer = new Promise<T>((resolve, reject) => {
      this.#pending.set(messageId, { type, resolve: resolve as (data: unknown) => void, reject });
    });
    this.#watch();
    return answer;
  }

  /** Checks, while requests wait, that the worker still says something now and then. */
  #watch(): void {
    if (this.#watchdog !== null || this.#lost !== null) return;
    const due = performance.now() + this.#stallMs;
    this.#watchdog = setTimeout(() => {
      this.#watchdog = null;
      if (this.#pending.size === 0) return;
      const now = performance.now();
      // Far later than asked: the page itself was asleep (a frozen background tab), and the
      // worker with it. It gets a whole new period rather than being blamed for the nap.
      if (now - due > this.#stallMs / 2) this.#lastHeard = now;
      if (now - this.#lastHeard >= this.#stallMs) {
        this.#lose(`the DuckDB worker said nothing for ${Math.round(this.#stallMs / 1000)} s`);
      } else {
        this.#watch();
      }
    }, this.#stallMs);
  }

  #unwatch(): void {
    if (this.#watchdog !== null) clearTimeout(this.#watchdog);
    this.#watchdog = null;
  }

  /** The engine is gone: every request waiting, and every one sent later, fails with `reason`. */
  #lose(reason: string, cause?: unknown): void {
    if (this.#lost !== null) return;
    this.#lost = new EngineLost(reason, cause === undefined ? undefined : { cause });
    this.#stop(this.#lost);
  }

  #stop(error: Error): void {
    this.#worker.removeEventListener('message', this.#onMessage);
    this.#worker.removeEventListener('error', this.#onError);
    this.#worker.terminate();
    this.#unwatch();
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  #reply(message: Reply): void {
    if (message.type === 'INSTANTIATE_PROGRESS') reportProgress(message.data);
    if (UNPROMPTED.has(message.type) || message.requestId === undefined) return;
    const pending = this.#pending.get(message.requestId);
    if (!pending) return;
    this.#pending.delete(message.requestId);
    // Nothing owed: no clock runs while the worker is idle (the next request starts one).
    if (this.#pending.size === 0) this.#unwatch();
    if (message.type === 'ERROR') {
      const { name, message: text } = message.data as { name?: string; message?: string };
      const error = new Error(text ?? 'DuckDB worker error');
      if (name) error.name = name;
      // A wasm trap (an abort on memory exhaustion, `unreachable`) leaves DuckDB's heap in an
      // unknown state: nothing it answers after that can be trusted.
      if (name === 'RuntimeError') {
        this.#lose(`DuckDB stopped: ${error.message}`, error);
        pending.reject(this.#lost!);
        return;
      }
      pending.reject(error);
    } else if (message.type === REPLY[pending.type]) {
      pending.resolve(message.data);
    } else {
      pending.reject(new Error(`DuckDB worker answered ${pending.type} with ${message.type}`));
    }
  }

  /** Loads the wasm; answered by the request worker-start.ts sent, when it sent one. */
  instantiate(mainModule: string): Promise<void> {
    const sent = this.#instantiated;
    this.#instantiated = null;
    return sent ?? this.#post('INSTANTIATE', [mainModule, null]);
  }
  open(config: object = {}): Promise<void> {
    return this.#post('OPEN', config);
  }
  getVersion(): Promise<string> {
    return this.#post('GET_VERSION', null);
  }
  connect(): Promise<number> {
    return this.#post('CONNECT', null);
  }
  disconnect(connection: number): Promise<void> {
    return this.#post('DISCONNECT', connection);
  }
  /** Arrow IPC bytes of the whole answer. */
  runQuery(connection: number, sql: string): Promise<Uint8Array> {
    return this.#post('RUN_QUERY', [connection, sql]);
  }
  /**
   * Starts `sql` as a pending query: DuckDB works on it for at most its polling interval (set at
   * `open`) and then answers, so the worker reads its next message. The result's header bytes
   * once the statement has ended, null while it has not (poll again).
   */
  startPendingQuery(connection: number, sql: string): Promise<Uint8Array | null> {
    return this.#post('START_PENDING_QUERY', [connection, sql, false]);
  }
  /** Works on the connection's pending query for another polling interval; as above. */
  pollPendingQuery(connection: number): Promise<Uint8Array | null> {
    return this.#post('POLL_PENDING_QUERY', connection);
  }
  createPrepared(connection: number, sql: string): Promise<number> {
    return this.#post('CREATE_PREPARED', [connection, sql]);
  }
  runPrepared(connection: number, statement: number, params: unknown[]): Promise<Uint8Array> {
    return this.#post('RUN_PREPARED', [connection, statement, params]);
  }
  closePrepared(connection: number, statement: number): Promise<void> {
    return this.#post('CLOSE_PREPARED', [connection, statement]);
  }
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> {
    return this.#post('REGISTER_FILE_BUFFER', [name, bytes], [bytes.buffer]);
  }
  dropFile(name: string): Promise<void> {
    return this.#post('DROP_FILE', name);
  }
  insertArrowFromIPCStream(connection: number, stream: Uint8Array, options: object): Promise<void> {
    return this.#post(
      'INSERT_ARROW_FROM_IPC_STREAM',
      [connection, stream, options],
      [stream.buffer],
    );
  }

  /** Stops the worker; requests still waiting are rejected rather than left hanging. */
  terminate(): void {
    this.#lost ??= new EngineLost('the DuckDB worker was stopped');
    this.#stop(this.#lost);
  }
}

/** duckdb-wasm's report while it fetches its wasm: `{bytesLoaded, bytesTotal}` (0: unknown). */
function reportProgress(data: unknown): void {
  const { bytesLoaded, bytesTotal } = (data ?? {}) as { bytesLoaded?: number; bytesTotal?: number };
  const loaded = Number(bytesLoaded ?? 0);
  const total = Number(bytesTotal ?? 0) > 0 ? Number(bytesTotal) : null;
  reportEngineDownload({
    bytesLoaded: loaded,
    bytesTotal: total,
    done: total !== null && loaded >= total,
  });
}
