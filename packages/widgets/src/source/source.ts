import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  formatFromName,
  PantauError,
  type SourceFormat,
  type SourceInfo,
  type SourceProgress,
  type SourceRows,
} from '@pantau/core';
import { dashboardContext, ensureContextRoot, type DashboardContext } from '../base/context.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import { toError } from '../base/errors.ts';
import type { SourceRegistry } from '../base/source-registry.ts';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

const FORMATS: readonly SourceFormat[] = ['csv', 'parquet', 'arrow', 'json'];

/** A load still running after this long shows its progress and a cancel button. */
const SLOW_LOAD_MS = 400;

/** Each File object a source was given, by a number: a new pick reloads even with the same name. */
const fileIds = new WeakMap<File, number>();
let fileSeq = 0;
function fileId(file: File | null): string {
  if (file === null) return '';
  if (!fileIds.has(file)) fileIds.set(file, ++fileSeq);
  return `file${fileIds.get(file)}`;
}

/**
 * Loads a table into the page's DuckDB for the widgets of its dashboard. It draws nothing: a
 * failure shows in every widget that reads the table, in the page's language.
 *
 * With `picker`, it shows a drop zone and file button, so a reader can look at their own
 * spreadsheet export; the file is read in the browser, never uploaded. A load that takes a while
 * shows its progress (bytes, the engine's own download) and a cancel button.
 *
 * @summary Registers a CSV, Parquet, Arrow or JSON file (or JS rows) as a named table.
 * @fires pantau-ready - The table is loaded; `detail` is its SourceInfo (rows, schema).
 * @fires pantau-error - The table could not be loaded; `detail.error` says why and what to do.
 */
export class PantauSource extends LitElement {
  /** Table name the widgets' `source` attribute refers to (in a server's dashboard: its table). */
  @property() name = '';
  /** URL of the file (same origin, or CORS-enabled). */
  @property() src = '';
  /** `csv`, `parquet`, `arrow` or `json`; inferred from the extension when absent. */
  @property() format = '';
  /**
   * Parquet only: the columns to load, comma-separated (`unit_code, submitted_at, status`); the
   * others are never fetched or decoded, which makes a wide file load much faster. Default: all.
   */
  @property() columns = '';
  /**
   * Longest wait for the server to answer or to send more of the file (`30s`, `2m`, `1500ms`; a
   * bare number is seconds). A read that waits longer, or whose connection drops, is tried twice
   * more, then fails with SOURCE_FETCH_FAILED. Default 30 s.
   */
  @property() timeout = '';
  /** Rows given from script instead of a file. */
  @property({ attribute: false }) rows: SourceRows | null = null;
  /** A file the reader chose (with `picker`, or from script): read here, never uploaded; wins over `src`. */
  @property({ attribute: false }) file: File | null = null;
  /** Shows a drop zone and file button for the reader's own CSV, Parquet, Arrow or JSON file. */
  @property({ type: Boolean, reflect: true }) picker = false;

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardContext;

  /** `idle`, `loading`, `ready` or `error`. */
  @state() status: SourceStatus = 'idle';
  /** What went wrong, when `status` is `error`. */
  @state() error: PantauError | null = null;
  /** Rows, size and schema of the loaded table. */
  @state() info: SourceInfo | null = null;
  /** How far the running load is (bytes read; then into the engine); null when none runs. */
  @state() progress: SourceProgress | null = null;
  /** The running load has taken long enough to show its progress. */
  @state() slow = false;

  #ready: Promise<SourceInfo | null> = Promise.resolve(null);
  #loadKey = '';

  constructor() {
    super();
    ensureContextRoot();
  }

