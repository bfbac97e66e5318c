import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  Coordinator,
  Selection,
  isPantauError,
  pageConnector,
  remoteConnector,
  setAssetBase,
  type FilterClause,
  type Lang,
  type SelectionEntry,
} from '@pantau/core';
import { dashboardContext, type DashboardContext } from '../base/context.ts';
import { lazyModule } from '../base/lazy-module.ts';
import { SourceRegistry } from '../base/source-registry.ts';
import { controllerOf, type WidgetStatus } from '../base/query-controller.ts';
import { applyEngineLimits } from './engine-limits.ts';
import { dashboardStyles } from './dashboard.styles.ts';
import { PreAggregationScheduler } from './pre-aggregation.ts';
import { UrlSync } from './url-sync.ts';
import { openFirstView } from './first-view-load.ts';
// Types only: the module loads when needed (filterChipsCode below).
import type * as FilterChips from './filter-chips.ts';
import type { SnapshotFile } from '../snapshot/snapshot-file.ts';

/**
 * Loaded only when needed, not with every page (the at-load budget): the summary of active
 * filters once every widget has drawn or with the first filter. A failed load is tried again by
 * the next call.
 */
const filterChipsCode = lazyModule<typeof FilterChips>(() => import('./filter-chips.ts'));

/** Detail of `pantau-filter-change`: every clause in force and who published it. */
export interface FilterChangeDetail {
  clauses: FilterClause[];
  entries: readonly SelectionEntry[];
}

/**
 * Groups widgets: one coordinator (its own result cache on the page's single DuckDB), the sources
 * its `<pantau-source>` children load, and a language every widget inside inherits.
 * Cross-filtering is answered from small pre-aggregated tables (cubes), held in the page where
 * small enough, built when the page is idle and when the pointer or focus enters a chart that
 * can publish (`coordinator.preAggregator.options` tunes or turns this off; see pre-aggregation.ts).
 *
 * @summary A group of Pantau widgets sharing data, language, theme and a selection.
 * @slot - Sources, charts and any page content.
 * @fires pantau-filter-change - The selection changed; `detail.clauses` holds every clause in force.
 * @csspart filters - The summary of active filters, with a remove button per filter and a reset.
 * @cssprop --pantau-sys-* - Page-level design tokens (colours, font, radius) for every widget inside.
 */
export class PantauDashboard extends LitElement {
  static override styles = [dashboardStyles];

  /** `id` (default) or `en`: the language of every widget inside. */
  @property() override lang = '';
  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Where the DuckDB files are served from (same origin only); default: next to the bundle. */
  @property({ attribute: 'asset-base' }) assetBase = '';
  /**
   * Largest source the page's engine loads (`800MB`, `1.5GB`; default 512MB): bigger ones fail
   * early with SOURCE_TOO_LARGE. For Parquet, the size of the columns loaded, once decoded.
   */
  @property({ attribute: 'max-source-size' }) maxSourceSize = '';
  /** DuckDB's memory limit (`2GB`); read when the engine starts, so set it on the first dashboard. */
  @property({ attribute: 'memory-limit' }) memoryLimit = '';
  /** Keeps the selection in the page's address (shareable links; Back undoes a filter). */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;
  /**
   * Address of a first-view snapshot (JSON from `takeSnapshot()` or `npm run snapshot`): charts
   * paint its figures before DuckDB has started, marked as a snapshot until each live query has
   * checked them. Read once, when the dashboard connects.
   */
  @property() snapshot = '';
  /**
   * Address of a Pantau server (`https://host/pantau/`, or `/pantau/` on the page's origin): every
   * widget's plans go there, sources name its tables, and no DuckDB is loaded in the page. Read
   * once, when the dashboard connects.
   */
  @property() server = '';

  /** What the widgets and filters inside have chosen. */
  readonly selection = new Selection();

  @provide({ context: dashboardContext })
  protected context!: DashboardContext;

  /** The coordinator every widget inside queries through. */
  get coordinator(): Coordinator {
    return this.context.coordinator;
  }

  /** The tables loaded by `<pantau-source>` children (a server's tables, with `server`). */
  get sources(): SourceRegistry {
    return this.context.sources;
  }

  /** Builds the small aggregate tables cross-filtering over large tables reads (see its file). */
  #preAggregation!: PreAggregationScheduler;

