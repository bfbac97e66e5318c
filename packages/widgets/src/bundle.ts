/**
 * Entry of the self-contained bundle (dist/cdn/pantau.js) for `<script type="module">` on a plain
 * page: loading it defines every element; the exports are for pages that script Pantau
 * (`setAssetBase` for unusual hosting, the classes for `instanceof` and subclassing).
 */
import './define.ts';

export * from './index.ts';
export {
  setAssetBase,
  getAssetBase,
  setEngineLimits,
  pageCoordinator,
  PantauError,
} from '@pantau/core';
