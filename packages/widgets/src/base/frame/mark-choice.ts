/**
 * Choosing marks: Enter or a click tells the page (`pantau-select`, cancellable) and, inside a
 * dashboard, publishes what the mark stands for so the other widgets filter by it (Shift/Ctrl adds
 * to the choice); this widget rings its chosen marks. It re-renders when the dashboard's
 * selection changes (a choice made elsewhere, in a linked filter or from the URL).
 */

import { say, UI } from '@pantau/messages';
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { ChartOutput } from '@pantau/charts';
import type { BilingualText, FilterClause, Lang, Row, Selection } from '@pantau/core';
import { chosenValues, isChosen, markName, toggleMark } from '../mark-selection.ts';
import { styleProps } from '../style-props.ts';
import { widgetEvent } from '../widget-event.ts';

export interface MarkChoiceHost extends ReactiveControllerHost, HTMLElement {
  readonly effectiveLang: Lang;
  readonly data: readonly Row[];
}

/** What choosing asks of the element (its hooks decide what a choice publishes). */
export interface MarkChoiceOptions {
  /** The drawing on screen (ChartDrawing), read when needed. */
  drawing: { readonly output: ChartOutput | null };
  /** The dashboard's selection; undefined outside a dashboard. */
  selection(): Selection | undefined;
  /** This widget's own clauses, as published. */
  own(): readonly FilterClause[];
  /** Its clauses as its marks stand for them (see PantauChartElement.chosenClauses). */
  chosen(): readonly FilterClause[];
  /** Turns chosen clauses into those to publish (see PantauChartElement.publishedClauses). */
  published(clauses: FilterClause[]): FilterClause[];
  publish(clauses: readonly FilterClause[], label?: BilingualText): void;
  announce(text: string): void;
}

export class MarkChoice implements ReactiveController {
  readonly #host: MarkChoiceHost;
  readonly #options: MarkChoiceOptions;
  #watched: Selection | undefined;
  readonly #onSelection = (): void => this.#host.requestUpdate();

  constructor(host: MarkChoiceHost, options: MarkChoiceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#watch();
  }

  hostUpdate(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    this.#watched?.removeEventListener('change', this.#onSelection);
    this.#watched = undefined;
  }

  /**
   * Chooses the drawing's mark `index`: tells the page and, unless it cancels the event or the
   * widget is alone, publishes the new choice and says it in the live region.
   */
  choose(index: number, additive: boolean): void {
    const marks = this.#options.drawing.output?.marks ?? [];
    const mark = marks[index];
    if (mark === undefined) return;
    const selection = mark.selection ?? {};
    const detail = { selection, row: this.#host.data[mark.index] ?? null, label: mark.label };
    const proceed = this.#host.dispatchEvent(widgetEvent('pantau-select', detail, true));
    if (!proceed || !this.#options.selection() || Object.keys(selection).length === 0) return;
    const clauses = toggleMark(this.#options.chosen(), mark, additive);
    const chosen = chosenValues(clauses);
    const names = marks
      .filter((m) => isChosen(m, chosen))
      .map(markName)
      .join(', ');
    const label = names !== '' ? { id: names, en: names } : undefined;
    this.#options.publish(this.#options.published(clauses), label);
    const lang = this.#host.effectiveLang;
    this.#options.announce(
      clauses.length === 0
        ? say(UI, lang, 'selectionCleared')
        : `${say(UI, lang, 'selected')}: ${names}. ${say(UI, lang, 'othersFiltered')}`,
    );
  }

  /** Drops this widget's choice (Escape on its plot); false when it had none. */
  clear(): boolean {
    if (this.#options.own().length === 0) return false;
    this.#options.publish([]);
    this.#options.announce(say(UI, this.#host.effectiveLang, 'selectionCleared'));
    return true;
  }

  /** Rings around this widget's chosen marks: the others are filtered by them, this one is not. */
  renderRings(output: ChartOutput): TemplateResult[] {
    const chosen = chosenValues(this.#options.chosen());
    if (chosen.size === 0) return [];
    return output.marks
      .filter((m) => isChosen(m, chosen))
      .map(({ box }) => {
        const ring = {
          left: `${box.x - 2}px`,
          top: `${box.y - 2}px`,
          width: `${box.width + 4}px`,
          height: `${box.height + 4}px`,
        };
        return html`<div class="chosen-ring" aria-hidden="true" style=${styleProps(ring)}></div>`;
      });
  }

  /** Re-query (others' choices) or re-ring (own) whenever the dashboard's selection changes. */
  #watch(): void {
    const selection = this.#host.isConnected ? this.#options.selection() : undefined;
    if (selection === this.#watched) return;
    this.#watched?.removeEventListener('change', this.#onSelection);
    selection?.addEventListener('change', this.#onSelection);
    this.#watched = selection;
  }
}
