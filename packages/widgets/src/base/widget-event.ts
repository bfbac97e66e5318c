/** A Pantau event: bubbling and composed, so a page hears it from inside a shadow root too. */
export function widgetEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}
