/**
 * The frame's templates that hold no state: the heading, the messages that stand in for a
 * drawing (error, empty, loading) and the focus ring with its tooltip.
 */

import { say, UI } from '@pantau/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartMark } from '@pantau/charts';
import type { Lang, PantauError } from '@pantau/core';
import { canRetry } from '../errors.ts';
import { styleProps } from '../style-props.ts';

export interface Heading {
  title: string;
  description: string;
  /** 2 to 6; anything else reads as 3. */
  level: number;
  /** The heading's id (the section's aria-labelledby). */
  id: string;
}

export function renderHeader({ title, description, level, id }: Heading) {
  if (!title && !description) return nothing;
  const ariaLevel = Math.min(6, Math.max(2, Math.trunc(level) || 3));
  return html`<header>
    ${
      title
        ? html`<div part="title" class="title" role="heading" aria-level=${ariaLevel} id=${id}>
            ${title}
          </div>`
        : nothing
    }
    ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
  </header>`;
}

/** What the frame shows in place of a drawing: why it failed (with Retry), none, or a skeleton. */
export function renderMessage(
  status: 'error' | 'empty' | 'loading',
  lang: Lang,
  error: PantauError | null,
  retry: () => void,
): TemplateResult {
  if (status === 'error') {
    return html`<div class="state error" role="alert">
      <p class="state-title">${say(UI, lang, 'errorTitle')}</p>
      <p>${error?.messageIn(lang) ?? ''}</p>
      ${error ? html`<p class="code">${say(UI, lang, 'errorCode')}: ${error.code}</p>` : nothing}
      ${
        canRetry(error)
          ? html`<button part="retry" type="button" @click=${retry}>
              ${say(UI, lang, 'retry')}
            </button>`
          : nothing
      }
    </div>`;
  }
  if (status === 'empty') {
    return html`<div class="state empty">
      <p class="state-title">${say(UI, lang, 'empty')}</p>
      <p>${say(UI, lang, 'emptyHint')}</p>
    </div>`;
  }
  return html`<div class="state loading">
    <div class="skeleton" aria-hidden="true"></div>
    <span class="visually-hidden">${say(UI, lang, 'loading')}</span>
  </div>`;
}

/** The focused mark's ring and its tooltip, flipped above the mark near the frame's bottom. */
export function renderFocus(
  mark: ChartMark,
  size: { width: number; height: number },
  tooltip: boolean,
): TemplateResult {
  const { x, y, width, height } = mark.box;
  // styleProps writes through CSSOM only, which a strict `style-src` (no 'unsafe-inline') allows.
  const ring = {
    left: `${x - 3}px`,
    top: `${y - 3}px`,
    width: `${width + 6}px`,
    height: `${height + 6}px`,
  };
  const below = y + height + 8;
  const flip = below > size.height - 40;
  const tip = {
    left: `${Math.max(0, Math.min(x, size.width - 220))}px`,
    top: `${flip ? Math.max(0, y - 44) : below}px`,
  };
  return html`<div class="focus-ring" aria-hidden="true" style=${styleProps(ring)}></div>
    <div part="tooltip" class="tooltip" role="tooltip" ?hidden=${!tooltip} style=${styleProps(tip)}>
      ${mark.label}
    </div>`;
}
