import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The published packages' contract, checked from source (no build needed): every element and its
 * define file has an `exports` entry, the define files are the only side effects, and every
 * define is in `define.ts` (so the bundle and `@pantau/widgets/define` define every element).
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
        pkg.exports as Record<string, Entry | string>,
      )) {
        if (typeof entry === 'string') continue; // JSON files
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

describe('@pantau/widgets', () => {
  it('has an element and a define entry for every define file', async () => {
    const pkg = await readJson('packages/widgets/package.json');
    for (const file of await defineFiles()) {
      const [dir, base] = file.split('/') as [string, string];
      const element = base.replace(/\.define\.ts$/, '');
      expect(pkg.exports[`./${dir}/define`]?.['@pantau/source'], file).toBe(`./src/${file}`);
      expect(pkg.exports[`./${dir}`]?.['@pantau/source'], file).toBe(`./src/${dir}/${element}.ts`);
    }
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
