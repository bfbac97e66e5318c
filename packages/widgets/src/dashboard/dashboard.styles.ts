import { css, unsafeCSS } from 'lit';
import { darkTokens, lightTokens } from '../base/tokens.ts';

export const dashboardStyles = css`
  :host {
    ${unsafeCSS(lightTokens.cssText)}
    display: block;
    color: var(--pantau-sys-text);
    font-family: var(--pantau-sys-font);
  }
  :host([theme='dark']) {
    ${unsafeCSS(darkTokens.cssText)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(darkTokens.cssText)}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 8px;
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--pantau-sys-border);
    border-radius: var(--pantau-sys-radius);
    background: var(--pantau-sys-surface);
    font-size: 0.875rem;
  }
  .filters[hidden] {
    display: none;
  }
  .filters ul {
    display: contents;
    list-style: none;
  }
  .filters li {
    display: inline;
  }
  /* A clause that filters nothing: dashed and in italics, beside its words "not applied". */
  .filters li.not-applied button {
    border-style: dashed;
    font-style: italic;
  }
  .filters-title {
    font-weight: 600;
  }
  .filters button {
    font: inherit;
    display: inline-flex;
    gap: 6px;
    align-items: center;
    color: var(--pantau-sys-text);
    background: var(--pantau-sys-surface-muted);
    border: 1px solid var(--pantau-sys-border);
    border-radius: 999px;
    padding: 2px 10px;
    min-height: 28px;
    cursor: pointer;
  }
  .filters button.reset {
    background: transparent;
    text-decoration: underline;
    border-color: transparent;
  }
  .filters button:focus-visible {
    outline: 3px solid var(--pantau-sys-focus);
    outline-offset: 1px;
  }
  @media print {
    .filters button span[aria-hidden] {
      display: none;
    }
    .filters button.reset {
      display: none;
    }
  }
`;
