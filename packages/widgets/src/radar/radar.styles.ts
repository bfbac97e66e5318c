import { css } from 'lit';

/** `--pantau-radar-height` (default 380px: nine labelled spokes), unless `--pantau-chart-height` is set. */
export const radarStyles = css`
  .frame {
    height: var(--pantau-chart-height, var(--pantau-radar-height, 380px));
  }
`;
