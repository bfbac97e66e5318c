import { PantauSource } from './source.ts';

if (!customElements.get('pantau-source')) customElements.define('pantau-source', PantauSource);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-source': PantauSource;
  }
}
