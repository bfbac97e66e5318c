// @ts-check
/**
 * The elements @pantau/widgets exports through its two subpath patterns (`./<kind>` and
 * `./<kind>/define`): every folder `<kind>/` holding `<kind>.define.<ext>` (`src/` with `.ts`, the
 * built `dist/` with `.js`). attw does not expand patterns, so it is told these.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The kinds under `dir` (a package's `src` or `dist`), sorted.
 * @param {string} dir
 * @param {'ts' | 'js'} ext
 * @returns {string[]}
 */
export function elementKinds(dir, ext) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((kind) => existsSync(path.join(dir, kind, `${kind}.define.${ext}`)))
    .sort();
}

/**
 * `./<kind>` and `./<kind>/define` for every kind: the subpaths a page author imports.
 * @param {string[]} kinds
 * @returns {string[]}
 */
export function elementSubpaths(kinds) {
  return kinds.flatMap((kind) => [`./${kind}`, `./${kind}/define`]);
}
