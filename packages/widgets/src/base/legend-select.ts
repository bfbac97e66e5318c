/**
 * A series legend as a selector: a click on a legend item (or Enter on it) publishes its series
 * to the dashboard, as a click on a mark does. The SVG legend stays the drawing (exports keep it);
 * transparent buttons lie over its items. They are one tab stop, a toolbar whose arrow keys move
 * between items (roving tabindex), so a legend of twelve series does not add twelve tab stops.
 */

import { UI, sayBoth } from '@pantau/messages';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from './style-props.ts';
import type { Box, ChartMark, LegendItem } from '@pantau/charts';
import type { FilterClause, Lang } from '@pantau/core';
import type { SelectDetail } from './widget-base.ts';
import { widgetEvent } from './widget-event.ts';
import { chosenValues, isChosen, toggleMark } from './mark-selection.ts';

export interface LegendEntry {
  /** The series' value as the data holds it (what the clause compares with). */
  value: unknown;
  label: string;
  /** Where the renderer drew the item. */
  box: Box;
}

const WORDS = sayBoth(UI, 'legendChooseSeriesFilter');

/** Room around an item's swatch and label that still belongs to its button, px. */
const PAD = 3;

/**
 * The series items the renderer drew (those with a box, in series order), paired with the series'
 * raw values; the "belum input" item and items left out for room are not choosable.
 */
export function legendEntries(
  legend: readonly LegendItem[] | undefined,
  values: readonly unknown[],
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  (legend ?? []).slice(0, values.length).forEach((item, i) => {
    if (item.box !== undefined)
      entries.push({ value: values[i], label: item.label, box: item.box });
  });
  return entries;
}

/** One button per series across redraws, so focus stays on its series when others reorder. */
function seriesKey(value: unknown): string {
  return value instanceof Date ? `d:${value.getTime()}` : `${typeof value}:${String(value)}`;
}

function seriesMark(column: string, value: unknown): ChartMark {
  return {
    index: -1,
    label: '',
    box: { x: 0, y: 0, width: 0, height: 0 },
    selection: { [column]: value },
  };
}

/**
 * The widget's clauses after choosing a series: that column's values change as a mark's would
 * (plain: that series alone, or none if it was the only one; additive: joins or leaves), and the
 * widget's other clauses (a brushed range, chosen bars) stay.
 */
export function toggleSeries(
  own: readonly FilterClause[],
  column: string,
  value: unknown,
  additive: boolean,
): FilterClause[] {
  const same = (c: FilterClause) => c.column.toLowerCase() === column.toLowerCase();
  const next = toggleMark(own.filter(same), seriesMark(column, value), additive);
  return [...own.filter((c) => !same(c)), ...next];
}

/** Whether the series `value` is among the widget's chosen values of `column`. */
export function seriesChosen(
  own: readonly FilterClause[],
  column: string,
  value: unknown,
): boolean {
  return isChosen(seriesMark(column, value), chosenValues(own));
}

export class LegendSelect {
  /** The item that holds the legend's one tab stop. */
  #active = 0;

  /**
   * @param onChoose An item was clicked or pressed (`additive`: with Shift, Ctrl or Cmd).
   * @param changed The roving focus moved: re-render the buttons (not the chart).
   */
  constructor(
    private readonly onChoose: (entry: LegendEntry, additive: boolean) => void,
    private readonly changed: () => void,
  ) {}

  /** The buttons over the legend's items; nothing without choosable items. */
  render(entries: readonly LegendEntry[], chosen: (entry: LegendEntry) => boolean, lang: Lang) {
    if (entries.length === 0) return nothing;
    const active = Math.min(this.#active, entries.length - 1);
    return html`<div
      class="legend-select"
      role="toolbar"
      aria-label=${WORDS[lang]}
      @keydown=${this.#onKeyDown}
    >
      ${repeat(
        entries,
        (entry) => seriesKey(entry.value),
        (entry, i) => {
          const { x, y, width, height } = entry.box;
          const place = {
            left: `${x - PAD}px`,
            top: `${y - PAD}px`,
            width: `${width + 2 * PAD}px`,
            height: `${height + 2 * PAD}px`,
          };
          return html`<button
            type="button"
            class="legend-button"
            tabindex=${i === active ? '0' : '-1'}
            aria-pressed=${chosen(entry) ? 'true' : 'false'}
            style=${styleProps(place)}
            @pointerdown=${stop}
            @click=${(e: MouseEvent) => {
              // The plot under the legend must not also take the click as a mark's.
              e.stopPropagation();
              this.#active = i;
              this.onChoose(entry, e.shiftKey || e.ctrlKey || e.metaKey);
            }}
          >
            <span class="visually-hidden">${entry.label}</span>
          </button>`;
        },
      )}
    </div>`;
  }

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    // Tab leaves the legend; Esc goes on to the plot, which clears the choice.
    if (e.key === 'Tab' || e.key === 'Escape') return;
    // Enter and Space press the button; none of the plot's own keys may act as well.
    e.stopPropagation();
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
    const n = buttons.length;
    const here = Math.min(this.#active, n - 1);
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (here + 1) % n;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (here - 1 + n) % n;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.#active = next;
    buttons[next]?.focus();
    this.changed();
  };
}

/** `pantau-select` for a choice that is not one mark (a legend item, a brushed range). */
export function selectEvent(detail: SelectDetail): CustomEvent<SelectDetail> {
  return widgetEvent('pantau-select', detail, true);
}

function stop(e: Event): void {
  // A press on the legend is not the start of a brush on the plot beneath.
  e.stopPropagation();
}
