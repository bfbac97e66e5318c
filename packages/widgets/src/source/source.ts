import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  formatFromName,
  PantauError,
  type SourceFormat,
  type SourceInfo,
  type SourceRows,
} from '@pantau/core';
import { dashboardContext, ensureContextRoot, type DashboardContext } from '../base/context.ts';
import { pageDefaults } from '../base/page-defaults.ts';
import { toError } from '../base/errors.ts';
import type { SourceRegistry } from '../base/source-registry.ts';

export type SourceStatus = 'idle' | 'loading' | 'ready' | 'error';

const FORMATS: readonly SourceFormat[] = ['csv', 'parquet', 'arrow', 'json'];

/**
 * Loads a table into the page's DuckDB for the widgets of its dashboard. It draws nothing: a
 * failure shows in every widget that reads the table, in the page's language.
 *
 * @summary Registers a CSV, Parquet, Arrow or JSON file (or JS rows) as a named table.
 * @fires pantau-ready - The table is loaded; `detail` is its SourceInfo (rows, schema).
 * @fires pantau-error - The table could not be loaded; `detail.error` says why and what to do.
 */
export class PantauSource extends LitElement {
  /** Table name the widgets' `source` attribute refers to. */
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
  /** Rows given from script instead of a file. */
  @property({ attribute: false }) rows: SourceRows | null = null;

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardContext;

  /** `idle`, `loading`, `ready` or `error`. */
  @state() status: SourceStatus = 'idle';
  /** What went wrong, when `status` is `error`. */
  @state() error: PantauError | null = null;
  /** Rows, size and schema of the loaded table. */
  @state() info: SourceInfo | null = null;

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
    const key = [
      this.name,
      this.src,
      this.format,
      this.columns,
      this.rows === null ? '' : 'rows',
    ].join('\u0000');
    const { sources } = this.dashboard ?? pageDefaults();
    if (key === this.#loadKey && this.#registry === sources) {
      // Moved in the page (disconnected, connected again): the name is taken back, no reload.
      if (this.#claimed === null && this.status !== 'error') this.#reclaim(sources);
      return;
    }
    if (this.name.trim() === '' || (this.src.trim() === '' && this.rows === null)) return;
    this.#loadKey = key;
    this.#registry = sources;
    this.#start();
  }

  #registry: SourceRegistry | null = null;
  /** The name this element holds in its registry (released when it changes or leaves). */
  #claimed: { registry: SourceRegistry; name: string } | null = null;
  #loadSeq = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
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
    const seq = ++this.#loadSeq;
    const load = this.#load(coordinator, table);
    // Announced before it settles, so widgets wait for this load rather than a missing table.
    sources.announce(name, load);
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
    this.status = 'error';
    this.#ready = Promise.resolve(null);
    this.dispatchEvent(
      new CustomEvent('pantau-error', { detail: { error }, bubbles: true, composed: true }),
    );
  }

  /** Loads into engine table `name` (the registry's, see claim). */
  async #load(coordinator: DashboardContext['coordinator'], name: string): Promise<SourceInfo> {
    if (this.rows !== null) return coordinator.registerSource({ name, data: this.rows });
    const format = this.#format();
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
    });
  }

  #format(): SourceFormat | undefined {
    const given = this.format.trim().toLowerCase();
    if (given === '') return formatFromName(this.src) ?? undefined;
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
