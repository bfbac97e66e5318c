import { PantauGauge } from './gauge.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-gauge')) customElements.define('pantau-gauge', PantauGauge);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-gauge': PantauGauge;
  }
}
