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

export class DuckDBWorkerClient {
  #worker: Worker;
  #nextId = 0;
  #pending = new Map<number, Pending>();
  #onMessage = (event: MessageEvent<Reply>) => this.#reply(event.data);

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.addEventListener('message', this.#onMessage);
  }

  /** Sends one request; `transfer` hands buffers over to the worker (they become empty here). */
  #post<T>(type: Request, data: unknown, transfer: Transferable[] = []): Promise<T> {
    const messageId = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(messageId, { type, resolve: resolve as (data: unknown) => void, reject });
      this.#worker.postMessage({ messageId, type, data }, transfer);
    });
  }

  #reply(message: Reply): void {
    if (UNPROMPTED.has(message.type) || message.requestId === undefined) return;
    const pending = this.#pending.get(message.requestId);
    if (!pending) return;
    this.#pending.delete(message.requestId);
    if (message.type === 'ERROR') {
      const { name, message: text } = message.data as { name?: string; message?: string };
      const error = new Error(text ?? 'DuckDB worker error');
      if (name) error.name = name;
      pending.reject(error);
    } else if (message.type === REPLY[pending.type]) {
      pending.resolve(message.data);
    } else {
      pending.reject(new Error(`DuckDB worker answered ${pending.type} with ${message.type}`));
    }
  }

  instantiate(mainModule: string): Promise<void> {
    return this.#post('INSTANTIATE', [mainModule, null]);
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
    this.#worker.removeEventListener('message', this.#onMessage);
    this.#worker.terminate();
    for (const pending of this.#pending.values())
      pending.reject(new Error('DuckDB worker stopped'));
    this.#pending.clear();
  }
}

// WebAssembly exception handling (duckdb-wasm's own feature probe): the `eh` build where the
// browser has it, `mvp` otherwise.
const EXCEPTIONS_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

export function hasWasmExceptions(): boolean {
  try {
    return WebAssembly.validate(EXCEPTIONS_PROBE);
  } catch {
    return false;
  }
}
