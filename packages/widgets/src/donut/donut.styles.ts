import { css } from 'lit';

/** `--pantau-donut-height` (default 260px), unless the page sets `--pantau-chart-height`. */
export const donutStyles = css`
  .frame {
    height: var(--pantau-chart-height, var(--pantau-donut-height, 260px));
  }
`;
