// Types for modules that only exist at build time or ship without declarations.

declare module 'virtual:pantau/custom-elements-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}

declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  import type { Plugin } from '@custom-elements-manifest/analyzer';
  export function litPlugin(): Plugin[];
}
