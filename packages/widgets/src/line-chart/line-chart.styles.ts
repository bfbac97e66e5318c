import { css } from 'lit';

/** The line chart's own tier: `--pantau-line-chart-height` unless the shared height is set. */
export const lineChartStyles = css`
  .frame {
    height: var(--pantau-chart-height, var(--pantau-line-chart-height, 300px));
  }
`;
