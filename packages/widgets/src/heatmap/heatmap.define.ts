import { PantauHeatmap } from './heatmap.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-heatmap')) customElements.define('pantau-heatmap', PantauHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-heatmap': PantauHeatmap;
  }
}
