import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  Coordinator,
  Selection,
  isPantauError,
  pageConnector,
  plainResult,
  setAssetBase,
  type FilterClause,
  type Lang,
  type SelectionEntry,
} from '@pantau/core';
import { dashboardContext, type DashboardContext } from '../base/context.ts';
import { SourceRegistry } from '../base/source-registry.ts';
import { controllerOf, snapshotKey, type WidgetStatus } from '../base/query-controller.ts';
import { dashboardStyles } from './dashboard.styles.ts';
import { PreAggregationScheduler } from './pre-aggregation.ts';
// Types only: both modules load when needed (see #urlState, #loadChips).
import type * as FilterChips from './filter-chips.ts';
import type * as UrlState from './url-state.ts';
import type { SnapshotFile } from '../snapshot/snapshot-file.ts';

type UrlStateModule = typeof UrlState;
type FilterChipsModule = typeof FilterChips;

/** Detail of `pantau-filter-change`: every clause in force and who published it. */
export interface FilterChangeDetail {
  clauses: FilterClause[];
  entries: readonly SelectionEntry[];
}

/**
 * Groups widgets: one coordinator (its own result cache on the page's single DuckDB), the sources
 * its `<pantau-source>` children load, and a language every widget inside inherits.
 * Over tables of 1,000,000 rows or more, cross-filtering is answered from small pre-aggregated
 * tables built when the page is idle and when the pointer or focus enters a chart that can
 * publish (`coordinator.preAggregator.options` tunes or turns this off; see pre-aggregation.ts).
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
  /** Keeps the selection in the page's address (shareable links; Back undoes a filter). */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;
  /**
   * Address of a first-view snapshot (JSON from `takeSnapshot()` or `npm run snapshot`): charts
   * paint its figures before DuckDB has started, marked as a snapshot until each live query has
   * checked them. Read once, when the dashboard connects.
   */
  @property() snapshot = '';

  /** The coordinator every widget inside queries through. */
  readonly coordinator: Coordinator;
  /** The tables loaded by `<pantau-source>` children. */
  readonly sources: SourceRegistry;
  /** What the widgets and filters inside have chosen. */
  readonly selection: Selection;

  @provide({ context: dashboardContext })
  protected context: DashboardContext;

  /** Builds the small aggregate tables cross-filtering over large tables reads (see its file). */
  readonly #preAggregation: PreAggregationScheduler;

  constructor() {
    super();
    this.coordinator = new Coordinator(pageConnector());
    this.sources = new SourceRegistry(this.coordinator);
    this.selection = new Selection();
    // The coordinator re-queries the widgets when the selection changes (one batch per change).
    this.coordinator.connectSelection(this.selection);
    this.context = {
      coordinator: this.coordinator,
      sources: this.sources,
      lang: 'id',
      selection: this.selection,
    };
    this.selection.addEventListener('change', () => this.#onSelectionChange());
    // A loaded table can make a clause in the summary applied (or not): draw it again.
    this.sources.addEventListener('loaded', () => this.requestUpdate());
    this.#preAggregation = new PreAggregationScheduler(
      this,
      this.coordinator,
      this.selection,
      this.sources,
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

  #restoring = false;
  #urlStateLoad: Promise<UrlStateModule> | null = null;
  #urlModule: UrlStateModule | null = null;
  #chips: FilterChipsModule | null = null;
  #chipsLoad: Promise<void> | null = null;

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
    // Before the children connect: a <pantau-source> starts DuckDB as soon as it connects, so the
    // asset base must be set now, not at this element's first update.
    this.#applyAssetBase();
    // Also before the children connect: they look for the snapshot as they start.
    const snapshot = (this.getAttribute('snapshot') ?? this.snapshot).trim();
    if (snapshot !== '' && this.sources.firstView === null) {
      const url = new URL(snapshot, document.baseURI).href;
      // Its reader loads only for a page that has one (and never fails: see loadFirstView).
      this.sources.firstView = import('../snapshot/first-view.ts').then(
        ({ loadFirstView }) => loadFirstView(url, { key: snapshotKey, result: plainResult }),
        (error: unknown) => {
          console.warn(
            'Pantau: pembaca cuplikan tidak termuat, widget menunggu data langsung. / The snapshot reader did not load; widgets wait for live data.',
            error,
          );
          return null;
        },
      );
    }
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    if (this.urlState) this.#restore();
    this.#preAggregation.connect();
    // The filter summary is not needed for the first paint, but soon after: fetch it once every
    // widget has drawn (or earlier, with the first filter), so it is here when a reader filters.
    void this.ready.then(() => this.#loadChips());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#preAggregation.disconnect();
  }

  readonly #onPopState = (): void => {
    if (this.urlState) this.#restore();
  };

  /**
   * The url-state module, loaded only by a dashboard with `url-state` (issue 13's at-load
   * budget). Widgets wait for their sources far longer than this takes, so the address's
   * selection is in place before their first queries.
   */
  #urlState(): Promise<UrlStateModule> {
    this.#urlStateLoad ??= import('./url-state.ts').then((module) => (this.#urlModule = module));
    return this.#urlStateLoad;
  }

  #restore(): void {
    this.#urlState().then(
      ({ paramName, restoreFromUrl }) => {
        this.#restoring = true;
        try {
          restoreFromUrl(this.selection, paramName(this.id));
        } finally {
          this.#restoring = false;
        }
      },
      (error: unknown) =>
        console.warn(
          'Pantau: url-state tidak termuat; filter tidak dibaca dari alamat. / url-state did not load; filters are not read from the address.',
          error,
        ),
    );
  }

  #save(): void {
    const save = ({ paramName, saveToUrl }: UrlStateModule) =>
      saveToUrl(this.selection, paramName(this.id));
    // Loaded at connect, so a reader's filter is written at once (tests read the address).
    if (this.#urlModule !== null) save(this.#urlModule);
    else this.#urlState().then(save, () => undefined);
  }

  #onSelectionChange(): void {
    if (this.urlState && !this.#restoring && this.isConnected) this.#save();
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
    const chips = this.#chips;
    if (chips === null) return html`<div part="filters" class="filters" hidden></div>`;
    return chips.renderFilterChips({
      lang: this.effectiveLang,
      entries: this.selection.entries,
      known: this.sources.knownColumns(),
      remove: (owner) => this.selection.remove(owner),
      reset: () => this.clearFilters(),
    });
  }

  /** Loads the summary of active filters (after the first paint: see filter-chips.ts). */
  #loadChips(): void {
    if (this.#chipsLoad !== null) return;
    this.#chipsLoad = import('./filter-chips.ts').then(
      (module) => {
        this.#chips = module;
        this.requestUpdate();
      },
      (error: unknown) => {
        // Filtering still works without its summary; a later filter tries again.
        this.#chipsLoad = null;
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
