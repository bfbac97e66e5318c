import { css } from 'lit';

/** A half ring needs less height than a chart: `--pantau-gauge-height` (default 220px). */
export const gaugeStyles = css`
  .frame {
    height: var(--pantau-gauge-height, 220px);
  }
`;