  /** Resolves with the table's info once loaded, or null if it failed; never rejects. */
  get ready(): Promise<SourceInfo | null> {
    return this.updateComplete.then(() => this.#ready);
  }

  protected override createRenderRoot() {
    // Nothing to show; no shadow root needed.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Announce at once (not at the first update) so charts connecting next find the load.
    this.#maybeStart();
  }

  protected override willUpdate(): void {
    this.#maybeStart();
  }

  #maybeStart(): void {
    // A source off the page loads nothing (an update may still run after it left).
    if (!this.isConnected) return;
    const key = [
      this.name,
      this.src,
      this.format,
      this.columns,
      this.rows === null ? '' : 'rows',
      fileId(this.file),
    ].join('\u0000');
    const { sources } = this.dashboard ?? pageDefaults();
    if (key === this.#loadKey && this.#registry === sources) {
      // Moved in the page (disconnected, connected again): the name is taken back, no reload.
      if (this.#claimed === null && this.status !== 'error') this.#reclaim(sources);
      return;
    }
    // In a server's dashboard the name alone is the table (a src there is refused by the load).
    const named =
      this.src.trim() !== '' ||
      this.rows !== null ||
      this.file !== null ||
      this.dashboard?.server != null;
    if (this.name.trim() === '') return;
    if (!named) {
      // A picker with no file yet: its widgets wait for one (loading), not SOURCE_NOT_FOUND.
      if (this.picker) this.#awaitFile(sources);
      return;
    }
    this.#loadKey = key;
    this.#registry = sources;
    this.#start();
  }

  /** Loads the table again (after a failure: the file fixed, the server back). */
  reload(): void {
    this.#loadKey = '';
    this.#maybeStart();
  }

  /**
   * Stops the running load, its download too: `status` becomes `error` (SOURCE_FETCH_FAILED,
   * `details.reason` `cancelled`) until `reload()`; the widgets reading it offer Retry.
   */
  cancel(): void {
    if (this.status !== 'loading') return;
    this.#cancelled = true;
    this.#abort?.abort();
  }

  #cancelled = false;
  /** The load widgets wait on while a picker has no file: settled by the first file's load. */
  #waiting: { registry: SourceRegistry; settle(load: Promise<SourceInfo>): void } | null = null;

  #awaitFile(sources: SourceRegistry): void {
    if (this.#waiting?.registry === sources) return;
    let settle!: (load: Promise<SourceInfo>) => void;
    const waiting = new Promise<SourceInfo>((resolve) => (settle = resolve));
    this.#waiting = { registry: sources, settle };
    sources.announce(this.name.trim(), waiting);
  }

  protected override updated(): void {
    // The drop zone and progress code loads only on a page that needs them (not at load).
    if (this.picker || (this.slow && this.status === 'loading') || this.#panelShown()) {
      void import('./source-panel.ts').then((panel) => panel.showPanel(this));
    }
  }

  #panelShown(): boolean {
    return this.querySelector(':scope > pantau-source-panel') !== null;
  }

