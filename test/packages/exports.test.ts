import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInNode } from '../embed/elements-alone.ts';

/**
 * The published packages' contract, checked from source (no build needed): every element and its
 * define file resolve through the widgets' `exports` patterns and nothing internal does, the
 * define files are the only side effects, and every define is in `define.ts` (so the bundle and
 * `@pantau/widgets/define` define every element). test/embed checks the same on the tarball.
 * publint and attw check the built packages in CI (`npm run check:packages`).
 */
const root = path.resolve(import.meta.dirname, '../..');
const readJson = async (file: string) => JSON.parse(await readFile(path.join(root, file), 'utf8'));

type Entry = Record<string, string>;

async function defineFiles(): Promise<string[]> {
  const src = path.join(root, 'packages/widgets/src');
  const found: string[] = [];
  for (const dir of await readdir(src, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of await readdir(path.join(src, dir.name))) {
      if (file.endsWith('.define.ts')) found.push(`${dir.name}/${file}`);
    }
  }
  return found.sort();
}

describe('package.json of each package', () => {
  it.each(['core', 'charts', 'widgets'])(
    '%s: ESM, types first, dist entries, source for the repo',
    async (name) => {
      const pkg = await readJson(`packages/${name}/package.json`);
      expect(pkg.type).toBe('module');
      expect(pkg.private).toBeUndefined();
      for (const [subpath, entry] of Object.entries(
        pkg.exports as Record<string, Entry | string | null>,
      )) {
        if (entry === null || typeof entry === 'string') continue; // internal folders; JSON files
        const keys = Object.keys(entry);
        // The repo's own source condition may precede `types` (publint allows raw .ts there).
        const conditions = keys.filter((k) => k !== '@pantau/source');
        expect(conditions[0], subpath).toBe('types');
        expect(conditions.at(-1), subpath).toBe('default');
        expect(entry['types'], subpath).toMatch(/^\.\/dist\/.+\.d\.ts$/);
        expect(entry['default'], subpath).toMatch(/^\.\/dist\/.+\.js$/);
        if (entry['@pantau/source']) {
          expect(
            entry['@pantau/source'].replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js'),
          ).toBe(entry['default']);
        }
      }
    },
  );
});

/** Where Node's own resolver takes each `@pantau/widgets<subpath>`, reading the sources in place. */
const resolveWidgets = (subpaths: string[]) =>
  resolveInNode(root, subpaths, ['@pantau/source'], path.join(root, 'packages/widgets'));

describe('@pantau/widgets', () => {
  it('exports every element and its define file by the `<kind>/<kind>` patterns', async () => {
    const files = await defineFiles();
    const kinds = files.map((file) => file.split('/')[0] as string);
    // The patterns hold only where the file is named after its folder; else an explicit entry.
    expect(files).toEqual(kinds.map((kind) => `${kind}/${kind}.define.ts`));
    const resolved = resolveWidgets(kinds.flatMap((kind) => [`/${kind}`, `/${kind}/define`]));
    for (const kind of kinds) {
      expect(resolved[`/${kind}`]).toBe(`./src/${kind}/${kind}.ts`);
      expect(resolved[`/${kind}/define`]).toBe(`./src/${kind}/${kind}.define.ts`);
    }
  });

  it('exports no internal module: a folder without `<name>/<name>.ts` reaches nothing', async () => {
    const src = path.join(root, 'packages/widgets/src');
    const kinds = (await defineFiles()).map((file) => file.split('/')[0]);
    const folders = (await readdir(src, { withFileTypes: true })).filter((d) => d.isDirectory());
    for (const { name } of folders) {
      // The `./*` pattern maps `<name>` to `<name>/<name>.ts`: only elements may have one.
      if (!kinds.includes(name))
        expect(existsSync(path.join(src, name, `${name}.ts`)), name).toBe(false);
    }
    const internal = ['/base', '/base/define', '/base/chart-element', '/snapshot/snapshot-file'];
    expect(resolveWidgets(internal)).toEqual(
      Object.fromEntries(internal.map((subpath) => [subpath, 'ERR_PACKAGE_PATH_NOT_EXPORTED'])),
    );
  });

  it('lists only define files and the bundle as side effects', async () => {
    const pkg = await readJson('packages/widgets/package.json');
    for (const pattern of pkg.sideEffects as string[]) {
      expect(pattern).toMatch(
        /(^\.\/(src|dist)\/define\.(ts|js)$)|\.define\.(ts|js)$|^\.\/dist\/cdn\//,
      );
    }
  });

  it('defines every element from define.ts, guarded, with its HTMLElementTagNameMap entry', async () => {
    const all = await readFile(path.join(root, 'packages/widgets/src/define.ts'), 'utf8');
    for (const file of await defineFiles()) {
      expect(all, file).toContain(`import './${file}';`);
      const text = await readFile(path.join(root, 'packages/widgets/src', file), 'utf8');
      const tag = /customElements\.define\(\s*'([a-z-]+)'/.exec(text)?.[1];
      expect(tag, file).toMatch(/^pantau-/);
      expect(text, file).toContain(`if (!customElements.get('${tag}'))`);
      expect(text, file).toMatch(new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${tag}'`));
    }
  });
});
