import { css } from 'lit';

/**
 * The table's own tier. Row and heading heights match the renderer's TABLE_ROW_HEIGHT and
 * TABLE_HEADER_HEIGHT (marks' boxes before layout); the caption is for assistive technology, the
 * widget's heading already shows the title.
 */
export const tableStyles = css`
  :host {
    --pantau-table-stripe: var(--pantau-sys-surface-muted, #f3f4f6);
  }
  .frame {
    height: var(--pantau-table-height, auto);
    /* The last page's height (set by the element), so a re-query's skeleton does not collapse
       the page around it between two pages of rows. */
    min-height: var(--pantau-table-drawn-height, 120px);
  }
  .plot {
    overflow-x: auto;
  }
  /* The frame has no fixed height: give the loading skeleton the height it would fill. */
  .skeleton {
    min-height: var(--pantau-table-drawn-height, 120px);
  }
  .pantau-table table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  .pantau-table caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .pantau-table thead th {
    height: 36px;
    padding: 0;
    border-bottom: 2px solid var(--pantau-chart-border);
    vertical-align: bottom;
  }
  .pantau-table thead th button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 34px;
    padding: 6px 8px;
    font-weight: 650;
    cursor: pointer;
    border-radius: 3px;
  }
  .pantau-table thead th.num button {
    text-align: right;
  }
  .pantau-table thead th button:hover {
    background: var(--pantau-table-stripe);
  }
  .pantau-table thead th button:focus-visible {
    outline: 3px solid var(--pantau-chart-focus);
    outline-offset: -3px;
  }
  .pantau-table .sort-indicator {
    color: var(--pantau-chart-muted);
  }
  .pantau-table tbody tr {
    height: 32px;
  }
  .pantau-table tbody tr:nth-child(even) {
    background: var(--pantau-table-stripe);
  }
  .pantau-table tbody th {
    font-weight: 500;
  }
  .pantau-table th,
  .pantau-table td {
    text-align: left;
    padding: 4px 8px;
    border-bottom: 1px solid var(--pantau-chart-border);
  }
  .pantau-table .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .pantau-table .missing {
    color: var(--pantau-chart-muted);
    font-style: italic;
  }
  .pantau-pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 8px;
    font-size: 0.8125rem;
    color: var(--pantau-chart-muted);
  }
  .pantau-pager button[disabled] {
    opacity: 0.55;
    cursor: default;
  }
  @media print {
    .pantau-pager {
      display: none;
    }
  }
`;
