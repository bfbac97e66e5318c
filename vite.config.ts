import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { duckdbAssets } from './scripts/vite-plugin-duckdb-assets.ts';
import { testResponses } from './scripts/vite-plugin-test-responses.ts';

// Flags that keep Chromium from dialling out on a closed network (see TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  base: './',
  plugins: [duckdbAssets(), testResponses()],
  optimizeDeps: {
    // duckdb-wasm ships its own worker and wasm; pre-bundling it breaks their URLs.
    exclude: ['@duckdb/duckdb-wasm'],
    include: ['apache-arrow', 'hyparquet'],
  },
  server: {
    port: 5173,
    strictPort: false,
  },
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'datasets/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
