/**
 * The drawn table's rows as laid out, read after the browser's layout: a ResizeObserver reports
 * a node it starts observing once the frame has laid it out, when reading boxes costs nothing.
 * Measuring in the element's `updated` forced a layout of the whole page in the middle of the
 * other widgets' updates (issue 13's profile: 5-6 ms of every cross-filter interaction).
 */

import type { ChartOutput } from '@pantau/charts';

const HEIGHT_PROPERTY = '--pantau-table-drawn-height';

export class RowLayout {
  #observer: ResizeObserver | undefined;
  #output: ChartOutput | null = null;
  /** The drawn table's height after its last layout (px), for the skeleton of a re-query. */
  #height = 0;

  readonly #onMeasured: () => void;

  /** `onMeasured` runs after each measurement (to re-place rings drawn on estimated boxes). */
  constructor(onMeasured: () => void) {
    this.#onMeasured = onMeasured;
  }

  /** The drawing measured after each layout. */
  get watching(): ChartOutput | null {
    return this.#output;
  }

  /**
   * Watches a new drawing once it is on the page. A redraw patches the table on screen (the same
   * node): observing it afresh makes the observer report it after the next layout again.
   */
  observe(output: ChartOutput): void {
    this.#output = output;
    this.#observer ??= new ResizeObserver(() => this.#measure());
    this.#observer.disconnect();
    this.#observer.observe(output.node);
  }

  /** Watches the current drawing again (the element reconnected). */
  resume(): void {
    if (this.#output !== null) this.observe(this.#output);
  }

  disconnect(): void {
    this.#observer?.disconnect();
  }

  /**
   * Holds the last drawn height on `host` while a re-query's skeleton or a message stands in for
   * the rows (see the styles); while drawn, the table sizes itself. Call before layout (in
   * `updated`): it writes from the last measurement and never reads layout.
   */
  holdHeight(host: HTMLElement, drawn: boolean): void {
    const height = !drawn && this.#height > 0 ? `${this.#height}px` : '';
    if (host.style.getPropertyValue(HEIGHT_PROPERTY) === height) return;
    if (height === '') host.style.removeProperty(HEIGHT_PROPERTY);
    else host.style.setProperty(HEIGHT_PROPERTY, height);
  }

  /** Marks' boxes from the laid-out rows, so the focus ring sits on the row whatever the font. */
  #measure(): void {
    const output = this.#output;
    if (output === null || !output.node.isConnected) return;
    const origin = output.node.getBoundingClientRect();
    this.#height = Math.ceil(origin.height);
    const rows = output.node.querySelectorAll('tbody tr');
    output.marks.forEach((mark, i) => {
      const box = rows[i]?.getBoundingClientRect();
      if (box === undefined) return;
      mark.box = {
        x: box.left - origin.left,
        y: box.top - origin.top,
        width: box.width,
        height: box.height,
      };
    });
    this.#onMeasured();
  }
}
