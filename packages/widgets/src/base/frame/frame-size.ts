/**
 * The drawing area's size, as a ReactiveController around one ResizeObserver (the part Lit's
 * `@lit-labs/observers` ResizeController would give, without the dependency). It observes the
 * element's `.frame` once rendered, and lets go of it when the element leaves the page.
 */

import type { ReactiveController, ReactiveElement } from 'lit';

/** Drawn at this size while hidden (display: none, a closed tab); the real one when shown. */
const FALLBACK_SIZE = { width: 640, height: 300 };

export class FrameSize implements ReactiveController {
  /** Whole pixels; zero until the first observation. */
  size = { width: 0, height: 0 };
  /** Set when `size` changed since the last draw: the drawing must be made again. */
  changed = false;

  readonly #host: ReactiveElement;
  readonly #onResize: () => void;
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;

  /**
   * `onResize` runs on every observation, before the size is read (a ResizeObserver callback:
   * layout is done, so reading computed style there costs nothing).
   */
  constructor(host: ReactiveElement, onResize: () => void) {
    this.#host = host;
    this.#onResize = onResize;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => this.#resized(entries));
    // Back on the page (moved in the DOM): the frame rendered before is watched again.
    if (this.#observed !== null) this.#observer.observe(this.#observed);
  }

  hostUpdated(): void {
    if (this.#observed !== null) return;
    const frame = this.#host.renderRoot.querySelector('.frame');
    if (frame === null) return;
    this.#observed = frame;
    this.#observer?.observe(frame);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #resized(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (box === undefined) return;
    this.#onResize();
    let width = Math.floor(box.width);
    let height = Math.floor(box.height);
    if (width <= 0 || height <= 0) {
      if (this.size.width > 0) return;
      ({ width, height } = FALLBACK_SIZE);
    }
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.changed = true;
    this.#host.requestUpdate();
  }
}
