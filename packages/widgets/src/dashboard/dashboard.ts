import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { Coordinator, pageConnector, setAssetBase, type Lang } from '@pantau/core';
import { dashboardContext, type DashboardContext } from '../base/context.ts';
import { SourceRegistry } from '../base/source-registry.ts';
import type { WidgetStatus } from '../base/query-controller.ts';
import { dashboardStyles } from './dashboard.styles.ts';

/**
 * Groups widgets: one coordinator (its own result cache on the page's single DuckDB), the sources
 * its `<pantau-source>` children load, and a language every widget inside inherits.
 *
 * @summary A group of Pantau widgets sharing data, language and theme.
 * @slot - Sources, charts and any page content.
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
  /** Keeps filters in the URL (comes with cross-filtering). */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;

  /** The coordinator every widget inside queries through. */
  readonly coordinator: Coordinator;
  /** The tables loaded by `<pantau-source>` children. */
  readonly sources: SourceRegistry;

  @provide({ context: dashboardContext })
  protected context: DashboardContext;

  constructor() {
    super();
    this.coordinator = new Coordinator(pageConnector());
    this.sources = new SourceRegistry(this.coordinator);
    this.context = { coordinator: this.coordinator, sources: this.sources, lang: 'id' };
  }

  /** The language in force (`id` unless `lang` starts with `en`). */
  get effectiveLang(): Lang {
    return this.lang.trim().toLowerCase().startsWith('en') ? 'en' : 'id';
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
    if (changed.has('assetBase') && this.assetBase.trim() !== '') {
      setAssetBase(new URL(this.assetBase, document.baseURI).href);
    }
    const lang = this.effectiveLang;
    if (lang !== this.context.lang) {
      // A new object, so consumers subscribed to the context re-render.
      this.context = { ...this.context, lang };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
