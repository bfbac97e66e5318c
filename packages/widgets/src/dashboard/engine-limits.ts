import { isPantauError, setEngineLimits } from '@pantau/core';

/**
 * The `max-source-size` and `memory-limit` attributes of `<pantau-dashboard>`: the page engine's
 * limits, set like `asset-base` before the children connect (a source starts DuckDB as soon as it
 * connects, and DuckDB's memory limit locks with its start). A value that cannot be applied is
 * said in the console in both languages; the engine keeps its limits.
 */
export function applyEngineLimits(el: Element, maxSourceSize: string, memoryLimit: string): void {
  const size = (el.getAttribute('max-source-size') ?? maxSourceSize).trim();
  const memory = (el.getAttribute('memory-limit') ?? memoryLimit).trim();
  if (size === '' && memory === '') return;
  setEngineLimits({
    ...(size === '' ? {} : { maxSourceBytes: size }),
    ...(memory === '' ? {} : { memoryLimit: memory }),
  }).catch((error: unknown) => {
    const text = isPantauError(error) ? error.text : { id: String(error), en: String(error) };
    console.warn(`Pantau: ${text.id} / ${text.en}`);
  });
}
