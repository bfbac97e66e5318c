import { css } from 'lit';

/** The line chart's own tier: `--pantau-line-chart-height` unless the shared height is set. */
export const lineChartStyles = css`
  .frame {
    height: var(--pantau-chart-height, var(--pantau-line-chart-height, 300px));
  }
  /* A horizontal drag brushes a time range: the page still scrolls vertically on touch. */
  .plot {
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .brush-band {
    position: absolute;
    box-sizing: border-box;
    pointer-events: none;
    background: color-mix(in srgb, var(--pantau-chart-focus) 14%, transparent);
    border-inline: 2px solid var(--pantau-chart-focus);
  }
  .brush-band.pending {
    background: color-mix(in srgb, var(--pantau-chart-focus) 8%, transparent);
    border-inline-style: dashed;
  }
  .brush-label {
    position: absolute;
    top: 2px;
    left: 2px;
    padding: 0 6px;
    border-radius: 3px;
    background: var(--pantau-chart-focus);
    color: var(--pantau-chart-background);
    font-size: 0.75rem;
    line-height: 1.5;
    white-space: nowrap;
  }
  .brush-band.end .brush-label {
    left: auto;
    right: 2px;
  }
`;
