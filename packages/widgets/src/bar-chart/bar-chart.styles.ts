import { css } from 'lit';

/**
 * The bar chart's own tier: its height follows the number of bars in a horizontal ranking
 * (`--pantau-bar-chart-auto-height`, set by the element), unless the page sets
 * `--pantau-bar-chart-height` or the shared `--pantau-chart-height`.
 */
export const barChartStyles = css`
  .frame {
    height: var(
      --pantau-chart-height,
      var(--pantau-bar-chart-height, var(--pantau-bar-chart-auto-height, 300px))
    );
  }
`;
