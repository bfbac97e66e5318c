import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DUCKDB_FILES } from '../packages/core/src/engine/browser/asset-base.ts';

/**
 * Puts duckdb-wasm's wasm and worker files into the static Storybook where @pantau/core looks for
 * them by default: a `duckdb/` folder next to the built chunk that holds core's asset-base module.
 * The chunk's folder is read from the bundle rather than assumed, so a change in Storybook's
 * output layout cannot leave the engine without its files. (`storybook dev` and the story tests
 * are served by the repo's Vite plugin, scripts/vite-plugin-duckdb-assets.ts.)
 */

const require = createRequire(import.meta.url);
const DIST = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const ASSET_BASE_MODULE = /packages[\\/]core[\\/]src[\\/]engine[\\/]browser[\\/]asset-base\.ts$/;

export function duckdbStaticFiles(): Plugin {
  return {
    name: 'pantau:duckdb-static-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const folders = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.moduleIds.some((id) => ASSET_BASE_MODULE.test(id))) {
          folders.add(path.posix.dirname(output.fileName));
        }
      }
      if (folders.size === 0) {
        this.error('no chunk holds @pantau/core asset-base.ts: where would DuckDB load from?');
      }
      for (const folder of folders) {
        for (const file of Object.values(DUCKDB_FILES)) {
          this.emitFile({
            type: 'asset',
            fileName: path.posix.join(folder, 'duckdb', file),
            source: readFileSync(path.join(DIST, file)),
          });
        }
      }
    },
  };
}
