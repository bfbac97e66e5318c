import { PantauDashboard } from './dashboard.ts';

// Guarded: a second copy of Pantau on the page must not throw.
if (!customElements.get('pantau-dashboard'))
  customElements.define('pantau-dashboard', PantauDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-dashboard': PantauDashboard;
  }
}
