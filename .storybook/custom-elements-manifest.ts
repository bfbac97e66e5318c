import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { Plugin } from 'vite';
import published from '../packages/widgets/custom-elements-manifest.config.mjs';

/**
 * The custom elements manifest for Storybook's autodocs: @custom-elements-manifest/analyzer with
 * the published manifest's own config (packages/widgets/custom-elements-manifest.config.mjs, what
 * `npm run build` runs as `cem analyze`), run in this process when Storybook or its tests start and
 * served as a virtual module. Storybook needs no build first, and nothing generated is committed
 * or goes stale. (The analyzer's CLI would also write into package.json.)
 */

export const MANIFEST_MODULE = 'virtual:pantau/custom-elements-manifest';
const RESOLVED = `\0${MANIFEST_MODULE}`;

const PACKAGE = fileURLToPath(new URL('../packages/widgets', import.meta.url));
const SOURCES = path.join(PACKAGE, 'src');

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The config's files, every module under src/ but the styles (define files carry the tags). */
function widgetSources(): string[] {
  return readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
    .map((file) => path.join(SOURCES, file))
    .sort();
}

/**
 * Analyses the widgets, then shapes the result for Storybook's docs table: only what a page author
 * can use (public, non-static fields), and parts written as `::part(name)`, which is how a page
 * uses them and keeps the `title` and `description` parts from overwriting the attributes of the
 * same name (Storybook keys every row by name).
 */
export function buildManifest(): Manifest {
  const modules = widgetSources().map((file) =>
    ts.createSourceFile(
      path.relative(PACKAGE, file).split(path.sep).join('/'),
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.ES2015,
      true,
    ),
  );
  const plugins = [...litPlugin(), ...published.plugins];
  const manifest = create({ modules, plugins }) as unknown as Manifest;
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    if (!declaration.members) continue;
    // Storybook lists every member as a property; protected hooks and internals are not API.
    declaration.members = declaration.members.filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        (member.privacy ?? 'public') === 'public' &&
        !member.name.startsWith('_') &&
        !member.name.startsWith('#'),
    );
  }
  return manifest;
}

export function customElementsManifest(): Plugin {
  return {
    name: 'pantau:custom-elements-manifest',
    resolveId(id) {
      return id === MANIFEST_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // Rebuilt when a widget source changes in `storybook dev`.
      for (const file of widgetSources()) this.addWatchFile(file);
      return `export default ${JSON.stringify(buildManifest())};`;
    },
  };
}
