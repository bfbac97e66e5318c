import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.ts';
import { watchEngineDownload, type EngineDownload, type Lang } from '@pantau/core';
import type { PantauSource } from './source.ts';
import { sourcePanelStyles } from './source-panel.styles.ts';
import { say, SOURCE_PANEL } from '@pantau/messages';
import { amountText, loadedText } from './source-panel-text.ts';

export { loadCancelled } from './source-panel-text.ts';

/**
 * What `<pantau-source>` shows when there is something to show (issue 15 items 14 and 15),
 * loaded only then: with `picker`, a drop zone and file button for the reader's own file; while a
 * load takes a while, its progress (bytes, and DuckDB's own download named as such) as text and
 * progress bars with a cancel button; after a cancel, that it was cancelled and a Retry button.
 * Progress is announced politely at each quarter, not at every chunk. Part of `<pantau-source>`,
 * not an element for pages: left out of the manifest and the React typings.
 * @internal
 */
export class PantauSourcePanel extends LitElement {
  static override styles = sourcePanelStyles;

  source: PantauSource | null = null;

  /**
   * Its source's status: page code (and Pantau's embed checks) that waits until every `pantau-*`
   * element is ready, empty or failed waits for this one as for its source.
   */
  get status(): PantauSource['status'] {
    return this.source?.status ?? 'idle';
  }
  #engine: EngineDownload | null = null;
  #stopWatching: (() => void) | null = null;
  #over = false;
  #announced = '';
  #quarter = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = watchEngineDownload((download) => {
      this.#engine = download;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
  }

  get #lang(): Lang {
    const lang = (this.closest('pantau-dashboard')?.getAttribute('lang') ?? '').toLowerCase();
    return lang.startsWith('en') ? 'en' : 'id';
  }

  protected override render(): TemplateResult {
    const source = this.source;
    if (source === null) return html``;
    const lang = this.#lang;
    const name = source.name.trim();
    // The panel is here with `picker`, or because this load is slow (source.ts): show it.
    const loading = source.status === 'loading';
    const cancelled = source.error?.details?.['reason'] === 'cancelled';
    return html`<div part="base" class="panel">
      ${source.picker ? this.#renderPicker(lang) : nothing}
      ${loading ? this.#renderProgress(source, name, lang) : nothing}
      ${
        source.status === 'error' && source.error !== null && (cancelled || source.picker)
          ? html`<p class="error" role="alert">${source.error.messageIn(lang)}</p>
              <button type="button" part="retry" @click=${() => source.reload()}>
                ${say(SOURCE_PANEL, lang, 'retry')}
              </button>`
          : nothing
      }
      ${
        source.picker && source.status === 'ready' && source.info !== null
          ? html`<p class="muted">
              ${loadedText(name, source.info.rows, source.info.bytes, lang)}
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.#announcement(source, name, lang)}
      </div>
    </div>`;
  }

  #renderPicker(lang: Lang): TemplateResult {
    const pick = (file: File | undefined) => {
      if (file !== undefined && this.source !== null) this.source.file = file;
    };
    const over = (on: boolean) => (e: DragEvent) => {
      e.preventDefault();
      this.#over = on;
      this.requestUpdate();
    };
    return html`<div
      part="drop"
      class="drop ${this.#over ? 'over' : ''}"
      @dragover=${over(true)}
      @dragleave=${over(false)}
      @drop=${(e: DragEvent) => {
        over(false)(e);
        pick(e.dataTransfer?.files[0]);
      }}
    >
      <label for="file">${say(SOURCE_PANEL, lang, 'pick')}</label>
      <input
        id="file"
        part="file"
        type="file"
        accept=".csv,.tsv,.txt,.parquet,.arrow,.feather,.ipc,.json,.ndjson"
        aria-describedby="drop-note"
        @change=${(e: Event) => pick((e.target as HTMLInputElement).files?.[0])}
      />
      <span id="drop-note" class="muted"
        >${say(SOURCE_PANEL, lang, 'drop')} ${say(SOURCE_PANEL, lang, 'local')}</span
      >
    </div>`;
  }

  #renderProgress(source: PantauSource, name: string, lang: Lang): TemplateResult {
    const progress = source.progress;
    const engine = this.#engine;
    const inserting = progress?.stage === 'insert';
    const detail =
      progress === null
        ? ''
        : inserting
          ? say(SOURCE_PANEL, lang, 'inserting')
          : amountText(progress.bytesLoaded, progress.bytesTotal, lang);
    return html`${bar('source', `${say(SOURCE_PANEL, lang, 'loadingSource', name)}${detail ? `: ${detail}` : ''}`, inserting ? null : progress)}
      ${
        engine !== null && !engine.done
          ? bar(
              'engine',
              `${say(SOURCE_PANEL, lang, 'engine')}: ${amountText(engine.bytesLoaded, engine.bytesTotal, lang)}`,
              engine,
            )
          : nothing
      }
      <button type="button" part="cancel" @click=${() => void source.cancel()}>
        ${say(SOURCE_PANEL, lang, 'cancel')}
      </button>`;
  }

  /** Said politely: when a load starts, at each quarter of it, and how it ended. */
  #announcement(source: PantauSource, name: string, lang: Lang): string {
    if (source.status !== 'loading') {
      this.#quarter = -1;
      if (source.status === 'ready' && source.info !== null && source.picker) {
        this.#announced = loadedText(name, source.info.rows, source.info.bytes, lang);
      }
      return this.#announced;
    }
    const progress = source.progress;
    const share = progress?.bytesTotal ? progress.bytesLoaded / progress.bytesTotal : 0;
    const quarter = Math.floor(share * 4);
    if (quarter > this.#quarter) {
      this.#quarter = quarter;
      const detail =
        progress === null ? '' : `: ${amountText(progress.bytesLoaded, progress.bytesTotal, lang)}`;
      this.#announced = `${say(SOURCE_PANEL, lang, 'loadingSource', name)}${detail}`;
    }
    return this.#announced;
  }
}

/** A labelled progress bar: a share when the total is known, indeterminate when it is not. */
function bar(
  id: string,
  label: string,
  amount: { bytesLoaded: number; bytesTotal: number | null } | null,
): TemplateResult {
  const total = amount?.bytesTotal ?? null;
  const percent = total ? Math.min(100, Math.round((amount!.bytesLoaded / total) * 100)) : null;
  return html`<span id="${id}-label">${label}</span>
    <div
      part="progress"
      class="bar ${percent === null ? 'unknown' : ''}"
      role="progressbar"
      aria-labelledby="${id}-label"
      aria-valuemin=${percent === null ? nothing : 0}
      aria-valuemax=${percent === null ? nothing : 100}
      aria-valuenow=${percent === null ? nothing : percent}
    >
      <div class="fill" style=${styleProps(percent === null ? {} : { width: `${percent}%` })}></div>
    </div>`;
}

/** Puts (or keeps, or takes away) the panel in `source`, and redraws it with the source's state. */
export function showPanel(source: PantauSource): void {
  if (!customElements.get('pantau-source-panel')) {
    customElements.define('pantau-source-panel', PantauSourcePanel);
  }
  // In a shadow root of the source's own: page code that walks the document for `pantau-*`
  // widgets (and counts their statuses) never meets this part of a source.
  const root = source.shadowRoot ?? source.attachShadow({ mode: 'open' });
  let panel = root.querySelector<PantauSourcePanel>('pantau-source-panel');
  const cancelled = source.error?.details?.['reason'] === 'cancelled';
  const wanted = source.picker || source.status === 'loading' || cancelled;
  if (!wanted) {
    panel?.remove();
    return;
  }
  if (panel === null) {
    panel = document.createElement('pantau-source-panel') as PantauSourcePanel;
    root.append(panel);
  }
  panel.source = source;
  panel.requestUpdate();
}

declare global {
  interface HTMLElementTagNameMap {
    'pantau-source-panel': PantauSourcePanel;
  }
}
