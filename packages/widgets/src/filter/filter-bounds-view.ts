/**
 * The range and date-range controls of `<pantau-filter>`: a fieldset with two labelled ends, a
 * message when what was typed cannot be used (`aria-invalid` on that end), the data's own range
 * as a hint, the quick ranges for dates as toggle buttons (`aria-pressed`), and a clear button.
 */

import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BilingualText } from '@pantau/core';
import type { BoundsKind } from './bounds-input.ts';
import type { DatePreset } from './date-presets.ts';
import { FILTER_WORDS, say } from '@pantau/messages';
import type { ViewFrame } from './filter-view.ts';

export type End = 'low' | 'high';

export interface PresetButton {
  preset: DatePreset;
  label: string;
  pressed: boolean;
}

export interface BoundsView extends ViewFrame {
  kind: BoundsKind;
  low: string;
  high: string;
  /** Number ranges: the data's lowest and highest value as placeholders. */
  placeholders: Record<End, string>;
  problem: { text: BilingualText; field: End } | null;
  note: string;
  /** Date ranges only. */
  presets: readonly PresetButton[];
  hasBounds: boolean;
  onTyped(end: End, value: string): void;
  onCommit(): void;
  onPreset(preset: DatePreset): void;
  onClear(): void;
}

export function renderBounds(view: BoundsView): TemplateResult {
  const { ids, title, lang, kind, problem, presets } = view;
  const end = (field: End, value: string) =>
    html`<label class="end">
      <span>${say(FILTER_WORDS, lang, field === 'low' ? 'rangeFrom' : 'rangeTo')}</span>
      <input
        id="${ids}-${field}"
        type=${kind}
        step=${kind === 'number' ? 'any' : nothing}
        inputmode=${kind === 'number' ? 'decimal' : nothing}
        placeholder=${kind === 'number' ? view.placeholders[field] : nothing}
        aria-invalid=${problem?.field === field ? 'true' : 'false'}
        aria-describedby="${ids}-problem ${ids}-note"
        .value=${live(value)}
        @input=${(e: Event) => view.onTyped(field, (e.target as HTMLInputElement).value)}
        @change=${view.onCommit}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') view.onCommit();
        }}
      />
    </label>`;
  return html`<fieldset part="control" class="bounds">
    <legend part="label" class="label">${title}</legend>
    <div class="ends">${end('low', view.low)} ${end('high', view.high)}</div>
    <p class="problem" id="${ids}-problem" aria-live="polite">${problem?.text[lang] ?? ''}</p>
    <p part="note" class="note" id="${ids}-note">${view.note}</p>
    ${
      presets.length === 0
        ? nothing
        : html`<div
            part="presets"
            class="presets"
            role="group"
            aria-label=${say(FILTER_WORDS, lang, 'presets')}
          >
            ${presets.map(
              ({ preset, label, pressed }) =>
                html`<button
                  type="button"
                  aria-pressed=${pressed ? 'true' : 'false'}
                  @click=${() => view.onPreset(preset)}
                >
                  ${label}
                </button>`,
            )}
          </div>`
    }
    <button type="button" class="clear" ?disabled=${!view.hasBounds} @click=${view.onClear}>
      ${say(FILTER_WORDS, lang, 'clear')}
    </button>
  </fieldset>`;
}
