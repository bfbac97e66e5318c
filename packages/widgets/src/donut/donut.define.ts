import { PantauDonut } from './donut.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-donut')) customElements.define('pantau-donut', PantauDonut);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-donut': PantauDonut;
  }
}
