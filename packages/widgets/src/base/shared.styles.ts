import { css } from 'lit';

/**
 * Rules every Pantau element with a shadow root shares (charts and filters): text only screen
 * readers get, code in messages, and the loading skeleton's shimmer (still under reduced motion).
 * Each element's own styles give the skeleton its size and colours.
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
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
