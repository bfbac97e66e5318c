import { PantauLineChart } from './line-chart.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-line-chart'))
  customElements.define('pantau-line-chart', PantauLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-line-chart': PantauLineChart;
  }
}
