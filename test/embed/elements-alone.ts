import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { elementKinds } from '../../scripts/element-entries.mjs';

/**
 * Each element of the installed @pantau/widgets imported alone, as a page author does
 * (`@pantau/widgets/<kind>` and `@pantau/widgets/<kind>/define`), through the package's exports
 * patterns: the kinds come from the tarball's files, so a new kind is checked without a line here.
 */
export interface ElementEntry {
  kind: string;
  className: string;
  tag: string;
}

interface Manifest {
  modules: { path: string; declarations?: { name: string; tagName?: string }[] }[];
}

/** Every element the installed package defines, from its dist/ folders and its manifest. */
export async function installedElements(installDir: string): Promise<ElementEntry[]> {
  const pkg = path.join(installDir, 'node_modules/@pantau/widgets');
  const manifest = JSON.parse(
    await readFile(path.join(pkg, 'dist/custom-elements.json'), 'utf8'),
  ) as Manifest;
  return elementKinds(path.join(pkg, 'dist'), 'js').map((kind) => {
    const module = manifest.modules.find((m) => m.path === `dist/${kind}/${kind}.js`);
    const element = module?.declarations?.find((d) => d.tagName);
    if (!element?.tagName) throw new Error(`no custom element in dist/${kind}/${kind}.js`);
    return { kind, className: element.name, tag: element.tagName };
  });
}

/**
 * Where Node's resolver, run in `dir`, takes each `@pantau/widgets<subpath>`: the path inside the
 * package (`packageDir`, the installed one by default), or the error's code. `conditions` are
 * Node's `--conditions` (the repo's `@pantau/source` reads the sources in place).
 */
export function resolveInNode(
  dir: string,
  subpaths: string[],
  conditions: string[] = [],
  packageDir = path.join(dir, 'node_modules/@pantau/widgets'),
): Record<string, string> {
  const script = `
    const out = {};
    for (const s of ${JSON.stringify(subpaths)}) {
      try { out[s] = import.meta.resolve('@pantau/widgets' + s); }
      catch (error) { out[s] = error.code; }
    }
    console.log(JSON.stringify(out));`;
  const flags = conditions.map((c) => `--conditions=${c}`);
  const printed = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  const pkg = pathToFileURL(packageDir).href;
  return Object.fromEntries(
    Object.entries(JSON.parse(printed) as Record<string, string>).map(([s, to]) => [
      s,
      to.replace(pkg, '.'),
    ]),
  );
}

/**
 * A TypeScript file that imports every element's class and define file and asks the tag map for
 * the class, with one tsconfig per module resolution a consumer may use; returns their paths.
 */
export async function writeTypeCheck(dir: string, elements: ElementEntry[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const lines = elements.flatMap(({ kind, className, tag }) => [
    `import type { ${className} } from '@pantau/widgets/${kind}';`,
    `import '@pantau/widgets/${kind}/define';`,
    `export const ${className.replace('Pantau', 'a')}: ${className} = document.createElement('${tag}');`,
  ]);
  await writeFile(path.join(dir, 'elements.ts'), `${lines.join('\n')}\n`);
  const configs = [];
  for (const resolution of ['Node16', 'Bundler']) {
    const file = path.join(dir, `tsconfig.${resolution.toLowerCase()}.json`);
    const compilerOptions = {
      target: 'ES2022',
      module: resolution === 'Node16' ? 'Node16' : 'ESNext',
      moduleResolution: resolution,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      types: [],
    };
    await writeFile(file, JSON.stringify({ compilerOptions, files: ['elements.ts'] }));
    configs.push(file);
  }
  return configs;
}

/**
 * One page per element that imports only its two subpaths and says whether the define file
 * registered the very class the element module exports (`body[data-defined]`), and `ready.html`:
 * a dashboard, a source and a gauge from their define files alone. Returns the Vite inputs.
 */
export async function writeAlonePages(
  dir: string,
  elements: ElementEntry[],
): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const page = (script: string, body = '') =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pantau</title>` +
    `<link rel="icon" href="data:,"></head><body>${body}` +
    `<script type="module" src="./${script}"></script></body></html>`;
  const input: Record<string, string> = {};
  for (const { kind, className, tag } of elements) {
    await writeFile(
      path.join(dir, `${kind}.js`),
      `import '@pantau/widgets/${kind}/define';\n` +
        `import { ${className} } from '@pantau/widgets/${kind}';\n` +
        `document.body.dataset.defined = String(customElements.get('${tag}') === ${className});\n`,
    );
    await writeFile(path.join(dir, `${kind}.html`), page(`${kind}.js`));
    input[kind] = path.join(dir, `${kind}.html`);
  }
  await writeFile(
    path.join(dir, 'ready.js'),
    `import { setAssetBase } from '@pantau/core';\n` +
      ['dashboard', 'source', 'gauge']
        .map((k) => `import '@pantau/widgets/${k}/define';\n`)
        .join('') +
      `setAssetBase('./duckdb/');\n`,
  );
  await writeFile(
    path.join(dir, 'ready.html'),
    page(
      'ready.js',
      '<pantau-dashboard lang="id"><pantau-source name="ikm" src="./data/ikm_responses.parquet">' +
        '</pantau-source><pantau-gauge source="ikm" value="ikm" bands="ikm" title="IKM Kota">' +
        '</pantau-gauge></pantau-dashboard>',
    ),
  );
  input['ready'] = path.join(dir, 'ready.html');
  return input;
}
