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
`;
