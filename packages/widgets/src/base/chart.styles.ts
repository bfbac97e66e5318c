import { css } from 'lit';

/** The frame every chart shares: heading, states, plot, focus ring, tooltip, summary, table. */
export const chartStyles = css`
  :host {
    --pantau-chart-background: var(--pantau-sys-surface, #ffffff);
    --pantau-chart-text: var(--pantau-sys-text, #1f2937);
    --pantau-chart-muted: var(--pantau-sys-text-muted, #4b5563);
    --pantau-chart-border: var(--pantau-sys-border, #d1d5db);
    --pantau-chart-radius: var(--pantau-sys-radius, 8px);
    --pantau-chart-focus: var(--pantau-sys-focus, #1d4ed8);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--pantau-chart-text);
    font-family: var(--pantau-sys-font, system-ui, sans-serif);
    font-size: 14px;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    background: var(--pantau-chart-background);
    border: 1px solid var(--pantau-chart-border);
    border-radius: var(--pantau-chart-radius);
    padding: 16px;
    height: 100%;
    box-sizing: border-box;
  }
  header {
    margin-bottom: 8px;
  }
  .title {
    font-size: 1.05rem;
    font-weight: 650;
    margin: 0;
  }
  .description {
    margin: 2px 0 0;
    color: var(--pantau-chart-muted);
    font-size: 0.875rem;
  }
  .frame {
    position: relative;
    height: var(--pantau-chart-height, 300px);
    min-width: 0;
  }
  /* An error or empty message takes the room it needs: a long error in a small tile is read
     whole, neither clipped nor in a scroll box a keyboard cannot reach. */
  .frame.message {
    height: auto;
    min-height: 160px;
  }
  .frame.message > .state {
    min-height: 160px;
  }
  .plot {
    position: relative;
    height: 100%;
    outline: none;
    border-radius: 4px;
  }
  /* Below the drawing, not over it: it hides no figure, and the chart keeps its size when it goes. */
  .snapshot-note {
    margin: 8px 0 0;
    padding-inline-start: 8px;
    border-inline-start: 3px dashed var(--pantau-chart-border);
    color: var(--pantau-chart-text);
    font-size: 0.8125rem;
  }
  .plot.stale {
    opacity: 0.55;
    transition: opacity 0.2s ease 0.15s;
  }
  .plot:focus-visible {
    box-shadow: 0 0 0 3px var(--pantau-chart-focus);
  }
  .plot > svg,
  .plot > div {
    display: block;
  }
  .chosen-ring {
    position: absolute;
    pointer-events: none;
    border: 2px dashed var(--pantau-chart-text);
    border-radius: 3px;
  }
  .focus-ring {
    position: absolute;
    pointer-events: none;
    border: 2px solid var(--pantau-chart-focus);
    border-radius: 3px;
    box-shadow: 0 0 0 2px var(--pantau-chart-background);
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: 220px;
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--pantau-chart-text);
    color: var(--pantau-chart-background);
    font-size: 0.8125rem;
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
  }
  .tooltip[hidden] {
    display: none;
  }
  .state {
    height: 100%;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    text-align: center;
    gap: 4px;
    color: var(--pantau-chart-muted);
  }
  .state p {
    margin: 0;
    max-width: 48ch;
  }
  .state-title {
    font-weight: 650;
    color: var(--pantau-chart-text);
  }
  /* A long token (a column name, an address) wraps anywhere: in a narrow card the message stays
     in its box instead of running into the next card. */
  .error {
    border: 1px solid var(--pantau-sys-error, #b91c1c);
    border-left-width: 4px;
    border-radius: 4px;
    padding: 12px;
    box-sizing: border-box;
    overflow-wrap: anywhere;
    align-items: flex-start;
    text-align: left;
    color: var(--pantau-chart-text);
  }
  .error .state-title {
    color: var(--pantau-sys-error, #b91c1c);
  }
  .skeleton {
    width: 100%;
    height: 100%;
    border-radius: 4px;
    background: linear-gradient(
      90deg,
      var(--pantau-sys-surface-muted, #f3f4f6) 25%,
      var(--pantau-chart-background) 50%,
      var(--pantau-sys-surface-muted, #f3f4f6) 75%
    );
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.875rem;
    color: var(--pantau-chart-muted);
  }
  .toolbar {
    position: relative;
    margin-top: 8px;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    color: var(--pantau-chart-text);
    background: var(--pantau-chart-background);
    border: 1px solid var(--pantau-chart-border);
    border-radius: 4px;
    padding: 4px 10px;
    min-height: 28px;
    cursor: pointer;
  }
  button:hover {
    background: var(--pantau-sys-surface-muted, #f3f4f6);
  }
  button:disabled {
    color: var(--pantau-chart-muted);
    border-style: dashed;
    background: var(--pantau-chart-background);
    cursor: not-allowed;
  }
  button:focus-visible {
    outline: 3px solid var(--pantau-chart-focus);
    outline-offset: 1px;
  }
  .data-table {
    margin-top: 8px;
    overflow: auto;
    max-height: 360px;
  }
  .data-table[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.8125rem;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 4px;
  }
  th,
  td {
    text-align: left;
    padding: 4px 8px;
    border-bottom: 1px solid var(--pantau-chart-border);
  }
  /* Chromium 156's own rule for thead (a break-inside that depends on print, written as a CSS
     if(media(...))) leaves one media query object in the document's style engine, for the
     page's life, each time a thead is styled: one per redraw of a table, without end (issue 17
     item 7, bench/soak). Ours wins the cascade, so Chromium's is never evaluated; print keeps
     its header rows together below. */
  thead {
    break-inside: auto;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--pantau-chart-background);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    .plot.stale {
      transition: none;
    }
  }
  @media print {
    .widget {
      border-color: #999;
      break-inside: avoid;
    }
    .toolbar,
    .focus-ring,
    .tooltip {
      display: none;
    }
    .data-table[hidden] {
      display: block;
    }
    thead {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .focus-ring {
      border-color: Highlight;
    }
  }
`;
