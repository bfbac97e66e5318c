/**
 * The name a `<pantau-source>` holds in its dashboard's registry: one element per name, so two
 * sources never load into one table; released when the name changes or the element leaves.
 */

import type { SourceRegistry } from '../base/source-registry.ts';

export class NameClaim {
  readonly #owner: object;
  #claimed: { registry: SourceRegistry; name: string } | null = null;

  constructor(owner: object) {
    this.#owner = owner;
  }

  /** Whether the element holds a name now. */
  get held(): boolean {
    return this.#claimed !== null;
  }

  /**
   * Takes `name` in `sources` (after letting go of another one held): the engine table to load
   * into. Throws the registry's PantauError when another element holds the name.
   */
  take(sources: SourceRegistry, name: string): string {
    if (this.#claimed?.registry !== sources || this.#claimed.name !== name) this.release();
    const table = sources.claim(name, this.#owner);
    this.#claimed = { registry: sources, name };
    return table;
  }

  release(): void {
    if (this.#claimed === null) return;
    this.#claimed.registry.release(this.#claimed.name, this.#owner);
    this.#claimed = null;
  }
}
