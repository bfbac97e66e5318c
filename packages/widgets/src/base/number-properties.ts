import type { PropertyValues, ReactiveElement } from 'lit';

/**
 * Frameworks set a custom element's properties, not its attributes, and often as strings: React
 * 19 and Vue pass `limit="8"` as the string '8', which Lit's attribute converter never sees. Each
 * `type: Number` property that changed to a string takes it as a number here ('' as unset);
 * a string that is not a number becomes NaN, which the element's own check refuses with its
 * bilingual message, as it would the attribute.
 */
export function coerceNumberProperties(el: ReactiveElement, changed: PropertyValues): void {
  const declared = (el.constructor as typeof ReactiveElement).elementProperties;
  const props = el as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    if (declared.get(key)?.type !== Number) continue;
    const value = props[key];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    props[key] = text === '' ? null : Number(text);
  }
}
