import { css } from 'lit';

/**
 * Buttons over a series legend's items (see legend-select.ts): invisible until hovered, focused
 * or pressed. Scoped under `.legend-select` so the toolbar's button look (`button`, `button:hover`
 * in chart.styles.ts) does not paint over the legend drawn beneath.
 */
export const legendSelectStyles = css`
  .legend-select .legend-button,
  .legend-select .legend-button:hover {
    position: absolute;
    box-sizing: border-box;
    min-height: 0;
    margin: 0;
    padding: 0;
    background: transparent;
    border: 2px solid transparent;
    border-radius: 3px;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .legend-select .legend-button:hover {
    border-color: var(--pantau-chart-border);
  }
  .legend-select .legend-button[aria-pressed='true'] {
    border: 2px dashed var(--pantau-chart-text);
  }
  .legend-select .legend-button:focus-visible {
    outline: 2px solid var(--pantau-chart-focus);
    outline-offset: 1px;
  }
`;
