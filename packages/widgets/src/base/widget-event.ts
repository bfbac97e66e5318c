/**
 * A Pantau event: always `bubbles` and `composed`, so a page hears it through shadow roots too.
 * The detail types of the events every widget fires are declared in widget-base.ts.
 */
export function widgetEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}
