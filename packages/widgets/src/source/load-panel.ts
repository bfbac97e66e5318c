/**
 * When `<pantau-source>` shows its panel (the picker's drop zone, a slow load's progress and
 * cancel): its code (source-panel.ts) loads only on a page that needs it, not at load.
 */

import type { ReactiveController } from 'lit';
import type { PantauError } from '@pantau/core';
import type { PantauSource } from './source.ts';

const panelModule = () => import('./source-panel.ts');

/** A load still running after this long shows its progress and a cancel button. */
const SLOW_LOAD_MS = 400;

export class LoadPanel implements ReactiveController {
  readonly #source: PantauSource;
  /** Once shown, the panel follows every update (it takes itself away when not needed). */
  #shown = false;

  constructor(source: PantauSource) {
    this.#source = source;
    source.addController(this);
  }

  hostUpdated(): void {
    if (this.#source.picker || this.#shown) this.show();
  }

  show(): void {
    this.#shown = true;
    void panelModule().then((panel) => panel.showPanel(this.#source));
  }

  /** Shows the panel if the load is still running after a moment (a quick one shows nothing). */
  showIfSlow(stillLoading: () => boolean): void {
    setTimeout(() => stillLoading() && this.show(), SLOW_LOAD_MS);
  }

  /** The failure a cancelled load ends with (its words load with the panel's code). */
  async cancelled(name: string): Promise<PantauError> {
    return (await panelModule()).loadCancelled(name);
  }
}
