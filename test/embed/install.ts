import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The packages as a user gets them: `npm pack` each one and install the tarballs into a fresh
 * folder outside the repo (dependencies from the registry, or npm's cache when it has them).
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGES = ['messages', 'core', 'charts', 'widgets'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the packages when dist/ is missing or older than their sources (CI builds first). */
export function ensureBuilt(): void {
  const bundle = path.join(ROOT, 'packages/widgets/dist/cdn/pantau.js');
  const sources = Math.max(
    ...PACKAGES.map((p) => newestMtime(path.join(ROOT, 'packages', p, 'src'))),
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-packages.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** A temporary folder with the four tarballs (and `extra` packages) installed; returns it. */
export async function installTarballs(extra: string[] = []): Promise<string> {
  ensureBuilt();
  const dir = await mkdtemp(path.join(tmpdir(), 'pantau-embed-'));
  const tarballs = execFileSync(
    'npm',
    [
      'pack',
      '--silent',
      '--pack-destination',
      dir,
      ...PACKAGES.flatMap((p) => ['-w', `packages/${p}`]),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .map((name) => path.join(dir, name.trim()));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'pantau-embed-check', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      ...extra,
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return dir;
}

/** The version of a package the repo itself uses (so the temporary install matches). */
export function repoVersion(name: string): string {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  return `${name}@${JSON.parse(readFileSync(file, 'utf8')).version}`;
}
