/**
 * The widget's live region: what a screen reader hears when a mark is focused or chosen, a
 * selection cleared or a download failed. A new sentence asks the host for an update with no
 * changed property, which re-renders the region and keeps the drawing (ChartDrawing.needed).
 * It has no lifecycle of its own (nothing to let go of), so it is not added as a controller.
 */

import { html, type ReactiveControllerHost } from 'lit';

export class Announcer {
  #text = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Says `text` in the widget's live region. */
  say(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#host.requestUpdate();
  }

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#text}</div>`;
  }
}
