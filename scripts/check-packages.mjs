// @ts-check
/**
 * `npm run check:packages` (after `npm run build`): each published package passes publint (strict)
 * and Are the Types Wrong (`attw --pack --profile esm-only`: ESM for Node 16+ and bundlers).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementKinds, elementSubpaths } from './element-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
let failed = 0;
for (const name of ['messages', 'core', 'charts', 'widgets', 'server']) {
  const cwd = path.join(root, 'packages', name);
  const elements =
    name === 'widgets' ? elementSubpaths(elementKinds(path.join(cwd, 'dist'), 'js')) : [];
  const included = elements.length > 0 ? ['--include-entrypoints', ...elements] : [];
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', ...included]],
  ]) {
    const result = spawnSync(bin(tool), args, { cwd, encoding: 'utf8' });
    const ok = result.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tool} @pantau/${name}`);
    if (!ok) console.log(result.stdout, result.stderr);
  }
}
process.exit(failed ? 1 : 0);
