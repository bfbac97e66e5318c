import { PantauFilter } from './filter.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-filter')) customElements.define('pantau-filter', PantauFilter);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-filter': PantauFilter;
  }
}
