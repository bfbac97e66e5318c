import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { customElementsManifest } from './custom-elements-manifest.ts';
import { duckdbStaticFiles } from './duckdb-static-files.ts';

/**
 * Storybook for Pantau's elements. The repo's vite.config.ts is loaded too (Storybook's Vite
 * builder reads it): its plugin serves DuckDB's files in `storybook dev`, and the story tests
 * (`vitest --project storybook`) run with it.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline: no telemetry, no "what's new" fetch.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories read the same Banjarmasin files the demo reads (not datasets/scale: gigabytes).
  staticDirs: [{ from: '../datasets/banjarmasin', to: '/datasets/banjarmasin' }],
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [customElementsManifest(), duckdbStaticFiles()],
      optimizeDeps: {
        // The web-components renderer imports this unbundled; without it lit-html loads twice.
        include: ['lit/directive-helpers.js'],
      },
    });
  },
};
export default config;
