import { css } from 'lit';

/** Buttons over a series legend's items (see legend-select.ts): invisible until hovered or focused. */
export const legendSelectStyles = css`
  .legend-button {
    position: absolute;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    background: transparent;
    border: 2px solid transparent;
    border-radius: 3px;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .legend-button:hover {
    border-color: var(--pantau-chart-border);
  }
  .legend-button[aria-pressed='true'] {
    border: 2px dashed var(--pantau-chart-text);
  }
  .legend-button:focus-visible {
    outline: 2px solid var(--pantau-chart-focus);
    outline-offset: 1px;
  }
`;
