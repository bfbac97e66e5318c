/**
 * The first-view snapshot as the element shows it: while its figures stand unchecked, the host
 * carries the `provisional` attribute (for page CSS) and a visible note says when they were taken.
 * What a snapshot answers, and when the live query replaces it, is QueryController's.
 */

import { type ReactiveController, type ReactiveElement } from 'lit';
import type { Lang } from '@pantau/core';

export class ProvisionalView implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #shown: () => boolean;
  readonly #note: (lang: Lang) => string | null;

  /**
   * `shown`: whether the figures on screen are the snapshot's (one that cannot be drawn is not
   * shown); `note`: the query controller's words for when it was taken. Added before the query
   * controller, so the attribute follows this update's drawing, as the note does.
   */
  constructor(host: ReactiveElement, shown: () => boolean, note: (lang: Lang) => string | null) {
    this.#host = host;
    this.#shown = shown;
    this.#note = note;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#host.toggleAttribute('provisional', this.#shown());
  }

  /** The note under a drawing of the snapshot's figures; null when the figures are live. */
  note(lang: Lang): string | null {
    return this.#shown() ? this.#note(lang) : null;
  }
}
