import { defineConfig } from 'vitest/config';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { duckdbAssets } from './scripts/vite-plugin-duckdb-assets.ts';
import { testResponses } from './scripts/vite-plugin-test-responses.ts';
import { networkFaults } from './scripts/vite-plugin-network-faults.ts';
import { pantauServer } from './scripts/vite-plugin-pantau-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Two test runs at once in one clone (README, "Running the suite under load"): PANTAU_RUN=<name>
// gives a run its own report file and its own Vite cache, so neither overwrites the other's
// report nor re-optimises the dependencies the other is serving. Ports are free ones already.
const run = process.env['PANTAU_RUN']?.replace(/[^\w-]/g, '') || null;

// Each test's upper bound, the one clock tests have (they wait on events, not on time). Two
// suites at once on the shared 2-core machine (load 25-30) took up to 39 s for one test; twice
// the 60 s that left too little room for a busier hour. A passing run is no slower for it.
const TEST_TIMEOUT_MS = 120_000;

export default defineConfig({
  base: './',
  ...(run === null ? {} : { cacheDir: `node_modules/.vite-run-${run}` }),
  plugins: [duckdbAssets(), testResponses(), networkFaults(), pantauServer()],
  // Inside the repo, @pantau/* resolve to their TypeScript sources (the packages' `@pantau/source`
  // export condition); published copies resolve to the built dist/ files.
  resolve: { conditions: ['@pantau/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@pantau/source', ...defaultServerConditions] } },
  optimizeDeps: {
    // duckdb-wasm ships its own worker and wasm; pre-bundling it breaks their URLs.
    exclude: ['@duckdb/duckdb-wasm'],
    include: ['@uwdata/flechette', 'hyparquet'],
  },
  server: {
    port: 5173,
    strictPort: false,
  },
  test: {
    reporters: [
      'default',
      ['json', { outputFile: run === null ? 'reports/vitest.json' : `reports/vitest-${run}.json` }],
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'datasets/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: TEST_TIMEOUT_MS,
          hookTimeout: TEST_TIMEOUT_MS,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
          testTimeout: TEST_TIMEOUT_MS,
          hookTimeout: TEST_TIMEOUT_MS,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: CHROMIUM_ARGS,
              },
              // Pinned so time axes and snapshots read the same on every machine (Banjarmasin: WITA).
              contextOptions: { timezoneId: 'Asia/Makassar', locale: 'id-ID' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Every story in stories/ rendered in Chromium as a test: its play function (widgets
        // reach the state the story shows) and the a11y addon's axe check, failing on violations.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: {
          // Storybook's web-components renderer imports this unbundled; without it lit-html loads twice.
          include: ['lit/directive-helpers.js'],
        },
        test: {
          name: 'storybook',
          // One page for every story file: they share the page's DuckDB (started once, not once per file).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
              contextOptions: { timezoneId: 'Asia/Makassar', locale: 'id-ID' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
