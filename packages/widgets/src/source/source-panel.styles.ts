import { css } from 'lit';

/** The source's panel: page tokens with fallbacks (it may sit outside a dashboard). */
export const sourcePanelStyles = css`
  :host {
    display: block;
    color: var(--pantau-sys-text, #1f2937);
    font-family: var(--pantau-sys-font, system-ui, sans-serif);
    font-size: 0.875rem;
  }
  .panel {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--pantau-sys-border, #d1d5db);
    border-radius: var(--pantau-sys-radius, 8px);
    background: var(--pantau-sys-surface, #ffffff);
    overflow-wrap: anywhere;
  }
  .drop {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 2px dashed var(--pantau-sys-axis, #6b7280);
    border-radius: var(--pantau-sys-radius, 8px);
  }
  .drop.over {
    border-color: var(--pantau-sys-focus, #1d4ed8);
    background: var(--pantau-sys-surface-muted, #f3f4f6);
  }
  label {
    font-weight: 600;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--pantau-sys-focus, #1d4ed8);
    outline-offset: 2px;
  }
  .muted {
    color: var(--pantau-sys-text-muted, #4b5563);
  }
  .bar {
    height: 0.5rem;
    border-radius: 0.25rem;
    background: var(--pantau-sys-surface-muted, #f3f4f6);
    border: 1px solid var(--pantau-sys-axis, #6b7280);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--pantau-sys-focus, #1d4ed8);
  }
  /* No total known: a still, half-filled bar rather than an animation (reduced motion, 2 cores). */
  .bar.unknown .fill {
    width: 100%;
    opacity: 0.35;
  }
  .error {
    color: var(--pantau-sys-error, #b91c1c);
  }
  button {
    justify-self: start;
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--pantau-sys-axis, #6b7280);
    border-radius: var(--pantau-sys-radius, 8px);
    background: var(--pantau-sys-surface, #ffffff);
    color: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