  constructor() {
    super();
    this.#useEngine(null);
    this.selection.addEventListener('change', () => this.#onSelectionChange());
  }

  /** The page's DuckDB (null), or the server at that address: a coordinator and sources on it. */
  #useEngine(server: string | null): void {
    this.#preAggregation?.disconnect();
    const coordinator = new Coordinator(
      server === null ? pageConnector() : remoteConnector(server),
    );
    const sources = new SourceRegistry(coordinator, server);
    // The coordinator re-queries the widgets when the selection changes (one batch per change).
    coordinator.connectSelection(this.selection);
    this.context = { coordinator, sources, lang: 'id', selection: this.selection, server };
    // A loaded table can make a clause in the summary applied (or not): draw it again.
    sources.addEventListener('loaded', () => this.requestUpdate());
    // A server builds no cubes in the page: the scheduler finds the pre-aggregator disabled.
    this.#preAggregation = new PreAggregationScheduler(
      this,
      coordinator,
      this.selection,
      sources,
      () => this.ready,
    );
  }

  /** Every filter clause in force. */
  get filters(): FilterClause[] {
    return this.selection.clauses;
  }

  /** Sets the page's own filter clauses (kept apart from what widgets chose); [] removes them. */
  set filters(clauses: readonly FilterClause[]) {
    this.selection.update('page', clauses);
  }

  /** Removes every filter: the widgets' choices, the filters' values and the page's clauses. */
  clearFilters(): void {
    this.selection.clear();
  }

  /** The selection in the page's address, with `url-state`. */
  readonly #url = new UrlSync(this);

  #applyAssetBase(): void {
    const base = (this.getAttribute('asset-base') ?? this.assetBase).trim();
    if (base === '') return;
    try {
      setAssetBase(new URL(base, document.baseURI).href);
    } catch (error) {
      // Set once per page, before the engine starts: a second dashboard cannot move it.
      const text = isPantauError(error) ? error.text : { id: String(error), en: String(error) };
      console.warn(`Pantau: ${text.id} / ${text.en}`);
    }
  }

  override connectedCallback(): void {
    // Before the children connect (they take the coordinator then), and before any asks.
    const server = (this.getAttribute('server') ?? this.server).trim();
    if (server !== '' && this.context.server === null) {
      this.coordinator.connectSelection(null);
      this.#useEngine(new URL(server, document.baseURI).href);
    }
    // Before the children connect: a <pantau-source> starts DuckDB as soon as it connects, so the
    // asset base must be set now, not at this element's first update.
    this.#applyAssetBase();
    applyEngineLimits(this, this.maxSourceSize, this.memoryLimit);
    // Also before the children connect: they look for the snapshot as they start.
    openFirstView(this.sources, (this.getAttribute('snapshot') ?? this.snapshot).trim());
    super.connectedCallback();
    this.#url.connect();
    this.#preAggregation.connect();
    // The filter summary is not needed for the first paint, but soon after: fetch it once every
    // widget has drawn (or earlier, with the first filter), so it is here when a reader filters.
    void this.ready.then(() => this.#loadChips());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#url.disconnect();
    this.#preAggregation.disconnect();
  }

  #onSelectionChange(): void {
    this.#url.selectionChanged();
    if (this.selection.entries.length > 0) this.#loadChips();
    this.requestUpdate();
    const detail: FilterChangeDetail = {
      clauses: this.selection.clauses,
      entries: this.selection.entries,
    };
    this.dispatchEvent(
      new CustomEvent('pantau-filter-change', { detail, bubbles: true, composed: true }),
    );
  }

  /** The language in force (`id` unless `lang` starts with `en`). */
  get effectiveLang(): Lang {
    return this.lang.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
  }

  /**
   * Every chart's current answer with its source's schema, as the JSON a `snapshot` attribute
   * reads. Waits for the dashboard to be ready; take it with no filter chosen.
   */
  async takeSnapshot(): Promise<SnapshotFile> {
    await this.ready;
    const { collectSnapshot } = await import('../snapshot/take-snapshot.ts');
    return collectSnapshot(
      this,
      (source) => this.coordinator.describe(this.sources.tableFor(source)),
      controllerOf,
    );
  }

  /** Resolves when every source and widget inside has loaded, drawn, or failed. */
  get ready(): Promise<WidgetStatus[]> {
    return this.updateComplete.then(async () => {
      await Promise.allSettled(this.sources.loads);
      const widgets = [...this.querySelectorAll('*')].filter(
        (el): el is Element & { ready: Promise<WidgetStatus> } =>
          el.localName.startsWith('pantau-') && 'ready' in el && el.localName !== 'pantau-source',
      );
      return Promise.all(widgets.map((w) => w.ready));
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('assetBase')) this.#applyAssetBase();
    if (changed.has('maxSourceSize') || changed.has('memoryLimit')) {
      applyEngineLimits(this, this.maxSourceSize, this.memoryLimit);
    }
    const lang = this.effectiveLang;
    if (lang !== this.context.lang) {
      // A new object, so consumers subscribed to the context re-render.
      this.context = { ...this.context, lang };
    }
  }

  protected override render() {
    return html`${this.#renderFilters()}<slot></slot>`;
  }

  /** The summary of active filters once its module is here; an empty, hidden part before. */
  #renderFilters() {
    const chips = filterChipsCode.current;
    if (chips === undefined) return html`<div part="filters" class="filters" hidden></div>`;
    return chips.renderFilterChips({
      lang: this.effectiveLang,
      entries: this.selection.entries,
      known: this.sources.knownColumns(),
      host: this,
      remove: (owner) => this.selection.remove(owner),
      reset: () => this.clearFilters(),
    });
  }

  /** Loads the summary of active filters (after the first paint: see filter-chips.ts). */
  #loadChips(): void {
    if (filterChipsCode.current !== undefined) return;
    filterChipsCode.load().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        // Filtering still works without its summary; a later filter tries again.
        console.warn(
          'Pantau: ringkasan filter tidak termuat. / The filter summary did not load.',
          error,
        );
      },
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pantau-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
