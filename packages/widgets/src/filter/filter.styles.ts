import { css } from 'lit';

/**
 * `<pantau-filter>`: page tokens (`--pantau-sys-*`) feed the filter's own tier. Field borders use
 * the axis grey, not the hairline border colour, so a field's edge holds 3:1 against the surface
 * (WCAG 1.4.11). Fields, options and buttons are at least 44px tall for touch.
 */
export const filterStyles = css`
  :host {
    --pantau-filter-text: var(--pantau-sys-text, #1f2937);
    --pantau-filter-muted: var(--pantau-sys-text-muted, #4b5563);
    --pantau-filter-background: var(--pantau-sys-surface, #ffffff);
    --pantau-filter-hover: var(--pantau-sys-surface-muted, #f3f4f6);
    --pantau-filter-field-border: var(--pantau-sys-axis, #6b7280);
    --pantau-filter-focus: var(--pantau-sys-focus, #1d4ed8);
    --pantau-filter-radius: var(--pantau-sys-radius, 8px);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--pantau-filter-text);
    font-family: var(--pantau-sys-font, system-ui, sans-serif);
    font-size: 14px;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Its own surface, as a chart has: a dark dashboard on a light page would otherwise leave
     light text on the page's white (contrast 1.01). */
  .filter {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px 12px;
    background: var(--pantau-filter-background);
    border: 1px solid var(--pantau-sys-border, #d1d5db);
    border-radius: var(--pantau-filter-radius);
  }
  .label {
    margin: 0;
    padding: 0;
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  legend {
    margin-bottom: 6px;
  }
  input,
  select,
  button {
    font: inherit;
    color: var(--pantau-filter-text);
    background: var(--pantau-filter-background);
    border: 1px solid var(--pantau-filter-field-border);
    border-radius: calc(var(--pantau-filter-radius) / 2);
    min-height: 44px;
  }
  input,
  select {
    width: 100%;
    padding: 8px 10px;
    font-size: 1rem;
  }
  input::placeholder {
    color: var(--pantau-filter-muted);
    opacity: 1;
  }
  input[aria-invalid='true'] {
    border-color: var(--pantau-sys-error, #b91c1c);
    border-width: 2px;
  }
  button {
    padding: 6px 12px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--pantau-filter-hover);
  }
  button:disabled {
    cursor: default;
    color: var(--pantau-filter-muted);
    border-style: dashed;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--pantau-filter-focus);
    outline-offset: 1px;
  }
  .combo {
    position: relative;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    top: calc(100% + 2px);
    left: 0;
    right: 0;
    max-height: var(--pantau-filter-list-height, 18rem);
    overflow-y: auto;
    margin: 0;
    padding: 4px 0;
    list-style: none;
    background: var(--pantau-filter-background);
    border: 1px solid var(--pantau-filter-field-border);
    border-radius: calc(var(--pantau-filter-radius) / 2);
    box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    padding: 6px 10px;
    cursor: pointer;
  }
  .option:hover {
    background: var(--pantau-filter-hover);
  }
  .option.active {
    background: var(--pantau-filter-hover);
    outline: 3px solid var(--pantau-filter-focus);
    outline-offset: -3px;
  }
  .option .text {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--pantau-filter-muted);
    font-variant-numeric: tabular-nums;
  }
  .check {
    flex: none;
    position: relative;
    width: 18px;
    height: 18px;
    border: 2px solid var(--pantau-filter-field-border);
    border-radius: 3px;
    background: var(--pantau-filter-background);
  }
  [aria-selected='true'] > .check {
    border-color: var(--pantau-filter-accent, var(--pantau-filter-focus));
    background: var(--pantau-filter-accent, var(--pantau-filter-focus));
  }
  /* The tick is a border, so it stays visible in forced colours where fills are dropped. */
  [aria-selected='true'] > .check::after {
    content: '';
    position: absolute;
    left: 4px;
    top: 0;
    width: 5px;
    height: 10px;
    border: solid var(--pantau-filter-background);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .chosen {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    color: var(--pantau-filter-muted);
  }
  .ends {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 8px;
  }
  .end {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  /* Two columns: each row pairs a period with the one before (bulan ini | bulan lalu). */
  .presets {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 6px;
  }
  .presets button[aria-pressed='true'] {
    border-color: var(--pantau-filter-accent, var(--pantau-filter-focus));
    box-shadow: inset 0 0 0 1px var(--pantau-filter-accent, var(--pantau-filter-focus));
    font-weight: 600;
  }
  .clear {
    align-self: flex-start;
  }
  .note,
  .problem {
    margin: 0;
    font-size: 0.875rem;
    color: var(--pantau-filter-muted);
  }
  .problem {
    color: var(--pantau-sys-error, #b91c1c);
  }
  .problem:empty {
    display: none;
  }
  .error {
    border: 1px solid var(--pantau-sys-error, #b91c1c);
    border-left-width: 4px;
    border-radius: 4px;
    padding: 10px 12px;
    /* A long token wraps: the message stays in a narrow card. */
    overflow-wrap: anywhere;
  }
  .error p {
    margin: 0;
  }
  .error-title {
    font-weight: 650;
    color: var(--pantau-sys-error, #b91c1c);
  }
  .skeleton {
    height: 44px;
    border-radius: calc(var(--pantau-filter-radius) / 2);
    background: linear-gradient(
      90deg,
      var(--pantau-filter-hover) 25%,
      var(--pantau-filter-background) 50%,
      var(--pantau-filter-hover) 75%
    );
  }
  @media (forced-colors: active) {
    .option.active {
      outline-color: Highlight;
    }
    [aria-selected='true'] > .check {
      background: Highlight;
    }
  }
`;
