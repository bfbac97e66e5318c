import { css } from 'lit';

/**
 * Rules every Pantau element with a shadow root shares (charts and filters): text only screen
 * readers get, code in messages, and the loading skeleton's pulse (none under reduced motion).
 * Each element's own styles give the skeleton its size and colours.
 *
 * The skeleton pulses in a few steps, so a loading page is painted about five times a second: a
 * smooth shimmer (background-position, or a transformed highlight) makes Chromium produce a frame
 * at 60 fps for as long as DuckDB starts, which cost about 1 s of a 10k-row cold start on two
 * cores (bench/README.md, "Where load time goes"). Said here, not in the CSS, which ships.
 */
export const sharedStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
  }
  .skeleton {
    animation: pulse 1.4s steps(7, jump-none) infinite alternate;
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
