import { css } from 'lit';

/** A tile is shorter than a chart: `--pantau-kpi-height` (default 176px) sets it. */
export const kpiStyles = css`
  .frame {
    height: var(--pantau-kpi-height, 176px);
  }
`;
