import { css } from 'lit';

/**
 * The heatmap's own tier: its height follows the number of units (`--pantau-heatmap-auto-height`,
 * set by the element), unless the page sets `--pantau-heatmap-height` or `--pantau-chart-height`.
 */
export const heatmapStyles = css`
  .frame {
    height: var(
      --pantau-chart-height,
      var(--pantau-heatmap-height, var(--pantau-heatmap-auto-height, 300px))
    );
  }
`;
