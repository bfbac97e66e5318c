import { PantauRadar } from './radar.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-radar')) customElements.define('pantau-radar', PantauRadar);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-radar': PantauRadar;
  }
}
