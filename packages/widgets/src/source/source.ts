import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type {
  Coordinator,
  PantauError,
  SourceInfo,
  SourceProgress,
  SourceRows,
} from '@pantau/core';
import { dashboardContext, ensureContextRoot, type DashboardContext } from '../base/context.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import { toError } from '../base/errors.ts';
import type { SourceRegistry } from '../base/source-registry.ts';
import { RefreshControl } from './refresh-control.ts';
import { loadSource } from './source-load.ts';
import { widgetEvent } from '../base/widget-event.ts';
import { NameClaim } from './source-claim.ts';
import { LoadPanel } from './load-panel.ts';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

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
 * @fires pantau-refresh - A `refresh` check was answered; `detail.changed`: the data changed and
 * is being loaded again.
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
  /**
   * Makes this a lookup table keyed by that column (one row per code, checked when it loads:
   * DUPLICATE_KEY otherwise). Widgets on other sources then show its columns beside the code,
   * as `label="unit.name"` (bar chart), `columns="unit.name"` (table), `option-label` (filter).
   */
  @property() key = '';
  /**
   * Re-check the file on this interval (`30s`, `5m`, `1h`; at least 10 s) with a conditional
   * request, and load it again only when it changed: the widgets keep their drawing and selection
   * and re-query. Paused while the page is hidden. In a server's dashboard every interval sends the
   * widgets' plans again.
   */
  @property() refresh = '';
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
  /** How far the running (or last) load got: bytes read, then into the engine; null before any. */
  @state() progress: SourceProgress | null = null;

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

  // Lit's own shadow root, empty until the load panel (source-panel.ts) is put there: page code
  // that walks the document for `pantau-*` widgets never meets that panel.

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the load starts: the load waits for the refresh to learn the file's version.
    this.#refresh.sync();
    // Announce at once (not at the first update) so charts connecting next find the load.
    this.#maybeStart();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#maybeStart();
    if (changed.has('refresh')) this.#refresh.sync();
  }

  /**
   * Checks now whether the data changed (as `refresh` does on its interval) and loads it again if
   * so. Resolves to whether it changed; false without `refresh`.
   */
  checkForChanges(): Promise<boolean> {
    return this.#refresh.check();
  }

  readonly #refreshHooks = {
    fileUrl: (): string | null =>
      // A reader's own file has no URL to ask again: it is read once.
      this.dashboard?.server != null || this.rows !== null || this.file !== null
        ? null
        : new URL(this.src.trim(), document.baseURI).href,
    checked: (changed: boolean) => this.dispatchEvent(widgetEvent('pantau-refresh', { changed })),
    // A load under way reports a bad interval itself (#load), as a failed load.
    failed: (error: unknown) => {
      if (this.status !== 'loading') this.#fail(toError(error));
    },
  };
  readonly #refresh = new RefreshControl(this, this.#refreshHooks);

  #maybeStart(): void {
    // A source off the page loads nothing (an update may still run after it left).
    if (!this.isConnected) return;
    const key = [
      this.name,
      this.src,
      this.format,
      this.columns,
      this.key,
      this.rows === null ? '' : 'rows',
    ].join('\u0000');
    const { sources } = this.dashboard ?? pageDefaults();
    // Another File object is another load, even with the same name (the reader saved it again).
    if (key === this.#loadKey && this.#registry === sources && this.file === this.#loadFile) {
      // Moved in the page (disconnected, connected again): the name is taken back, no reload.
      if (!this.#claim.held && this.status !== 'error') this.#take(sources);
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
      if (this.picker && !this.#fileWait) {
        sources.announce(this.name.trim(), new Promise((settle) => (this.#fileWait = settle)));
      }
      return;
    }
    this.#loadKey = key;
    this.#loadFile = this.file;
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
  async cancel(): Promise<void> {
    // The abort's reason is the failure the load ends with (its words load with this call). The
    // controller is read before the wait: a load started meanwhile is not the one stopped.
    if (this.status === 'loading') {
      this.#abort?.abort(await this.#panel.cancelled(this.name.trim()));
    }
  }

  #loadFile: File | null = null;
  /** Settles the load widgets wait on while a picker has no file, with the first file's load. */
  #fileWait: ((load: Promise<SourceInfo>) => void) | undefined;

  /** The drop zone, progress and cancel: shown with the picker, or when a load is slow. */
  readonly #panel = new LoadPanel(this);

  #registry: SourceRegistry | null = null;
  readonly #claim = new NameClaim(this);
  #loadSeq = 0;
  /** Stops the running load's fetches (src changed, element left the page). */
  #abort: AbortController | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#claim.release();
    this.#refresh.sync(); // off the page, nothing is checked
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

  #start(): void {
    const { coordinator, sources } = this.dashboard ?? pageDefaults();
    const name = this.name.trim();
    const table = this.#take(sources);
    if (table === null) return;
    this.status = 'loading';
    this.progress = null;
    const seq = ++this.#loadSeq;
    // The previous file is not wanted any more: its download stops rather than finishing unseen.
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const load = this.#load(coordinator, table, abort.signal);
    // Announced before it settles, so widgets wait for this load rather than a missing table.
    if (this.key.trim() === '') sources.keys.delete(name.toLowerCase());
    else sources.keys.set(name.toLowerCase(), this.key.trim());
    sources.announce(name, load);
    this.#fileWait?.(load);
    this.#fileWait = undefined;
    // A load done by then shows nothing: no panel code is fetched for a quick one.
    this.#panel.showIfSlow(() => seq === this.#loadSeq && this.status === 'loading');
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
        this.status = 'ready';
        this.dispatchEvent(widgetEvent('pantau-ready', info));
        return info;
      },
      (error: unknown) => {
        if (!latest()) return this.#ready;
        this.#fail(toError(error));
        return null;
      },
    );
  }

  /** Takes the name in the registry: the engine table, or null (the failure is shown). */
  #take(sources: SourceRegistry): string | null {
    try {
      return this.#claim.take(sources, this.name.trim());
    } catch (error) {
      this.#fail(toError(error));
      return null;
    }
  }

  #fail(error: PantauError): void {
    this.error = error;
    this.status = 'error';
    this.#ready = Promise.resolve(null);
    this.dispatchEvent(widgetEvent('pantau-error', { error }));
  }

  /** Loads into engine table `name` (the registry's, see claim). */
  async #load(coordinator: Coordinator, name: string, signal: AbortSignal): Promise<SourceInfo> {
    const file = this.#refreshHooks.fileUrl();
    // A bad interval fails the load; the version later checks compare with is learned first.
    await this.#refresh.beforeLoad(file, signal);
    const server = this.dashboard?.server != null;
    return loadSource(coordinator, name, this, { server, fileUrl: file, signal }, (progress) => {
      this.progress = progress;
    });
  }
}
