/**
 * Keyboard marks whose label is written on first read. A dense chart has thousands of marks
 * (a heatmap cell each, a line point each), but a label is read only when its mark is focused,
 * hovered, chosen or announced: writing them all up front (a formatted value and period per mark)
 * was most of a dense chart's draw. The label text is exactly what an eager one would be; it is
 * computed once, then kept.
 *
 * A class rather than an object literal with a getter: V8 builds a literal's accessor pair per
 * object, about ten times slower than one prototype getter (measured for 16,704 line points:
 * 4.6 ms against 0.7 ms). The cost: `label` is not an own property, so `{ ...mark }` and
 * `Object.keys(mark)` leave it out. Read `mark.label`; `JSON.stringify` includes it (toJSON).
 */

import type { Box, ChartMark } from './types.ts';

/** Writes the label of the mark made with `key` (a cell or point number the renderer chose). */
export type MarkLabeller = (key: number) => string;

export class LazyMark implements ChartMark {
  index: number;
  box: Box;
  row?: number;
  col?: number;
  selection?: Readonly<Record<string, unknown>>;
  #label: string | undefined;
  #write: MarkLabeller | undefined;
  readonly #key: number;

  /**
   * One labeller serves every mark of a chart (no closure per mark); `key` tells it which mark
   * this is. Widgets rewrite `index` and `selection` after drawing, so the key is kept apart.
   */
  constructor(
    index: number,
    box: Box,
    row: number | undefined,
    col: number | undefined,
    selection: Readonly<Record<string, unknown>> | undefined,
    write: MarkLabeller,
    key: number,
  ) {
    this.index = index;
    this.box = box;
    if (row !== undefined) this.row = row;
    if (col !== undefined) this.col = col;
    if (selection !== undefined) this.selection = selection;
    this.#write = write;
    this.#key = key;
  }

  get label(): string {
    if (this.#label === undefined) {
      this.#label = this.#write!(this.#key);
      // The labeller holds the chart's data; a mark whose label exists no longer needs it.
      this.#write = undefined;
    }
    return this.#label;
  }

  set label(text: string) {
    this.#label = text;
    this.#write = undefined;
  }

  toJSON(): ChartMark {
    const { index, label, box, row, col, selection } = this;
    return {
      index,
      label,
      box,
      ...(row === undefined ? {} : { row }),
      ...(col === undefined ? {} : { col }),
      ...(selection === undefined ? {} : { selection }),
    };
  }
}
