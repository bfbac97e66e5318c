/**
 * The parts every kind of `<pantau-filter>` shares: what a view is given, the note under a
 * control, and the loading and error states. Views are functions of what they are given; the
 * element keeps the state and does the publishing.
 */

import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, PantauError } from '@pantau/core';
import { FILTER_WORDS, say } from '@pantau/messages';
import { canRetry } from '../base/errors.ts';

export interface ViewFrame {
  /** Prefix of the element's ids (unique per filter on the page). */
  ids: string;
  /** The visible label. */
  title: string;
  lang: Lang;
}

/** A hint under the control, referenced by `aria-describedby` as `<ids>-note`. */
export function renderNote(ids: string, text: string): TemplateResult | typeof nothing {
  return text === '' ? nothing : html`<p part="note" class="note" id="${ids}-note">${text}</p>`;
}

export function renderLoading({ title, lang }: ViewFrame): TemplateResult {
  return html`<p part="label" class="label">${title}</p>
    <div class="skeleton" aria-hidden="true"></div>
    <span class="visually-hidden">${say(FILTER_WORDS, lang, 'loadingOptions')}</span>`;
}

/**
 * What went wrong and how to fix it, in the filter's language (`role="alert"`), with a Retry
 * button when trying again may help (`retry` absent: never).
 */
export function renderError(
  { title, lang }: ViewFrame,
  error: PantauError | null,
  retry?: () => void,
): TemplateResult {
  return html`<p part="label" class="label">${title || 'Filter'}</p>
    <div part="error" class="error" role="alert">
      <p class="error-title">${say(FILTER_WORDS, lang, 'filterErrorTitle')}</p>
      <p>${error?.messageIn(lang) ?? ''}</p>
      ${error ? html`<p class="code">${say(FILTER_WORDS, lang, 'errorCode')}: ${error.code}</p>` : nothing}
      ${
        retry !== undefined && canRetry(error)
          ? html`<button part="retry" type="button" @click=${retry}>
              ${say(FILTER_WORDS, lang, 'retry')}
            </button>`
          : nothing
      }
    </div>`;
}
