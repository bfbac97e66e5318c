import { PantauTable } from './table.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-table')) customElements.define('pantau-table', PantauTable);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-table': PantauTable;
  }
}
