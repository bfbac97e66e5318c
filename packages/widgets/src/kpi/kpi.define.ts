import { PantauKpi } from './kpi.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-kpi')) customElements.define('pantau-kpi', PantauKpi);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-kpi': PantauKpi;
  }
}
