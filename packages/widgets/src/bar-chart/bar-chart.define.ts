import { PantauBarChart } from './bar-chart.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-bar-chart'))
  customElements.define('pantau-bar-chart', PantauBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-bar-chart': PantauBarChart;
  }
}
