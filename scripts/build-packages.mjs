// @ts-check
/**
 * `npm run build`: the publishable packages and the self-contained bundle.
 *   1. tsc per package (core, charts, widgets, server: each resolves the ones before through dist/):
 *      one .js per module with .d.ts, declaration maps and source maps.
 *   2. custom-elements.json for @pantau/widgets and the React JSX typings made from it.
 *   3. dist/cdn/pantau.js with DuckDB's wasm and worker files beside it (Vite, library mode).
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeJsxTypes } from './build-jsx-types.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

// tsc rewrites `./x.ts` imports to `./x.js` in JS but not in declarations; consumers'
// TypeScript (without allowImportingTsExtensions) needs `.js` there too.
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

async function buildPackage(name) {
  const dir = path.join(root, 'packages', name);
  const started = Date.now();
  await rm(path.join(dir, 'dist'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', path.join(dir, 'tsconfig.build.json')]);
  for await (const file of files(path.join(dir, 'dist'))) {
    if (!file.endsWith('.d.ts')) continue;
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(TS_SPECIFIER, '$1$2.js$3');
    if (fixed !== text) await writeFile(file, fixed);
  }
  console.log(`@pantau/${name}: dist/ in ${Date.now() - started} ms`);
}

const only = process.argv.slice(2);
const wanted = (step) => only.length === 0 || only.includes(step);

// `node scripts/build-packages.mjs core server` builds only the packages named (npm run serve).
const PACKAGES = ['messages', 'core', 'charts', 'widgets', 'server'];
const named = only.filter((arg) => PACKAGES.includes(arg));
if (named.length > 0) {
  for (const name of PACKAGES) if (named.includes(name)) await buildPackage(name);
} else if (wanted('packages')) {
  for (const name of PACKAGES) await buildPackage(name);
}
if (wanted('manifest')) {
  const widgets = path.join(root, 'packages/widgets');
  run(bin('cem'), ['analyze', '--quiet'], widgets);
  const tags = await writeJsxTypes(
    path.join(widgets, 'dist/custom-elements.json'),
    path.join(widgets, 'dist'),
  );
  console.log(`@pantau/widgets: custom-elements.json and react.d.ts for ${tags.length} tags`);
}
if (wanted('cdn')) {
  const started = Date.now();
  run(bin('vite'), ['build', '-c', path.join(root, 'packages/widgets/vite.cdn.config.ts')]);
  console.log(`@pantau/widgets: dist/cdn/pantau.js in ${Date.now() - started} ms`);
}
