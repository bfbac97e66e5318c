/**
 * Moving between a drawing's marks: one tab stop, arrow keys (and Home/End) from mark to mark,
 * the pointer over a mark (or within 12 px of it), Enter or a click to choose it, Escape to hide
 * the tooltip or drop this widget's choice. It keeps which mark has the focus ring and whether its
 * tooltip shows; what a choice does is the host's (see MarkChoice).
 */

import type { ReactiveControllerHost } from 'lit';
import { NAVIGATION_KEYS, nextMarkIndex, type ChartOutput } from '@pantau/charts';
import { formatNumber, type Lang } from '@pantau/core';

export interface MarkNavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly effectiveLang: Lang;
}

/** What the navigation asks of the element it serves. */
export interface MarkNavigationOptions {
  /** The drawing on screen (ChartDrawing), read when needed. */
  drawing: { readonly output: ChartOutput | null };
  /** A chart's own gestures, asked first: true when the event was theirs (a line's brush). */
  keyDown(e: KeyboardEvent): boolean;
  pointerDown(e: PointerEvent): void;
  click(e: MouseEvent): boolean;
  /** Enter, Space or a click on a mark (Shift/Ctrl/Cmd: `additive`). */
  choose(index: number, additive: boolean): void;
  /** Escape with no tooltip up: drops this widget's choice; false when it had none. */
  clearChoice(): boolean;
  announce(text: string): void;
}

export class MarkNavigation {
  /** The focused mark's index in the drawing's marks, or -1. */
  active = -1;
  /** Whether the focused mark's tooltip shows. */
  tooltip = false;

  readonly #host: MarkNavigationHost;
  readonly #options: MarkNavigationOptions;

  constructor(host: MarkNavigationHost, options: MarkNavigationOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** A new drawing with fewer marks: the ring does not stay on a mark that is gone. */
  drawn(marks: number): void {
    if (this.active >= marks) this.active = -1;
  }

  /** Moves the focus ring and tooltip to a mark and announces it, as the arrow keys do. */
  focus(index: number): void {
    const marks = this.#options.drawing.output?.marks ?? [];
    const mark = marks[index];
    if (mark === undefined) return;
    this.#set(index, true);
    const lang = this.#host.effectiveLang;
    const [at, of] = [index + 1, marks.length].map((n) => formatNumber(n, lang));
    const position = lang === 'id' ? `${at} dari ${of}` : `${at} of ${of}`;
    this.#options.announce(`${mark.label} (${position})`);
  }

  readonly keyDown = (e: KeyboardEvent): void => {
    if (this.#options.keyDown(e)) return;
    if (e.key === 'Escape') {
      if (this.tooltip) {
        this.#set(this.active, false);
        e.stopPropagation();
      } else if (this.#options.clearChoice()) {
        e.stopPropagation();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      if (this.active >= 0) {
        e.preventDefault();
        this.#options.choose(this.active, e.shiftKey || e.ctrlKey || e.metaKey);
      }
      return;
    }
    if (!NAVIGATION_KEYS.includes(e.key)) return;
    e.preventDefault();
    this.focus(nextMarkIndex(this.#options.drawing.output?.marks ?? [], this.active, e.key));
  };

  readonly focusIn = (): void => {
    if (this.active >= 0) this.#set(this.active, true);
  };

  readonly blur = (): void => this.#set(this.active, false);

  readonly pointerMove = (e: PointerEvent): void => {
    const index = this.#markAt(e);
    this.#set(index < 0 ? this.active : index, index >= 0);
  };

  readonly pointerLeave = (): void => {
    if (!this.#host.matches(':focus-within')) this.#set(this.active, false);
  };

  readonly pointerDown = (e: PointerEvent): void => this.#options.pointerDown(e);

  readonly click = (e: MouseEvent): void => {
    if (this.#options.click(e)) return;
    const index = this.#markAt(e);
    if (index >= 0) this.#options.choose(index, e.shiftKey || e.ctrlKey || e.metaKey);
  };

  #set(active: number, tooltip: boolean): void {
    if (active === this.active && tooltip === this.tooltip) return;
    this.active = active;
    this.tooltip = tooltip;
    this.#host.requestUpdate();
  }

  /** The mark under the pointer, or the nearest within 12 px (points and thin bars). */
  #markAt(e: MouseEvent): number {
    const output = this.#options.drawing.output;
    if (!output?.node) return -1;
    const origin = output.node.getBoundingClientRect();
    const px = e.clientX - origin.left;
    const py = e.clientY - origin.top;
    let best = -1;
    let bestDistance = 12;
    output.marks.forEach((mark, i) => {
      const { x, y, width, height } = mark.box;
      const dx = Math.max(x - px, 0, px - (x + width));
      const dy = Math.max(y - py, 0, py - (y + height));
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance || (distance === 0 && bestDistance === 0)) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }
}