  #registry: SourceRegistry | null = null;
  /** The name this element holds in its registry (released when it changes or leaves). */
  #claimed: { registry: SourceRegistry; name: string } | null = null;
  #loadSeq = 0;
  /** Stops the running load's fetches (src changed, element left the page). */
  #abort: AbortController | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
    if (this.status === 'loading') this.#cancel();
  }

  /**
   * Left the page while loading: the download stops (no file is fetched for nobody), the late
   * answer is ignored, and connecting again loads afresh.
   */
  #cancel(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#loadSeq++;
    this.#loadKey = '';
    this.status = 'idle';
    this.#ready = Promise.resolve(null);
  }

  #reclaim(sources: SourceRegistry): void {
    const name = this.name.trim();
    try {
      sources.claim(name, this);
      this.#claimed = { registry: sources, name };
    } catch (error) {
      this.#fail(toError(error));
    }
  }

  #release(): void {
    if (this.#claimed === null) return;
    this.#claimed.registry.release(this.#claimed.name, this);
    this.#claimed = null;
  }

  #start(): void {
    const { coordinator, sources } = this.dashboard ?? pageDefaults();
    const name = this.name.trim();
    if (this.#claimed?.registry !== sources || this.#claimed.name !== name) this.#release();
    let table: string;
    try {
      table = sources.claim(name, this);
    } catch (error) {
      this.#fail(toError(error));
      return;
    }
    this.#claimed = { registry: sources, name };
    this.status = 'loading';
    this.progress = null;
    this.slow = false;
    this.#cancelled = false;
    const seq = ++this.#loadSeq;
    // The previous file is not wanted any more: its download stops rather than finishing unseen.
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const load = this.#load(coordinator, table, abort.signal).catch(async (error: unknown) => {
      // Stopped by the reader: the widgets say so (the words load with the cancel button's code).
      if (!this.#cancelled || seq !== this.#loadSeq) throw error;
      throw (await import('./source-panel.ts')).loadCancelled(name);
    });
    // Announced before it settles, so widgets wait for this load rather than a missing table.
    sources.announce(name, load);
    this.#waiting?.settle(load);
    this.#waiting = null;
    const slowTimer = setTimeout(() => {
      if (seq === this.#loadSeq) this.slow = true;
    }, SLOW_LOAD_MS);
    void load.finally(() => clearTimeout(slowTimer)).catch(() => undefined);
    // Only the latest load speaks for this element: an older one that settles later is ignored
    // (the engine has dropped its data already; see DuckDBConnector.registerSource).
    const latest = () => seq === this.#loadSeq;
    this.#ready = load.then(
      (info) => {
        if (!latest()) return this.#ready;
        // Values that could not be loaded exactly: said, never rounded silently.
        for (const warning of info.warnings ?? []) {
          console.warn(`Pantau "${this.name}": ${warning.id} / ${warning.en}`);
        }
        this.info = info;
        this.error = null;
        this.progress = null;
        this.status = 'ready';
        this.dispatchEvent(
          new CustomEvent('pantau-ready', { detail: info, bubbles: true, composed: true }),
        );
        return info;
      },
      (error: unknown) => {
        if (!latest()) return this.#ready;
        this.#fail(toError(error));
        return null;
      },
    );
  }

  #fail(error: PantauError): void {
    this.error = error;
    this.progress = null;
    this.status = 'error';
    this.#ready = Promise.resolve(null);
    this.dispatchEvent(
      new CustomEvent('pantau-error', { detail: { error }, bubbles: true, composed: true }),
    );
  }

  /** Loads into engine table `name` (the registry's, see claim). */
  async #load(
    coordinator: DashboardContext['coordinator'],
    name: string,
    signal: AbortSignal,
  ): Promise<SourceInfo> {
    if (this.dashboard?.server != null) {
      return coordinator.registerSource({ name, data: this.rows ?? this.src.trim() });
    }
    if (this.rows !== null) return coordinator.registerSource({ name, data: this.rows });
    const format = this.#format();
    const onProgress = (progress: SourceProgress) => {
      if (!signal.aborted) this.progress = progress;
    };
    if (this.file !== null) {
      return coordinator.registerSource({
        name,
        data: this.file,
        ...(format ? { format } : {}),
        signal,
        onProgress,
      });
    }
    // The parser (and its bilingual refusal) loads only for a page that sets a timeout.
    const timeout =
      this.timeout.trim() === ''
        ? undefined
        : (await import('./source-timeout.ts')).parseSourceTimeout(this.name, this.timeout);
    const url = new URL(this.src.trim(), document.baseURI).href;
    const columns = this.columns
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    return coordinator.registerSource({
      name,
      data: url,
      ...(format ? { format } : {}),
      ...(columns.length > 0 ? { columns } : {}),
      ...(timeout === undefined ? {} : { timeout }),
      signal,
      onProgress,
    });
  }

  #format(): SourceFormat | undefined {
    const given = this.format.trim().toLowerCase();
    // A chosen file's format comes from its own name (core reads it) or its bytes.
    if (given === '') return this.file ? undefined : (formatFromName(this.src) ?? undefined);
    if ((FORMATS as readonly string[]).includes(given)) return given as SourceFormat;
    throw new PantauError({
      code: 'SOURCE_FORMAT_MISMATCH',
      text: {
        id: `Format "${given}" tidak dikenal untuk sumber "${this.name}". Pilih csv, parquet, arrow atau json.`,
        en: `Unknown format "${given}" for source "${this.name}". Choose csv, parquet, arrow or json.`,
      },
      details: { format: given, allowed: FORMATS },
    });
  }
}
